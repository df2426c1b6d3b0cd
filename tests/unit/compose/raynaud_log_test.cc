#include "compose/raynaud_log.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::All;
using testing::Part;
using testing::PlanFixture;
using testing::Text;

TEST(RaynaudLogTest, NoPageWithoutTheNeed) {
  PlanFixture fixture;
  EXPECT_TRUE(Part(fixture.Build(), kRaynaudLogTitle).empty());
}

// Olena, Tuyết: "Keep a log of your Raynaud's attacks" (S32) gets the log it
// asks for, with the colour-change drawing beside it and page 1's own sign
// about a finger that stays cold as the one action.
TEST(RaynaudLogTest, TheLogHasTheDrawingTheSignStepsAndAGrid) {
  PlanFixture fixture;
  plan::WarningEntry fever;
  fever.text = "You have a temperature of 38.0 C or higher";
  fever.urgency = content::Urgency::kSameDay;
  plan::WarningEntry finger;
  finger.text = "A finger or toe stays white, blue or black and cold, even after you warm it";
  finger.urgency = content::Urgency::kEmergency;
  fixture.plan.warnings = {fever, finger};
  fixture.plan.emergency_number = "999";
  fixture.plan.needs_raynaud_log = true;
  const auto part = Part(fixture.Build(), kRaynaudLogTitle);
  ASSERT_FALSE(part.empty());
  EXPECT_EQ(All<doc::Chart>(part).size(), 1u);  // the colour-change drawing
  const auto boxes = All<doc::Callout>(part);
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_EQ(boxes[0]->title, "When to act: go to emergency care or call an ambulance (999) if…");
  ASSERT_EQ(boxes[0]->items.size(), 1u);
  EXPECT_EQ(Text(boxes[0]->items[0]), finger.text);
  const auto lists = All<doc::List>(part);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_TRUE(lists[0]->numbered);
  EXPECT_EQ(Text(lists[0]->items.back()), "Bring this page to every appointment.");
  const auto grids = All<doc::FormGrid>(part);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0]->header,
            (std::vector<std::string>{"Date", "What set it off", "Colour", "How long", "Notes"}));
  EXPECT_GT(grids[0]->blank_rows, 5);
}

// Without that sign in the plan the box still says what to do.
TEST(RaynaudLogTest, WithoutThePlansSignTheBoxGivesTheFallback) {
  PlanFixture fixture;
  fixture.plan.needs_raynaud_log = true;
  const auto part = Part(fixture.Build(), kRaynaudLogTitle);
  const auto boxes = All<doc::Callout>(part);
  ASSERT_EQ(boxes.size(), 1u);
  ASSERT_EQ(boxes[0]->paragraphs.size(), 1u);
  EXPECT_NE(Text(boxes[0]->paragraphs[0]).find("stays white, blue or black"), std::string::npos);
}

}  // namespace
}  // namespace careplan::compose
