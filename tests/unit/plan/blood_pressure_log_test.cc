#include "plan/blood_pressure_log.h"

#include <gtest/gtest.h>

#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

class BloodPressureLogTest : public ::testing::Test {
 protected:
  BloodPressureLogDecision Decide() {
    return DecideBloodPressureLog(profile_, knowledge_,
                                  content::MakePersonFacts(profile_, knowledge_), schedule_);
  }

  content::Knowledge knowledge_ = MakeKnowledge();
  profile::Profile profile_ = MakeProfile();  // plan date 24 Nov 2026
  MonitoringSchedule schedule_;
};

TEST_F(BloodPressureLogTest, NotNeededWithoutARiskFactor) {
  profile_.diagnosis.subtype = "limited cutaneous";
  profile_.diagnosis.organ_involvement = {"lungs"};
  const BloodPressureLogDecision decision = Decide();
  EXPECT_FALSE(decision.needed);
  EXPECT_TRUE(decision.reason.text.empty());
}

TEST_F(BloodPressureLogTest, KidneyInvolvement) {
  profile_.diagnosis.organ_involvement = {"kidneys"};
  const BloodPressureLogDecision decision = Decide();
  EXPECT_TRUE(decision.needed);
  EXPECT_EQ(decision.reason.text, "kidney involvement");
  EXPECT_EQ(decision.reason.sources, (std::vector<std::string>{"S11", "S12", "S13"}));
}

TEST_F(BloodPressureLogTest, EarlyDiffuseDisease) {
  profile_.diagnosis.subtype = "diffuse cutaneous";
  profile_.diagnosis.diagnosed_on = Ym(2024, 3);
  EXPECT_TRUE(Decide().needed);
  EXPECT_EQ(Decide().reason.text,
            "diffuse cutaneous scleroderma, diagnosed less than 5 years ago (Mar 2024)");

  profile_.diagnosis.diagnosed_on = Ym(2019, 3);
  EXPECT_FALSE(Decide().needed);
}

TEST_F(BloodPressureLogTest, PartialDiagnosisDateCountsFromItsLastDay) {
  profile_.diagnosis.subtype = "diffuse cutaneous";
  profile_.diagnosis.diagnosed_on = Y(2021);  // may have been Dec 2021: under 5 years
  EXPECT_TRUE(Decide().needed);
  profile_.diagnosis.diagnosed_on = Ymd(2021, 11, 24);  // exactly 5 years
  EXPECT_FALSE(Decide().needed);
  profile_.diagnosis.diagnosed_on = Ymd(2021, 11, 25);
  EXPECT_TRUE(Decide().needed);
}

TEST_F(BloodPressureLogTest, DiffuseDiseaseWithoutADateIsTreatedAsEarly) {
  profile_.diagnosis.subtype = "diffuse cutaneous";
  EXPECT_TRUE(Decide().needed);
}

TEST_F(BloodPressureLogTest, CurrentSteroidsButNotPastOnes) {
  profile_.treatments = {MakeTreatment("prednisolone", Y(2018), Y(2019))};
  EXPECT_FALSE(Decide().needed);
  profile_.treatments.push_back(MakeTreatment("Prednisone", Ym(2026, 10)));
  EXPECT_TRUE(Decide().needed);
  EXPECT_EQ(Decide().reason.text, "taking steroids (glucocorticoids)");
}

TEST_F(BloodPressureLogTest, EveryTriggerIsNamed) {
  profile_.diagnosis.organ_involvement = {"kidneys"};
  profile_.diagnosis.subtype = "diffuse cutaneous";
  profile_.diagnosis.diagnosed_on = Y(2025);
  profile_.treatments = {MakeTreatment("prednisolone", Ym(2026, 10))};
  EXPECT_EQ(Decide().reason.text,
            "kidney involvement; diffuse cutaneous scleroderma, diagnosed less than 5 years ago "
            "(2025); taking steroids (glucocorticoids)");
}

TEST_F(BloodPressureLogTest, HomeBloodPressureInTheScheduleNeedsALog) {
  EXPECT_FALSE(Decide().needed);
  ScheduledTest home_bp;
  home_bp.test_id = "home_blood_pressure";
  schedule_.tests.push_back(home_bp);
  const BloodPressureLogDecision decision = Decide();
  EXPECT_TRUE(decision.needed);
  EXPECT_EQ(decision.reason.text, "home blood pressure checks are in your monitoring schedule");
}

}  // namespace
}  // namespace careplan::plan
