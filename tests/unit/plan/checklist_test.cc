#include "plan/checklist.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

std::vector<ChecklistEntry> Checklist(const profile::Profile& profile,
                                      const content::Knowledge& knowledge) {
  return BuildChecklist(profile, knowledge, content::MakePersonFacts(profile, knowledge));
}

std::vector<std::string> Ids(const std::vector<ChecklistEntry>& checklist) {
  std::vector<std::string> ids;
  for (const ChecklistEntry& entry : checklist) ids.push_back(entry.id);
  return ids;
}

const ChecklistEntry* FindItem(const std::vector<ChecklistEntry>& checklist,
                               const std::string& id) {
  auto found = std::find_if(checklist.begin(), checklist.end(),
                            [&](const ChecklistEntry& entry) { return entry.id == id; });
  return found == checklist.end() ? nullptr : &*found;
}

TEST(ChecklistTest, CurrentSmokerIsAskedToStop) {
  const content::Knowledge knowledge = MakeKnowledge();
  profile::Profile profile = MakeProfile();
  profile.lifestyle.smoking = profile::Smoking::kCurrent;
  const std::vector<ChecklistEntry> checklist = Checklist(profile, knowledge);
  const ChecklistEntry* stop = FindItem(checklist, "stop_smoking");
  ASSERT_NE(stop, nullptr);
  EXPECT_TRUE(stop->daily);
  EXPECT_FALSE(stop->personal_goal);
  EXPECT_EQ(stop->text, "Text of stop_smoking.");
  EXPECT_EQ(stop->reason.text, "smoking: current");
  EXPECT_EQ(stop->reason.sources, std::vector<std::string>{"S31"});
  EXPECT_EQ(FindItem(checklist, "stay_smoke_free"), nullptr);
}

// Grace's team gives a weight level: the checklist points to the weight log's
// "When to act" box (the team's level) instead of the generic "tell your team
// if you are losing weight", with the team's interval.
TEST(ChecklistTest, AWeightItemSpeaksWithTheTeamsLevelWhenThereIsOne) {
  content::Knowledge knowledge = MakeKnowledge();
  content::LifestyleItem weigh;
  weigh.id = "weigh_yourself";
  weigh.text = "Weigh yourself regularly.";
  weigh.log = content::ItemLog::kWeight;
  weigh.with_team_level = "Weigh yourself {every} and write it in your weight log.";
  weigh.sources = {"S16"};
  knowledge.lifestyle.push_back(weigh);
  profile::Profile profile = MakeProfile();
  EXPECT_EQ(FindItem(Checklist(profile, knowledge), "weigh_yourself")->text,
            "Weigh yourself regularly.");

  profile::HomeMonitoring weight;
  weight.measure = profile::HomeMeasure::kWeight;
  weight.every = Weeks(1);
  profile.home_monitoring.push_back(weight);  // an interval but no level
  EXPECT_EQ(FindItem(Checklist(profile, knowledge), "weigh_yourself")->text,
            "Weigh yourself regularly.");

  profile.home_monitoring.back().act_at = "more than 2 kg in a month";
  const std::vector<ChecklistEntry> checklist = Checklist(profile, knowledge);
  const ChecklistEntry* item = FindItem(checklist, "weigh_yourself");
  EXPECT_EQ(item->text, "Weigh yourself weekly and write it in your weight log.");
  EXPECT_EQ(item->log, content::ItemLog::kWeight);
  EXPECT_EQ(item->reason.text, "everyone with scleroderma; your care team's weight level");

  profile.home_monitoring.back().every.reset();
  EXPECT_EQ(FindItem(Checklist(profile, knowledge), "weigh_yourself")->text,
            "Weigh yourself as often as your care team says and write it in your weight log.");
}

TEST(ChecklistTest, OrganListsNameTheOrganButDoNotAddItems) {
  const content::Knowledge knowledge = MakeKnowledge();
  profile::Profile profile = MakeProfile();
  profile.lifestyle.smoking = profile::Smoking::kNever;
  profile.diagnosis.organ_involvement = {"lungs", "raynaud"};
  std::vector<ChecklistEntry> checklist = Checklist(profile, knowledge);
  // Lungs and Raynaud's list stop_smoking, but this person does not smoke.
  EXPECT_EQ(FindItem(checklist, "stop_smoking"), nullptr);
  ASSERT_NE(FindItem(checklist, "keep_warm"), nullptr);
  EXPECT_EQ(FindItem(checklist, "keep_warm")->reason.text,
            "organ: raynaud (care of: Raynaud's phenomenon)");

  profile.lifestyle.smoking = profile::Smoking::kCurrent;
  checklist = Checklist(profile, knowledge);
  ASSERT_NE(FindItem(checklist, "stop_smoking"), nullptr);
  EXPECT_EQ(FindItem(checklist, "stop_smoking")->reason.text,
            "smoking: current (care of: lungs, Raynaud's phenomenon)");
}

TEST(ChecklistTest, ItemsKeepTheRulesOrderAndAppearOnce) {
  const content::Knowledge knowledge = MakeKnowledge();
  profile::Profile profile = MakeProfile();
  profile.lifestyle.smoking = profile::Smoking::kFormer;
  profile.diagnosis.organ_involvement = {"digital_ulcers", "lungs", "raynaud", "kidneys"};
  EXPECT_EQ(Ids(Checklist(profile, knowledge)),
            (std::vector<std::string>{"stay_smoke_free", "keep_warm", "stay_active_lungs",
                                      "home_bp_log", "emotional_support"}));
}

TEST(ChecklistTest, EveryoneGetsTheAlwaysItems) {
  const content::Knowledge knowledge = MakeKnowledge();
  const std::vector<ChecklistEntry> checklist = Checklist(MakeProfile(), knowledge);
  EXPECT_EQ(Ids(checklist), std::vector<std::string>{"emotional_support"});
  EXPECT_EQ(checklist[0].reason.text, "everyone with scleroderma");
}

TEST(ChecklistTest, PersonalGoalsComeLastAsWritten) {
  const content::Knowledge knowledge = MakeKnowledge();
  profile::Profile profile = MakeProfile();
  profile.lifestyle.goals = {"Walk 20 minutes on most days", "Swim twice a week"};
  const std::vector<ChecklistEntry> checklist = Checklist(profile, knowledge);
  ASSERT_EQ(checklist.size(), 3u);
  EXPECT_EQ(checklist[1].text, "Walk 20 minutes on most days");
  EXPECT_TRUE(checklist[1].personal_goal);
  EXPECT_TRUE(checklist[1].daily);
  EXPECT_TRUE(checklist[1].id.empty());
  EXPECT_EQ(checklist[1].reason.text, "your own goal");
  EXPECT_EQ(checklist[2].text, "Swim twice a week");
  EXPECT_FALSE(checklist[2].daily);
}

TEST(ChecklistTest, DailyGoalsSayItInWords) {
  EXPECT_TRUE(IsDailyGoal("Stretch my hands DAILY"));
  EXPECT_TRUE(IsDailyGoal("Moisturise every  day"));
  EXPECT_TRUE(IsDailyGoal("Do mouth exercises each day"));
  EXPECT_TRUE(IsDailyGoal("Check my blood pressure every morning"));
  EXPECT_TRUE(IsDailyGoal("My everyday walk"));
  EXPECT_TRUE(IsDailyGoal("Moisturise hands and arms twice a day"));
  EXPECT_TRUE(IsDailyGoal("Drink 2 litres per day."));
  EXPECT_FALSE(IsDailyGoal("Walk twice a week"));
  EXPECT_FALSE(IsDailyGoal("Rest one day a week"));
  EXPECT_FALSE(IsDailyGoal("Read about daylight saving"));
  EXPECT_FALSE(IsDailyGoal("Join a support group"));
}

}  // namespace
}  // namespace careplan::plan
