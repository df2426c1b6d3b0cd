#include "plan/monitoring_schedule.h"

#include <gtest/gtest.h>

#include <string_view>

#include "content/person_facts.h"
#include "plan/timeline.h"
#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

class MonitoringScheduleTest : public ::testing::Test {
 protected:
  const MonitoringSchedule& Compute() {
    facts_ = content::MakePersonFacts(profile_, knowledge_);
    timeline_ = BuildTimeline(profile_, knowledge_);
    schedule_ = BuildMonitoringSchedule(profile_, knowledge_, facts_, timeline_);
    return schedule_;
  }

  // The row of a test, by rules id or (for unknown tests) by name.
  const ScheduledTest* Find(std::string_view id_or_name) const {
    for (const ScheduledTest& test : schedule_.tests) {
      if (test.test_id == id_or_name || (test.test_id.empty() && test.name == id_or_name)) {
        return &test;
      }
    }
    return nullptr;
  }

  static std::vector<std::string> ReasonTexts(const ScheduledTest& test) {
    std::vector<std::string> texts;
    for (const Reason& reason : test.reasons) texts.push_back(reason.text);
    return texts;
  }

  content::Knowledge knowledge_ = MakeKnowledge();
  profile::Profile profile_ = MakeProfile();
  content::PersonFacts facts_;
  Timeline timeline_;
  MonitoringSchedule schedule_;
};

using Texts = std::vector<std::string>;

// ---- Date arithmetic ----

TEST_F(MonitoringScheduleTest, MonthlyFromThe31stClampsToEndOfFebruary) {
  profile_.plan_date = Date(2026, 2, 1);
  profile_.monitoring = {MakeEntry("bloods", Date(2026, 1, 31), Months(1))};
  Compute();
  const ScheduledTest* test = Find("blood_monitoring");
  ASSERT_NE(test, nullptr);
  EXPECT_EQ(test->due, DueKind::kDated);
  EXPECT_EQ(test->next_due, Date(2026, 2, 28));
  EXPECT_FALSE(test->overdue);
}

TEST_F(MonitoringScheduleTest, DifferentTestsFoldedIntoOneRowKeepTheFirstDue) {
  // "echo" and "echocardiogram" are two names of one rules test. Written as
  // two entries they could be two different tests (as ECG and NT-proBNP
  // share one rule): the overdue one must not be hidden by the newer one.
  profile_.plan_date = Date(2026, 11, 24);
  profile_.monitoring = {MakeEntry("echo", Date(2025, 9, 2), Months(12)),
                         MakeEntry("echocardiogram", Date(2026, 6, 2), Months(6))};
  Compute();
  const ScheduledTest* test = Find("echocardiogram");
  ASSERT_NE(test, nullptr);
  EXPECT_EQ(test->next_due, Date(2026, 9, 2));
  EXPECT_EQ(test->last_done, Date(2025, 9, 2));
  EXPECT_EQ(test->every, Months(12));
  EXPECT_TRUE(test->overdue);
}

TEST_F(MonitoringScheduleTest, OneTestWrittenTwiceCountsItsLatestDate) {
  profile_.plan_date = Date(2026, 11, 24);
  profile_.monitoring = {MakeEntry("echo", Date(2025, 9, 2), Months(12)),
                         MakeEntry("echo", Date(2026, 6, 2), Months(12))};
  Compute();
  const ScheduledTest* test = Find("echocardiogram");
  ASSERT_NE(test, nullptr);
  EXPECT_EQ(test->next_due, Date(2027, 6, 2));
  EXPECT_FALSE(test->overdue);
}

TEST_F(MonitoringScheduleTest, MonthlyFromThe31stInALeapYearIsThe29th) {
  profile_.plan_date = Date(2028, 2, 1);
  profile_.monitoring = {MakeEntry("bloods", Date(2028, 1, 31), Months(1))};
  Compute();
  ASSERT_NE(Find("blood_monitoring"), nullptr);
  EXPECT_EQ(Find("blood_monitoring")->next_due, Date(2028, 2, 29));
}

TEST_F(MonitoringScheduleTest, WeeklyAddsSevenDaysAcrossTheMonthEnd) {
  profile_.monitoring = {MakeEntry("echo", Date(2026, 11, 27), Weeks(1))};
  profile_.plan_date = Date(2026, 11, 28);
  Compute();
  ASSERT_NE(Find("echocardiogram"), nullptr);
  EXPECT_EQ(Find("echocardiogram")->next_due, Date(2026, 12, 4));
}

TEST_F(MonitoringScheduleTest, YearlyFromTheLeapDayIsThe28thAndOverdue) {
  profile_.monitoring = {MakeEntry("echo", Date(2024, 2, 29))};
  Compute();
  const ScheduledTest* echo = Find("echocardiogram");
  ASSERT_NE(echo, nullptr);
  EXPECT_EQ(echo->every, Years(1));  // the general rule's interval
  EXPECT_EQ(echo->next_due, Date(2025, 2, 28));
  EXPECT_TRUE(echo->overdue);
}

TEST_F(MonitoringScheduleTest, DueOnThePlanDateIsNotOverdueButTheDayBeforeIs) {
  profile_.monitoring = {MakeEntry("specialist review", Date(2025, 11, 24))};
  Compute();
  ASSERT_NE(Find("specialist_review"), nullptr);
  EXPECT_EQ(Find("specialist_review")->next_due, Date(2026, 11, 24));
  EXPECT_FALSE(Find("specialist_review")->overdue);

  profile_.monitoring = {MakeEntry("specialist review", Date(2025, 11, 23))};
  Compute();
  EXPECT_EQ(Find("specialist_review")->next_due, Date(2026, 11, 23));
  EXPECT_TRUE(Find("specialist_review")->overdue);
}

// ---- Merging ----

TEST_F(MonitoringScheduleTest, EveryoneGetsTheGeneralChecks) {
  Compute();
  const ScheduledTest* review = Find("specialist_review");
  ASSERT_NE(review, nullptr);
  EXPECT_EQ(review->due, DueKind::kNextVisit);
  EXPECT_EQ(review->every, Years(1));
  EXPECT_EQ(ReasonTexts(*review), Texts{"everyone with scleroderma"});
  EXPECT_EQ(review->name, "Check-up with your scleroderma specialist");
  EXPECT_EQ(review->why, "Why specialist_review.");
  // A baseline check of the general rules is a one-off, with its note.
  const ScheduledTest* hrct = Find("hrct_chest");
  ASSERT_NE(hrct, nullptr);
  EXPECT_EQ(hrct->due, DueKind::kWhenNeeded);
  EXPECT_EQ(ReasonTexts(*hrct), Texts{"everyone with scleroderma, once"});
  EXPECT_EQ(hrct->notes, Texts{"Once for everyone, around the time of diagnosis."});
  // No lungs: the lung rules do not apply.
  EXPECT_FALSE(Find("pulmonary_function_tests")->every.has_value());
}

TEST_F(MonitoringScheduleTest, SameTestFromAnOrganAndAMedicineIsOneRowAtTheShortestInterval) {
  // Rituximab also asks for breathing tests every 6 months; the lungs ask
  // for every 3 months.
  content::MedicineInfo* rituximab = &knowledge_.medicines[1];
  ASSERT_EQ(rituximab->id, "rituximab");
  rituximab->monitoring.push_back(
      Rule("pulmonary_function_tests", Phase::kOngoing, Months(6), {}, "Six-monthly.", {"S99"}));
  profile_.diagnosis.organ_involvement = {"lungs"};
  profile_.treatments = {MakeTreatment("MabThera", Ym(2026, 3))};
  Compute();

  int rows = 0;
  for (const ScheduledTest& test : schedule_.tests) {
    rows += test.test_id == "pulmonary_function_tests";
  }
  EXPECT_EQ(rows, 1);
  const ScheduledTest* pft = Find("pulmonary_function_tests");
  ASSERT_NE(pft, nullptr);
  EXPECT_EQ(pft->every, Months(3));
  EXPECT_EQ(ReasonTexts(*pft), (Texts{"everyone with scleroderma, once", "lungs", "rituximab"}));
  EXPECT_EQ(pft->reasons[1].sources, Texts{"S4"});
  EXPECT_EQ(pft->reasons[1].every, Months(3));
  EXPECT_EQ(pft->reasons[2].sources, Texts{"S99"});
  EXPECT_EQ(pft->reasons[2].every, Months(6));
  // The winning rule's note; the one-off note is dropped once there is an interval.
  EXPECT_EQ(pft->notes,
            Texts{"Every 3 to 6 months in the first year. Your team sets the interval."});
}

TEST_F(MonitoringScheduleTest, KidneysAndSteroidsAskForHomeBloodPressureOnce) {
  profile_.diagnosis.organ_involvement = {"kidneys"};
  profile_.treatments = {MakeTreatment("prednisolone", Ym(2026, 9))};
  Compute();
  const ScheduledTest* bp = Find("home_blood_pressure");
  ASSERT_NE(bp, nullptr);
  EXPECT_EQ(bp->every, Days(2));
  EXPECT_EQ(ReasonTexts(*bp), (Texts{"kidneys", "steroids (glucocorticoids)"}));
  // Office BP: general and kidneys, no interval; the longer note wins.
  const ScheduledTest* office = Find("office_bp_kidney");
  ASSERT_NE(office, nullptr);
  EXPECT_EQ(office->due, DueKind::kWhenNeeded);
  EXPECT_EQ(ReasonTexts(*office), (Texts{"everyone with scleroderma", "kidneys"}));
  EXPECT_EQ(office->notes, Texts{"At every clinic visit."});
}

TEST_F(MonitoringScheduleTest, KidneyRulesApplyToDiffuseDiseaseWithTheirReason) {
  profile_.diagnosis.subtype = "diffuse cutaneous";
  Compute();
  const ScheduledTest* bp = Find("home_blood_pressure");
  ASSERT_NE(bp, nullptr);
  ASSERT_EQ(bp->reasons.size(), 1u);
  EXPECT_EQ(bp->reasons[0].text, "kidneys, because of diffuse cutaneous scleroderma");
}

// ---- The profile's own entries ----

TEST_F(MonitoringScheduleTest, ProfileIntervalOverridesTheRules) {
  profile_.diagnosis.organ_involvement = {"lungs"};
  profile_.monitoring = {MakeEntry("PFTs", Date(2026, 9, 10), Months(6))};
  profile_.monitoring[0].notes = "At the hospital lung function lab";
  Compute();
  const ScheduledTest* pft = Find("pulmonary_function_tests");
  ASSERT_NE(pft, nullptr);
  EXPECT_EQ(pft->every, Months(6));
  EXPECT_EQ(pft->last_done, Date(2026, 9, 10));
  EXPECT_EQ(pft->next_due, Date(2027, 3, 10));
  EXPECT_FALSE(pft->overdue);
  EXPECT_EQ(ReasonTexts(*pft),
            (Texts{"everyone with scleroderma, once", "lungs", "interval set by your care team"}));
  EXPECT_EQ(pft->reasons.back().every, Months(6));
  EXPECT_EQ(pft->notes, Texts{"At the hospital lung function lab"});
}

TEST_F(MonitoringScheduleTest, ProfileIntervalEqualToTheRulesKeepsTheRuleNote) {
  profile_.monitoring = {MakeEntry("specialist review", Date(2026, 1, 20), Years(1))};
  profile_.monitoring[0].notes = "At the scleroderma clinic";
  Compute();
  const ScheduledTest* review = Find("specialist_review");
  ASSERT_NE(review, nullptr);
  EXPECT_EQ(review->notes, (Texts{"At least once a year; more often in early or active disease.",
                                  "At the scleroderma clinic"}));
}

// Grace's team weighs her monthly; the rule's note began "At every clinic
// visit." Part 2 printed it under a monthly row. The sentence that gives the
// rule's own timing goes; the rest of the note stays.
TEST_F(MonitoringScheduleTest, ProfileIntervalDropsTheRulesTimingSentence) {
  content::MonitoringRule& rule = knowledge_.general_monitoring[4];
  ASSERT_EQ(rule.test, "office_bp_kidney");
  rule.note = "At every clinic visit. More blood tests if your blood pressure rises.";
  rule.how_often = "At every clinic visit";
  Compute();
  EXPECT_EQ(Find("office_bp_kidney")->notes,
            (Texts{"At every clinic visit. More blood tests if your blood pressure rises."}));
  profile_.monitoring = {MakeEntry("clinic bp", Date(2026, 11, 3), Months(1))};
  Compute();
  const ScheduledTest* row = Find("office_bp_kidney");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->every, Months(1));
  EXPECT_EQ(row->notes, (Texts{"More blood tests if your blood pressure rises."}));
  rule.note = "At every clinic visit.";
  Compute();
  EXPECT_TRUE(Find("office_bp_kidney")->notes.empty());
}

TEST_F(MonitoringScheduleTest, RuleDetailIsForExplainOnly) {
  profile_.monitoring = {MakeEntry("echo", Date(2026, 1, 20), Years(1))};
  profile_.monitoring[0].notes = "At the heart clinic";
  Compute();
  const ScheduledTest* echo = Find("echocardiogram");
  ASSERT_NE(echo, nullptr);
  EXPECT_EQ(echo->notes, Texts{"At the heart clinic"});
  ASSERT_FALSE(echo->reasons.empty());
  EXPECT_EQ(echo->reasons[0].detail, "Yearly screening is widely used.");
}

// ---- What the plan prints as "For" ----

TEST_F(MonitoringScheduleTest, ForNamesOrgansAndMedicinesAsWrittenWithoutPhaseWords) {
  profile_.diagnosis.organ_involvement = {"lungs"};
  profile_.treatments = {MakeTreatment("MTX", Y(2019)),
                         MakeTreatment("cyclophosphamide", Ym(2021, 1), Ym(2021, 7))};
  profile::PlannedTherapy planned;
  planned.name = "MabThera";
  profile_.planned = {planned};
  Compute();
  const ScheduledTest* pft = Find("pulmonary_function_tests");
  ASSERT_NE(pft, nullptr);
  EXPECT_EQ(pft->because, Texts{"your lungs"});
  EXPECT_TRUE(pft->for_everyone);
  const ScheduledTest* bloods = Find("blood_monitoring");
  ASSERT_NE(bloods, nullptr);
  EXPECT_EQ(ReasonTexts(*bloods), Texts{"methotrexate, maintenance"});  // explain keeps the phase
  EXPECT_EQ(bloods->because, Texts{"MTX"});
  EXPECT_FALSE(bloods->for_everyone);
  EXPECT_EQ(Find("urine_blood_check")->because, Texts{"past cyclophosphamide"});
  EXPECT_EQ(Find("hepatitis_b_screen")->because, Texts{"planned MabThera"});
  // Only the rules for everyone: no words, a flag.
  const ScheduledTest* review = Find("specialist_review");
  ASSERT_NE(review, nullptr);
  EXPECT_TRUE(review->because.empty());
  EXPECT_TRUE(review->for_everyone);
  EXPECT_FALSE(review->listed_by_team);
}

TEST_F(MonitoringScheduleTest, OrganThatAppliesThroughTheSubtypeIsNamedPlainly) {
  profile_.diagnosis.subtype = "diffuse cutaneous";
  profile_.treatments = {MakeTreatment("prednisolone", Ym(2026, 9))};
  Compute();
  const ScheduledTest* bp = Find("home_blood_pressure");
  ASSERT_NE(bp, nullptr);
  // The kidneys are not involved: the checks are for a risk (clinical review
  // 2026-12, docs/clinical-review-2026-12.md).
  EXPECT_EQ(bp->because, (Texts{"the risk to your kidneys", "prednisolone"}));
}

TEST_F(MonitoringScheduleTest, TestOnlyTheProfileListsIsMarkedAsTheCareTeams) {
  profile_.monitoring = {MakeEntry("viral screen", Date(2025, 5, 5)),
                         MakeEntry("nailfold capillaroscopy", Date(2026, 1, 15), Years(2))};
  Compute();
  const ScheduledTest* viral = Find("viral_screen");
  ASSERT_NE(viral, nullptr);
  EXPECT_TRUE(viral->listed_by_team);
  EXPECT_TRUE(viral->because.empty());
  EXPECT_FALSE(viral->for_everyone);
  // A name written in the profile heads a row: its first letter is a capital.
  ASSERT_NE(Find("Nailfold capillaroscopy"), nullptr);
  EXPECT_TRUE(Find("Nailfold capillaroscopy")->listed_by_team);
}

TEST_F(MonitoringScheduleTest, ProfileLastDoneWithoutIntervalUsesTheRules) {
  profile_.diagnosis.organ_involvement = {"lungs"};
  profile_.monitoring = {MakeEntry("pulmonary function tests", Date(2026, 7, 31))};
  Compute();
  const ScheduledTest* pft = Find("pulmonary_function_tests");
  ASSERT_NE(pft, nullptr);
  EXPECT_EQ(pft->every, Months(3));
  EXPECT_EQ(pft->next_due, Date(2026, 10, 31));
  EXPECT_TRUE(pft->overdue);
  EXPECT_EQ(ReasonTexts(*pft), (Texts{"everyone with scleroderma, once", "lungs"}));
}

TEST_F(MonitoringScheduleTest, UnknownTestIsKeptWithItsOwnInterval) {
  profile_.monitoring = {MakeEntry("Nailfold  capillaroscopy", Date(2026, 1, 15), Years(1))};
  Compute();
  const ScheduledTest* test = Find("Nailfold  capillaroscopy");
  ASSERT_NE(test, nullptr);
  EXPECT_TRUE(test->test_id.empty());
  EXPECT_TRUE(test->why.empty());
  EXPECT_EQ(test->every, Years(1));
  EXPECT_EQ(test->next_due, Date(2027, 1, 15));
  EXPECT_EQ(ReasonTexts(*test), Texts{"your care team"});
}

TEST_F(MonitoringScheduleTest, UnknownTestWrittenTwiceIsOneRowWithTheLatestDate) {
  profile_.monitoring = {MakeEntry("Skin score", Date(2026, 1, 15), Months(6)),
                         MakeEntry("skin SCORE", Date(2026, 6, 1))};
  Compute();
  const ScheduledTest* test = Find("Skin score");
  ASSERT_NE(test, nullptr);
  EXPECT_EQ(test->last_done, Date(2026, 6, 1));
  EXPECT_EQ(test->next_due, Date(2026, 12, 1));
  EXPECT_EQ(Find("skin SCORE"), nullptr);
}

TEST_F(MonitoringScheduleTest, KnownTestNoRuleAsksForIsKeptForTheCareTeam) {
  profile_.monitoring = {MakeEntry("viral screen", Date(2025, 5, 5))};
  Compute();
  const ScheduledTest* test = Find("viral_screen");
  ASSERT_NE(test, nullptr);
  EXPECT_EQ(test->due, DueKind::kWhenNeeded);
  EXPECT_EQ(test->last_done, Date(2025, 5, 5));
  EXPECT_EQ(ReasonTexts(*test), Texts{"your care team"});
}

// ---- Medicines ----

TEST_F(MonitoringScheduleTest, MethotrexateThreeWeeksInIsFortnightly) {
  profile_.treatments = {MakeTreatment("Methotrexate", Ymd(2026, 11, 3))};
  profile_.monitoring = {MakeEntry("blood tests", Date(2026, 11, 17))};
  Compute();
  const ScheduledTest* bloods = Find("blood_monitoring");
  ASSERT_NE(bloods, nullptr);
  EXPECT_EQ(bloods->every, Weeks(2));
  EXPECT_EQ(bloods->next_due, Date(2026, 12, 1));
  EXPECT_EQ(
      ReasonTexts(*bloods),
      Texts{"methotrexate, first months (every 2 weeks until about 15 Dec 2026, then monthly)"});
  // When this start-up step ends and what follows, then the rule's note.
  EXPECT_EQ(bloods->notes, (Texts{"Every 2 weeks until about 15 Dec 2026, then monthly.",
                                  "Every 2 weeks until your dose has been stable for 6 weeks."}));
  EXPECT_EQ(bloods->because, Texts{"Methotrexate"});
  // Baseline checks of a current medicine were done before starting.
  EXPECT_EQ(Find("viral_screen"), nullptr);
}

TEST_F(MonitoringScheduleTest, MethotrexateFourMonthsInIsMonthly) {
  profile_.treatments = {MakeTreatment("mtx", Ymd(2026, 7, 24))};
  Compute();
  ASSERT_NE(Find("blood_monitoring"), nullptr);
  EXPECT_EQ(Find("blood_monitoring")->every, Months(1));
  EXPECT_EQ(Find("blood_monitoring")->due, DueKind::kNextVisit);
}

TEST_F(MonitoringScheduleTest, MethotrexateAfterAYearIsMaintenance) {
  profile_.treatments = {MakeTreatment("methotrexate", Ymd(2025, 11, 24))};
  Compute();
  const ScheduledTest* bloods = Find("blood_monitoring");
  ASSERT_NE(bloods, nullptr);
  EXPECT_EQ(bloods->every, Months(3));
  EXPECT_EQ(ReasonTexts(*bloods), Texts{"methotrexate, maintenance"});
  EXPECT_EQ(bloods->reasons[0].sources, (Texts{"S14", "S15", "S22"}));
}

TEST_F(MonitoringScheduleTest, MethotrexateStartedIn2019IsMaintenance) {
  profile_.treatments = {MakeTreatment("methotrexate", Y(2019))};
  Compute();
  ASSERT_NE(Find("blood_monitoring"), nullptr);
  EXPECT_EQ(ReasonTexts(*Find("blood_monitoring")), Texts{"methotrexate, maintenance"});
}

TEST_F(MonitoringScheduleTest, StoppedMedicineHasNoMonitoring) {
  profile_.treatments = {MakeTreatment("methotrexate", Y(2019), Ym(2020, 1))};
  Compute();
  EXPECT_EQ(Find("blood_monitoring"), nullptr);
}

TEST_F(MonitoringScheduleTest, PlannedMedicineNeedsItsBaselineChecksBeforeStarting) {
  profile::PlannedTherapy planned;
  planned.name = "rituximab";
  profile_.planned = {planned};
  Compute();
  const ScheduledTest* hep_b = Find("hepatitis_b_screen");
  ASSERT_NE(hep_b, nullptr);
  EXPECT_EQ(hep_b->due, DueKind::kBeforeStarting);
  EXPECT_EQ(ReasonTexts(*hep_b), Texts{"before you start rituximab"});
  EXPECT_EQ(hep_b->reasons[0].sources, Texts{"S22"});
  EXPECT_EQ(hep_b->notes, Texts{"Both hepatitis B surface antigen and core antibody."});
  // Its ongoing checks start only once it is taken.
  EXPECT_EQ(Find("immunoglobulins")->due, DueKind::kBeforeStarting);
  EXPECT_EQ(Find("immunoglobulins")->reasons.size(), 1u);
}

TEST_F(MonitoringScheduleTest, TreatmentStartingAfterThePlanDateIsPlanned) {
  profile_.treatments = {MakeTreatment("rituximab", Ym(2027, 1))};
  Compute();
  ASSERT_NE(Find("hepatitis_b_screen"), nullptr);
  EXPECT_EQ(Find("hepatitis_b_screen")->due, DueKind::kBeforeStarting);
}

TEST_F(MonitoringScheduleTest, PlannedBaselineJoinsARepeatingTest) {
  profile::PlannedTherapy planned;
  planned.name = "autologous stem cell transplantation";
  profile_.planned = {planned};
  profile_.diagnosis.organ_involvement = {"lungs"};
  Compute();
  const ScheduledTest* pft = Find("pulmonary_function_tests");
  ASSERT_NE(pft, nullptr);
  EXPECT_EQ(pft->due, DueKind::kNextVisit);
  EXPECT_EQ(ReasonTexts(*pft), (Texts{"everyone with scleroderma, once", "lungs",
                                      "before you start autologous stem cell transplant"}));
  // Echo: yearly for everyone, and before the transplant.
  EXPECT_EQ(
      ReasonTexts(*Find("echocardiogram")),
      (Texts{"everyone with scleroderma", "before you start autologous stem cell transplant"}));
}

TEST_F(MonitoringScheduleTest, StoppedCyclophosphamideKeepsItsFollowUp) {
  profile_.treatments = {MakeTreatment("cyclophosphamide", Ym(2021, 1), Ym(2021, 7))};
  Compute();
  const ScheduledTest* urine = Find("urine_blood_check");
  ASSERT_NE(urine, nullptr);
  EXPECT_EQ(ReasonTexts(*urine), Texts{"after cyclophosphamide"});
  EXPECT_EQ(urine->notes, Texts{"From time to time for years after treatment ends."});

  // A new course: the ongoing rule applies, not the follow-up.
  profile_.treatments.push_back(MakeTreatment("cyclophosphamide", Ym(2026, 10)));
  Compute();
  EXPECT_EQ(ReasonTexts(*Find("urine_blood_check")), Texts{"cyclophosphamide"});
}

TEST_F(MonitoringScheduleTest, MedicineWrittenTwiceGivesOneReason) {
  profile_.treatments = {MakeTreatment("methotrexate", Y(2019)), MakeTreatment("MTX", Y(2020))};
  Compute();
  EXPECT_EQ(ReasonTexts(*Find("blood_monitoring")), Texts{"methotrexate, maintenance"});
}

// ---- Order ----

TEST_F(MonitoringScheduleTest, RowsAreSortedByDueKindThenDateThenName) {
  profile_.diagnosis.organ_involvement = {"lungs"};
  profile::PlannedTherapy planned;
  planned.name = "rituximab";
  profile_.planned = {planned};
  profile_.monitoring = {MakeEntry("specialist review", Date(2026, 3, 1)),
                         MakeEntry("pfts", Date(2026, 10, 1)),
                         MakeEntry("Zeta test", Date(2026, 1, 1), Months(1))};
  Compute();
  std::vector<std::string> order;
  for (const ScheduledTest& test : schedule_.tests) {
    order.push_back(test.test_id.empty() ? test.name : test.test_id);
  }
  EXPECT_EQ(order, (Texts{
                       "Zeta test",                 // dated 1 Feb 2026, overdue
                       "pulmonary_function_tests",  // dated 1 Jan 2027
                       "specialist_review",         // dated 1 Mar 2027
                       "echocardiogram",            // next visit
                       "immunoglobulins",           // before starting, by name
                       "blood_count",
                       "hepatitis_b_screen",
                       "office_bp_kidney",  // when needed, by name
                       "hrct_chest",
                   }));
  EXPECT_TRUE(schedule_.tests[0].overdue);
  EXPECT_EQ(schedule_.plan_date, Date(2026, 11, 24));
}

// ---- Checks done at home ----

TEST_F(MonitoringScheduleTest, HomeCheckWithoutADateStartsNowNotAtTheNextVisit) {
  profile_.diagnosis.subtype = "diffuse cutaneous";
  Compute();
  const ScheduledTest* bp = Find("home_blood_pressure");
  ASSERT_NE(bp, nullptr);
  EXPECT_TRUE(bp->at_home);
  EXPECT_EQ(bp->due, DueKind::kAtHome);
  EXPECT_EQ(bp->every, Days(2));
  EXPECT_FALSE(bp->last_done.has_value());
  EXPECT_FALSE(bp->next_due.has_value());
}

TEST_F(MonitoringScheduleTest, HomeCheckWithAnOldDateKeepsGoingAndIsNeverOverdue) {
  profile_.diagnosis.subtype = "diffuse cutaneous";
  profile_.monitoring = {MakeEntry("home bp", Date(2026, 1, 5), Weeks(1))};
  Compute();
  const ScheduledTest* bp = Find("home_blood_pressure");
  ASSERT_NE(bp, nullptr);
  EXPECT_EQ(bp->due, DueKind::kAtHome);
  EXPECT_EQ(bp->every, Weeks(1));  // the profile's interval still wins
  EXPECT_EQ(bp->last_done, Date(2026, 1, 5));
  EXPECT_FALSE(bp->overdue);
}

// ---- A narrower test folded into the broader one the rules ask for ----

TEST_F(MonitoringScheduleTest, PartOfTheTestARuleAsksForDatesThatRow) {
  // Methotrexate asks for "blood count, kidney and liver blood tests"; the
  // profile records the blood count: one row, dated by it, not two rows
  // with different dates.
  profile_.treatments = {MakeTreatment("methotrexate", Ym(2019, 4))};
  profile_.monitoring = {MakeEntry("FBC", Date(2026, 10, 6), Months(3))};
  profile_.monitoring[0].notes = "Same sample as the liver tests";
  Compute();
  EXPECT_EQ(Find("blood_count"), nullptr);
  const ScheduledTest* bloods = Find("blood_monitoring");
  ASSERT_NE(bloods, nullptr);
  EXPECT_EQ(bloods->last_done, Date(2026, 10, 6));
  EXPECT_EQ(bloods->last_done_of, "FBC");
  EXPECT_EQ(bloods->next_due, Date(2027, 1, 6));
  EXPECT_TRUE(bloods->listed_by_team);
  EXPECT_EQ(bloods->notes.back(), "FBC: same sample as the liver tests");
}

// A booked part names itself beside the broader row's booked date, as a
// dated part does beside its last-done date.
TEST_F(MonitoringScheduleTest, ABookedPartNamesItselfBesideTheBookedDate) {
  profile_.treatments = {MakeTreatment("methotrexate", Ym(2019, 4))};
  profile_.monitoring = {MakeEntry("FBC", Date(2026, 10, 6), Months(3))};
  profile_.monitoring[0].booked = Date(2026, 12, 20);
  Compute();
  const ScheduledTest* bloods = Find("blood_monitoring");
  ASSERT_NE(bloods, nullptr);
  EXPECT_TRUE(bloods->booked);
  EXPECT_EQ(bloods->next_due, Date(2026, 12, 20));
  EXPECT_EQ(bloods->booked_of, "FBC");
  profile_.monitoring[0].test = "blood monitoring";
  Compute();
  EXPECT_TRUE(Find("blood_monitoring")->booked_of.empty()) << "the row's own test";
}

TEST_F(MonitoringScheduleTest, PartKeepsItsOwnRowWhenTheRulesAskForItToo) {
  // Rituximab asks for the blood count itself: a genuinely different row.
  profile_.treatments = {MakeTreatment("rituximab", Ym(2025, 1)),
                         MakeTreatment("methotrexate", Ym(2019, 4))};
  profile_.monitoring = {MakeEntry("fbc", Date(2026, 9, 22), Months(6))};
  Compute();
  const ScheduledTest* count = Find("blood_count");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(count->last_done, Date(2026, 9, 22));
  EXPECT_TRUE(count->last_done_of.empty());
  const ScheduledTest* bloods = Find("blood_monitoring");
  ASSERT_NE(bloods, nullptr);
  EXPECT_FALSE(bloods->last_done.has_value());
}

TEST_F(MonitoringScheduleTest, PartWithoutTheBroaderTestKeepsItsOwnRow) {
  profile_.monitoring = {MakeEntry("fbc", Date(2026, 9, 22), Months(6))};
  Compute();
  ASSERT_NE(Find("blood_count"), nullptr);
  EXPECT_EQ(Find("blood_monitoring"), nullptr);
}

TEST_F(MonitoringScheduleTest, ANameWrittenAsAListOfOneTestsSpellingsIsThatTest) {
  profile_.treatments = {MakeTreatment("methotrexate", Ym(2019, 4))};
  profile_.monitoring = {MakeEntry("Bloods, blood tests and blood monitoring", Date(2026, 10, 6))};
  Compute();
  const ScheduledTest* bloods = Find("blood_monitoring");
  ASSERT_NE(bloods, nullptr);
  EXPECT_EQ(bloods->last_done, Date(2026, 10, 6));
  EXPECT_TRUE(bloods->last_done_of.empty());
  for (const ScheduledTest& test : schedule_.tests) EXPECT_FALSE(test.test_id.empty()) << test.name;
}

}  // namespace
}  // namespace careplan::plan
