// Page 1 answers "who should I call at night and at weekends?" whenever the
// plan has an out-of-hours route, so the questions ask it only when it has
// none: a question already answered takes lines a patient could use.
#include "plan/contact_routes.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "plan/questions.h"

namespace careplan::plan {
namespace {

bool Asks(const CarePlan& plan, const std::string& question) {
  return std::find(plan.question_prompts.begin(), plan.question_prompts.end(), question) !=
         plan.question_prompts.end();
}

CarePlan PlanWithGeneralQuestions(const profile::Profile& profile) {
  CarePlan plan;
  plan.profile = &profile;
  plan.question_prompts = BuildQuestionPrompts(Timeline{}, MonitoringSchedule{});
  return plan;
}

TEST(ContactRoutesTest, TheOutOfHoursQuestionGoesWhenACareTeamEntryAnswersOutOfHours) {
  profile::Profile profile;
  profile::CareTeamMember night;
  night.role = "Rheumatology on call";
  night.phone = "020 7946 0000";
  night.out_of_hours = true;
  profile.care_team = {night};
  CarePlan plan = PlanWithGeneralQuestions(profile);
  ASSERT_TRUE(Asks(plan, kOutOfHoursQuestion));
  ApplyClinicDefaults(content::Theme{}, &plan);
  EXPECT_FALSE(Asks(plan, kOutOfHoursQuestion));
  EXPECT_EQ(plan.question_prompts.size(), 2u);
}

TEST(ContactRoutesTest, TheOutOfHoursQuestionGoesWhenTheClinicGivesALine) {
  profile::Profile profile;
  CarePlan plan = PlanWithGeneralQuestions(profile);
  content::Theme theme;
  theme.out_of_hours = "NHS 111";
  ApplyClinicDefaults(theme, &plan);
  EXPECT_FALSE(Asks(plan, kOutOfHoursQuestion));
}

TEST(ContactRoutesTest, TheOutOfHoursQuestionStaysWhenThePlanKnowsNoRoute) {
  profile::Profile profile;
  CarePlan plan = PlanWithGeneralQuestions(profile);
  ApplyClinicDefaults(content::Theme{}, &plan);
  EXPECT_TRUE(Asks(plan, kOutOfHoursQuestion));
}

}  // namespace
}  // namespace careplan::plan
