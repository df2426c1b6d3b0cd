#include "plan/home_monitoring_plan.h"

#include <gtest/gtest.h>

namespace careplan::plan {
namespace {

// A plan with the rules' emergency blood-pressure sign and a same-day fever
// sign, and a profile whose team gives its own blood-pressure level.
struct Fixture {
  profile::Profile profile;
  CarePlan plan;

  explicit Fixture(const std::string& action) {
    profile.emergency_number = "999";
    profile::HomeMonitoring home;
    home.measure = profile::HomeMeasure::kBloodPressure;
    home.act_at = "140/90";
    home.action = action;
    profile.home_monitoring.push_back(home);
    WarningEntry rules_sign;
    rules_sign.text = "Your blood pressure is 140/90 or higher, or 20 points above your usual";
    rules_sign.urgency = content::Urgency::kEmergency;
    WarningEntry fever;
    fever.text = "You have a temperature of 38.0 C or higher";
    fever.urgency = content::Urgency::kSameDay;
    plan.warnings = {rules_sign, fever};
    ApplyHomeMonitoring(profile, &plan);
  }

  const WarningEntry* BloodPressureSign() const {
    for (const WarningEntry& warning : plan.warnings) {
      if (warning.text.find("blood pressure") != std::string::npos) return &warning;
    }
    return nullptr;
  }
};

TEST(HomeMonitoringPlanTest, TeamsSameDayActionIsNotPrintedAmongTheAmbulanceSigns) {
  const Fixture fixture("Check again after 15 minutes. If still high, call the nurse line today.");
  const WarningEntry* sign = fixture.BloodPressureSign();
  ASSERT_NE(sign, nullptr);
  EXPECT_EQ(sign->urgency, content::Urgency::kSameDay);
  EXPECT_NE(sign->text.find("call the nurse line today"), std::string::npos) << sign->text;
  EXPECT_EQ(sign->text.find("20 points"), std::string::npos) << "the rules' advice gave way";
}

TEST(HomeMonitoringPlanTest, TeamsEmergencyActionStaysAnEmergencySignAndComesFirst) {
  const Fixture fixture("If it is still this high, call 999.");
  ASSERT_NE(fixture.BloodPressureSign(), nullptr);
  EXPECT_EQ(fixture.BloodPressureSign()->urgency, content::Urgency::kEmergency);
  EXPECT_EQ(fixture.plan.warnings.front().urgency, content::Urgency::kEmergency);
}

TEST(HomeMonitoringPlanTest, WithoutAnActionTheRulesUrgencyStays) {
  const Fixture fixture("");
  ASSERT_NE(fixture.BloodPressureSign(), nullptr);
  EXPECT_EQ(fixture.BloodPressureSign()->urgency, content::Urgency::kEmergency);
}

// Dimitris's team gives a weight level; the rules have no weight sign. The
// team's level is a sign of its own (page 1, the weight log), same day.
TEST(HomeMonitoringPlanTest, ALevelTheRulesHaveNoSignForIsAddedAsTheTeamsOwn) {
  profile::Profile profile;
  profile::HomeMonitoring weight;
  weight.measure = profile::HomeMeasure::kWeight;
  weight.act_at = "more than 2 kg in 3 days";
  weight.action = "Call the PH service the same day.";
  profile.home_monitoring.push_back(weight);
  CarePlan plan;
  WarningEntry fever;
  fever.text = "You have a temperature of 38.0 C or higher";
  fever.urgency = content::Urgency::kSameDay;
  plan.warnings = {fever};
  ApplyHomeMonitoring(profile, &plan);
  ASSERT_EQ(plan.warnings.size(), 2u);
  EXPECT_EQ(plan.warnings[1].text,
            "Your weight changes by more than 2 kg in 3 days. Call the PH service the same day.");
  EXPECT_EQ(plan.warnings[1].urgency, content::Urgency::kSameDay);
  EXPECT_EQ(plan.warnings[1].reason.text, "your care team's own level");
}

}  // namespace
}  // namespace careplan::plan
