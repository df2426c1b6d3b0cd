// Tests keep their identity (templates/README.md section 5), with the real
// rules: a name written in the profile never lends its date or interval to a
// different test, nor loses them in a shared row.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "content/person_facts.h"
#include "plan/monitoring_schedule.h"
#include "plan/timeline.h"
#include "unit/content/content_fixtures.h"

namespace careplan::plan {
namespace {

using content::testing::ProfileFromText;
using content::testing::ShippedKnowledge;

class MonitoringIdentityTest : public ::testing::Test {
 protected:
  const MonitoringSchedule& Compute(const std::string& body) {
    profile_ =
        ProfileFromText("format: careplan/v1\nplan_date: 2026-11-24\npatient: {name: X}\n" + body);
    profile_.plan_date = Date(2026, 11, 24);
    facts_ = content::MakePersonFacts(profile_, ShippedKnowledge());
    timeline_ = BuildTimeline(profile_, ShippedKnowledge());
    schedule_ = BuildMonitoringSchedule(profile_, ShippedKnowledge(), facts_, timeline_);
    return schedule_;
  }

  const ScheduledTest* Named(std::string_view name) const {
    for (const ScheduledTest& test : schedule_.tests) {
      if (test.name == name) return &test;
    }
    return nullptr;
  }

  const ScheduledTest* WithId(std::string_view id) const {
    for (const ScheduledTest& test : schedule_.tests) {
      if (test.test_id == id) return &test;
    }
    return nullptr;
  }

  profile::Profile profile_;
  content::PersonFacts facts_;
  Timeline timeline_;
  MonitoringSchedule schedule_;
};

TEST_F(MonitoringIdentityTest, WeeklyBloodPressureIsTheHomeCheckNotTheClinicRow) {
  Compute(R"(diagnosis: {condition: systemic sclerosis, organ_involvement: [kidneys]}
monitoring:
  - {test: blood pressure, every: weekly, last_done: 2026-11-20}
)");
  const ScheduledTest* clinic = WithId("office_bp_kidney");
  ASSERT_NE(clinic, nullptr);
  EXPECT_FALSE(clinic->last_done.has_value());
  EXPECT_NE(clinic->every, (Interval{1, IntervalUnit::kWeeks}));
  const ScheduledTest* home = WithId("home_blood_pressure");
  ASSERT_NE(home, nullptr);
  EXPECT_EQ(home->every, (Interval{1, IntervalUnit::kWeeks}));
  EXPECT_TRUE(home->listed_by_team);
}

TEST_F(MonitoringIdentityTest, BloodPressureAtClinicIntervalsStaysTheClinicRow) {
  Compute(R"(diagnosis: {condition: systemic sclerosis, organ_involvement: [kidneys]}
monitoring:
  - {test: bp, every: 3 months, last_done: 2026-10-01}
)");
  const ScheduledTest* clinic = WithId("office_bp_kidney");
  ASSERT_NE(clinic, nullptr);
  EXPECT_EQ(clinic->last_done, Date(2026, 10, 1));
}

TEST_F(MonitoringIdentityTest, SixMonthlyNtProBnpKeepsARowOfItsOwn) {
  Compute(R"(diagnosis: {condition: systemic sclerosis, organ_involvement: [heart]}
monitoring:
  - {test: ECG, last_done: 2026-01-10}
  - {test: NT-proBNP, every: 6 months, last_done: 2026-03-01}
)");
  const ScheduledTest* both = WithId("ecg_ntprobnp");
  ASSERT_NE(both, nullptr);
  EXPECT_EQ(both->last_done, Date(2026, 1, 10));
  EXPECT_EQ(both->every, (Interval{1, IntervalUnit::kYears}));
  const ScheduledTest* own = Named("NT-proBNP");
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->test_id, "nt_probnp");
  EXPECT_FALSE(own->why.empty());
  EXPECT_EQ(own->every, (Interval{6, IntervalUnit::kMonths}));
  EXPECT_EQ(own->next_due, Date(2026, 9, 1));
  EXPECT_TRUE(own->overdue);
  EXPECT_FALSE(own->because.empty());  // still asked for by the heart rules
}

// One blood sample: a full blood count the team takes more often than the
// rules' default for mycophenolate dates the blood-test row and sets its
// interval, instead of a second row that says "monthly" for the same blood
// test (Olena's plan).
TEST_F(MonitoringIdentityTest, BloodCountMoreOftenThanTheRulesSetsTheBloodTestRow) {
  Compute(R"(diagnosis: {condition: systemic sclerosis}
treatments:
  - {name: mycophenolate mofetil, started: 2026-09-01, outcome: ongoing}
monitoring:
  - {test: full blood count, every: 2 weeks, last_done: 2026-11-10}
)");
  const ScheduledTest* blood = WithId("blood_monitoring");
  ASSERT_NE(blood, nullptr);
  EXPECT_EQ(blood->every, (Interval{2, IntervalUnit::kWeeks}));
  EXPECT_EQ(blood->last_done, Date(2026, 11, 10));
  EXPECT_EQ(blood->last_done_of, "full blood count");
  EXPECT_EQ(Named("Full blood count"), nullptr);
}

// A blood count the team takes less often than the rules ask keeps its own
// row: it must not lengthen the interval of the kidney and liver tests.
TEST_F(MonitoringIdentityTest, BloodCountLessOftenThanTheRulesKeepsItsOwnRow) {
  Compute(R"(diagnosis: {condition: systemic sclerosis}
treatments:
  - {name: mycophenolate mofetil, started: 2026-09-01, outcome: ongoing}
monitoring:
  - {test: full blood count, every: 6 months, last_done: 2026-11-10}
)");
  ASSERT_NE(WithId("blood_monitoring"), nullptr);
  EXPECT_EQ(WithId("blood_monitoring")->every, (Interval{1, IntervalUnit::kMonths}));
  ASSERT_NE(Named("Full blood count"), nullptr);
}

// Li: liver tests monthly (bosentan) fill the blood-test row, a blood count
// every 3 months keeps a row of its own. The monthly row is named after what
// it holds, so the plan never says "blood count" monthly beside "Full blood
// count every 3 months".
TEST_F(MonitoringIdentityTest, ATakenTogetherRowIsNamedAfterItsPartsWhenAnotherPartHasItsOwnRow) {
  Compute(R"(diagnosis: {condition: systemic sclerosis}
treatments:
  - {name: mycophenolate mofetil, started: 2022-01, outcome: ongoing}
  - {name: bosentan, started: 2025-06, outcome: ongoing}
monitoring:
  - {test: liver function tests, every: monthly, last_done: 2026-11-03, notes: For bosentan}
  - {test: full blood count, every: 3 months, last_done: 2026-11-03}
)");
  const ScheduledTest* liver = WithId("blood_monitoring");
  ASSERT_NE(liver, nullptr);
  EXPECT_EQ(liver->name, "Liver blood tests");
  EXPECT_EQ(liver->every, (Interval{1, IntervalUnit::kMonths}));
  EXPECT_EQ(liver->last_done, Date(2026, 11, 3));
  EXPECT_EQ(liver->last_done_of, "");
  EXPECT_NE(liver->why.find("liver"), std::string::npos);
  EXPECT_EQ(liver->why.find("blood cells"), std::string::npos);
  EXPECT_NE(std::find(liver->notes.begin(), liver->notes.end(), "For bosentan"),
            liver->notes.end());
  const ScheduledTest* count = Named("Full blood count");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(count->every, (Interval{3, IntervalUnit::kMonths}));
}

// The same two parts written in the other order give the same two rows.
TEST_F(MonitoringIdentityTest, ATakenTogetherRowIsNamedAfterItsPartsWhicheverIsWrittenFirst) {
  Compute(R"(diagnosis: {condition: systemic sclerosis}
treatments:
  - {name: mycophenolate mofetil, started: 2022-01, outcome: ongoing}
  - {name: bosentan, started: 2025-06, outcome: ongoing}
monitoring:
  - {test: full blood count, every: 3 months, last_done: 2026-11-03}
  - {test: liver function tests, every: monthly, last_done: 2026-11-03}
)");
  ASSERT_NE(WithId("blood_monitoring"), nullptr);
  EXPECT_EQ(WithId("blood_monitoring")->name, "Liver blood tests");
  ASSERT_NE(Named("Full blood count"), nullptr);
}

// Dimitris: the rules ask for an ECG and NT-proBNP yearly; his team writes
// the ECG (done yearly) and NT-proBNP every 6 months. NT-proBNP has its own
// row, so the yearly row holds only the ECG and is named after it (the two
// are not one sample, but every part is accounted for).
TEST_F(MonitoringIdentityTest, ARowWhosePartsAllHaveRowsOrAreWrittenIsNamedAfterTheWrittenOnes) {
  Compute(R"(diagnosis: {condition: systemic sclerosis, organ_involvement: [heart]}
monitoring:
  - {test: NT-proBNP, every: 6 months, last_done: 2026-06-02}
  - {test: ECG, last_done: 2025-09-02}
)");
  const ScheduledTest* ecg = WithId("ecg_ntprobnp");
  ASSERT_NE(ecg, nullptr);
  EXPECT_EQ(ecg->name, "Heart tracing (ECG)");
  EXPECT_EQ(ecg->every, (Interval{1, IntervalUnit::kYears}));
  EXPECT_EQ(ecg->last_done, Date(2025, 9, 2));
  EXPECT_EQ(ecg->last_done_of, "");
  EXPECT_NE(ecg->why.find("rhythm"), std::string::npos);
  const ScheduledTest* bnp = Named("NT-proBNP");
  ASSERT_NE(bnp, nullptr);
  EXPECT_EQ(bnp->every, (Interval{6, IntervalUnit::kMonths}));
}

// María and Olena: a part fills the row and no part has a row of its own:
// the row keeps the whole test's name, dated by the part.
TEST_F(MonitoringIdentityTest, ATakenTogetherRowKeepsItsNameWhenNoPartHasItsOwnRow) {
  Compute(R"(diagnosis: {condition: systemic sclerosis}
treatments:
  - {name: mycophenolate mofetil, started: 2022-01, outcome: ongoing}
monitoring:
  - {test: full blood count, every: 3 months, last_done: 2026-10-06}
)");
  const ScheduledTest* blood = WithId("blood_monitoring");
  ASSERT_NE(blood, nullptr);
  EXPECT_EQ(blood->name, "Blood count, kidney and liver blood tests");
  EXPECT_EQ(blood->last_done_of, "full blood count");
}

// Kidney checks for early diffuse disease without kidney involvement (James)
// are for a risk: "For" must not say the kidneys are involved.
TEST_F(MonitoringIdentityTest, OrganChecksForARiskSayTheRisk) {
  Compute(
      R"(diagnosis: {condition: systemic sclerosis, subtype: diffuse cutaneous, diagnosed_on: 2023-01-17, organ_involvement: [lungs]}
)");
  const ScheduledTest* clinic = WithId("office_bp_kidney");
  ASSERT_NE(clinic, nullptr);
  EXPECT_EQ(clinic->because, (std::vector<std::string>{"the risk to your kidneys"}));
  const ScheduledTest* lungs = WithId("pulmonary_function_tests");
  ASSERT_NE(lungs, nullptr);
  EXPECT_EQ(lungs->because, (std::vector<std::string>{"your lungs"}));
}

TEST_F(MonitoringIdentityTest, UrineDipstickAfterCyclophosphamideFillsTheUrineBloodRow) {
  Compute(R"(diagnosis: {condition: systemic sclerosis}
treatments:
  - {name: cyclophosphamide, started: 2021-01, stopped: 2021-07, outcome: completed}
monitoring:
  - {test: urine dipstick, last_done: 2026-10-15}
)");
  const ScheduledTest* urine = WithId("urine_blood_check");
  ASSERT_NE(urine, nullptr);
  EXPECT_EQ(urine->last_done, Date(2026, 10, 15));
}

TEST_F(MonitoringIdentityTest, UrineDipstickFillsBothRowsWhenBothAreAskedFor) {
  Compute(R"(diagnosis: {condition: systemic sclerosis, organ_involvement: [kidneys]}
treatments:
  - {name: cyclophosphamide, started: 2021-01, stopped: 2021-07, outcome: completed}
monitoring:
  - {test: urine dipstick, last_done: 2026-10-15}
)");
  ASSERT_NE(WithId("urine_blood_check"), nullptr);
  EXPECT_EQ(WithId("urine_blood_check")->last_done, Date(2026, 10, 15));
  ASSERT_NE(WithId("office_bp_kidney"), nullptr);
  EXPECT_EQ(WithId("office_bp_kidney")->last_done, Date(2026, 10, 15));
}

TEST_F(MonitoringIdentityTest, CommonNamesAreRecognised) {
  const content::Knowledge& knowledge = ShippedKnowledge();
  for (const char* name : {"6MWT", "6-minute walk", "six minute walk distance"}) {
    ASSERT_NE(knowledge.FindTest(name), nullptr) << name;
    EXPECT_EQ(knowledge.FindTest(name)->id, "exertional_oximetry") << name;
  }
  for (const char* name : {"mRSS", "modified Rodnan skin score"}) {
    ASSERT_NE(knowledge.FindTest(name), nullptr) << name;
    EXPECT_EQ(knowledge.FindTest(name)->id, "skin_score") << name;
  }
  for (const char* name :
       {"CK", "creatine kinase", "SpO2", "oxygen saturation", "DEXA scan", "DXA", "bone density"}) {
    EXPECT_NE(knowledge.FindTest(name), nullptr) << name;
  }
}

TEST_F(MonitoringIdentityTest, NameOnlyTestsArePrintedAsWrittenWithTheirOwnInterval) {
  Compute(R"(diagnosis: {condition: systemic sclerosis}
monitoring:
  - {test: DEXA scan, every: 2 years, last_done: 2025-05-01}
)");
  const ScheduledTest* dexa = Named("DEXA scan");
  ASSERT_NE(dexa, nullptr);
  EXPECT_TRUE(dexa->why.empty());
  EXPECT_EQ(dexa->every, (Interval{2, IntervalUnit::kYears}));
  EXPECT_EQ(dexa->next_due, Date(2027, 5, 1));
}

TEST_F(MonitoringIdentityTest, ARangeFromTheRulesIsDatedFromItsLongEnd) {
  Compute(R"(diagnosis: {condition: systemic sclerosis, organ_involvement: [lungs]}
monitoring:
  - {test: exertional oximetry, last_done: 2026-03-01}
)");
  const ScheduledTest* walk = WithId("exertional_oximetry");
  ASSERT_NE(walk, nullptr);
  ASSERT_TRUE(walk->every.has_value());
  EXPECT_TRUE(walk->every->IsRange());
  EXPECT_EQ(walk->next_due, Date(2027, 3, 1));
  EXPECT_FALSE(walk->overdue);  // 9 months on: not overdue before 12
}

TEST_F(MonitoringIdentityTest, TheProfilesIntervalOverridesARange) {
  Compute(R"(diagnosis: {condition: systemic sclerosis, organ_involvement: [lungs]}
monitoring:
  - {test: exertional oximetry, every: 6 months, last_done: 2026-03-01}
)");
  const ScheduledTest* walk = WithId("exertional_oximetry");
  ASSERT_NE(walk, nullptr);
  EXPECT_EQ(walk->every, (Interval{6, IntervalUnit::kMonths}));
  EXPECT_TRUE(walk->overdue);
}

}  // namespace
}  // namespace careplan::plan
