#include "plan/medicine_phase.h"

#include <gtest/gtest.h>

#include "content/person_facts.h"
#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

class MedicinePhaseTest : public ::testing::Test {
 protected:
  std::vector<ActiveRule> Active(const Date& started) {
    return ActiveMedicineRules(*knowledge_.MedicineById("methotrexate"), started, plan_date_,
                               facts_);
  }

  content::Knowledge knowledge_ = MakeKnowledge();
  content::PersonFacts facts_;
  Date plan_date_{2026, 11, 24};
};

TEST_F(MedicinePhaseTest, ThreeWeeksAfterStartIsTheFortnightlyStep) {
  const std::vector<ActiveRule> active = Active(Date(2026, 11, 3));
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].stage, MedicineStage::kInitial);
  EXPECT_EQ(active[0].step, 1);
  EXPECT_EQ(active[0].rule->every, Weeks(2));
  EXPECT_EQ(active[0].step_end, Date(2026, 12, 15));
  EXPECT_EQ(active[0].then, Months(1));
  EXPECT_EQ(active[0].stage_text,
            "first months (every 2 weeks until about 15 Dec 2026, then monthly)");
}

TEST_F(MedicinePhaseTest, FourMonthsAfterStartIsTheMonthlyStep) {
  const std::vector<ActiveRule> active = Active(Date(2026, 7, 24));
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].stage, MedicineStage::kInitial);
  EXPECT_EQ(active[0].step, 2);
  EXPECT_EQ(active[0].rule->every, Months(1));
  // 24 Jul + 6 weeks = 4 Sep; + 3 months = 4 Dec.
  EXPECT_EQ(active[0].step_end, Date(2026, 12, 4));
  EXPECT_EQ(active[0].then, Months(3));
  EXPECT_EQ(active[0].stage_text,
            "first months (monthly until about 4 Dec 2026, then every 3 months)");
}

TEST_F(MedicinePhaseTest, OneYearAfterStartIsMaintenance) {
  const std::vector<ActiveRule> active = Active(Date(2025, 11, 24));
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].stage, MedicineStage::kMaintenance);
  EXPECT_EQ(active[0].rule->every, Months(3));
  EXPECT_EQ(active[0].stage_text, "maintenance");
}

TEST_F(MedicinePhaseTest, StartKnownOnlyToTheYearCountsFromItsFirstDay) {
  const std::vector<ActiveRule> active = Active(Y(2019).FirstDay());
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].stage, MedicineStage::kMaintenance);
}

TEST_F(MedicinePhaseTest, StepEndingOnThePlanDateHasEnded) {
  // 13 Oct + 6 weeks = 24 Nov, the plan date: the monthly step has begun.
  const std::vector<ActiveRule> active = Active(Date(2026, 10, 13));
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].step, 2);
  // One day later the first step is still running.
  const std::vector<ActiveRule> earlier = Active(Date(2026, 10, 14));
  ASSERT_EQ(earlier.size(), 1u);
  EXPECT_EQ(earlier[0].step, 1);
}

TEST_F(MedicinePhaseTest, StartedOnThePlanDateIsTheFirstStep) {
  const std::vector<ActiveRule> active = Active(plan_date_);
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].step, 1);
}

TEST_F(MedicinePhaseTest, BaselineRulesAreNeverActive) {
  for (const ActiveRule& active : Active(Date(2026, 11, 20))) {
    EXPECT_NE(active.rule->phase, Phase::kBaseline);
  }
}

TEST_F(MedicinePhaseTest, EndedChainWithoutMaintenanceGivesNothing) {
  content::MedicineInfo medicine;
  medicine.id = "x";
  medicine.monitoring = {Rule("lipid_panel", Phase::kInitial, Weeks(4), Weeks(4)),
                         Rule("blood_count", Phase::kOngoing, {}, {}, "Each course.")};
  const std::vector<ActiveRule> active =
      ActiveMedicineRules(medicine, Date(2026, 1, 1), plan_date_, facts_);
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].rule->test, "blood_count");
  EXPECT_EQ(active[0].stage, MedicineStage::kOngoing);
  EXPECT_EQ(active[0].stage_text, "");
}

TEST_F(MedicinePhaseTest, StepsWhoseConditionIsFalseAreSkipped) {
  content::MedicineInfo medicine;
  medicine.id = "x";
  medicine.monitoring = {Rule("blood_count", Phase::kInitial, Weeks(1), Weeks(2)),
                         Rule("blood_count", Phase::kInitial, Weeks(2), Months(6)),
                         Rule("blood_count", Phase::kMaintenance, Months(3))};
  medicine.monitoring[0].when = OrganIs("lungs");  // false: no organs
  // Without the first step, 3 weeks in is inside the second step.
  const std::vector<ActiveRule> active =
      ActiveMedicineRules(medicine, Date(2026, 11, 3), plan_date_, facts_);
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].rule->every, Weeks(2));
  EXPECT_EQ(active[0].step, 1);
  EXPECT_EQ(active[0].step_end, Date(2027, 5, 3));
}

}  // namespace
}  // namespace careplan::plan
