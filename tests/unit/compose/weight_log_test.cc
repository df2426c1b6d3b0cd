#include "compose/weight_log.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::All;
using testing::Part;
using testing::PlanFixture;
using testing::Text;

std::vector<std::string> ParagraphTexts(const std::vector<doc::Block>& part) {
  std::vector<std::string> texts;
  for (const doc::Paragraph* paragraph : All<doc::Paragraph>(part))
    texts.push_back(Text(paragraph->text));
  return texts;
}

bool Has(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

TEST(WeightLogTest, NoPageWithoutTheNeed) {
  PlanFixture fixture;
  EXPECT_TRUE(Part(fixture.Build(), kWeightLogTitle).empty());
}

// Dimitris: the team's level, interval and usual weight are the page's.
TEST(WeightLogTest, TheCareTeamsEntryGivesTheLevelTheIntervalAndTheUsualWeight) {
  PlanFixture fixture;
  profile::HomeMonitoring weight;
  weight.measure = profile::HomeMeasure::kWeight;
  weight.every = Interval{1, IntervalUnit::kDays};
  weight.usual = "72 kg";
  weight.act_at = "more than 2 kg in 3 days";
  weight.action = "Call the PH service the same day.";
  fixture.profile.home_monitoring.push_back(weight);
  fixture.plan.needs_weight_log = true;
  const auto part = Part(fixture.Build(), kWeightLogTitle);
  const std::vector<std::string> paragraphs = ParagraphTexts(part);
  EXPECT_TRUE(Has(paragraphs, "Why: your care team asked you to check your weight at home."));
  EXPECT_TRUE(Has(paragraphs, "My usual weight: 72 kg (from my care team)."));
  const auto boxes = All<doc::Callout>(part);
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_EQ(boxes[0]->title, "When to act (your care team's level)");
  ASSERT_EQ(boxes[0]->items.size(), 1u);
  EXPECT_EQ(Text(boxes[0]->items[0]),
            "Your weight changes by more than 2 kg in 3 days. Call the PH service the same day.");
  const auto lists = All<doc::List>(part);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_TRUE(lists[0]->numbered);
  EXPECT_EQ(Text(lists[0]->items[0]), "Weigh yourself daily.");
  const auto grids = All<doc::FormGrid>(part);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0]->header, (std::vector<std::string>{"Date", "Time", "Weight", "Notes"}));
}

// Grace: the gut checklist item asks for the log; the page gives the sign
// page 1 prints about weight, and a box to write the usual weight in.
TEST(WeightLogTest, AChecklistItemAsksForItAndThePlansOwnSignSaysWhenToAct) {
  PlanFixture fixture;
  plan::ChecklistEntry item;
  item.text = "Weigh yourself regularly and write it down.";
  item.log = content::ItemLog::kWeight;
  fixture.plan.checklist.push_back(item);
  plan::WarningEntry sign;
  sign.text = "You are losing weight without trying";
  sign.urgency = content::Urgency::kSameDay;
  fixture.plan.warnings.push_back(sign);
  fixture.plan.needs_weight_log = true;
  const auto part = Part(fixture.Build(), kWeightLogTitle);
  const std::vector<std::string> paragraphs = ParagraphTexts(part);
  EXPECT_TRUE(Has(paragraphs, "Why: Weigh yourself regularly and write it down."));
  EXPECT_TRUE(Has(paragraphs, "My usual weight: ________ (ask your care team and write it here)."));
  const auto boxes = All<doc::Callout>(part);
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_EQ(boxes[0]->title, "When to act: call your care team the same day if…");
  EXPECT_EQ(Text(boxes[0]->items[0]), "You are losing weight without trying");
  const auto lists = All<doc::List>(part);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(Text(lists[0]->items[0]), "Weigh yourself as often as your care team says.");
}

}  // namespace
}  // namespace careplan::compose
