// The "Looking after yourself" part's weekly tracker: its heading, how to
// use it and the "Week starting" line are always on the page its chart
// starts on, wherever the part's earlier items end.
#include "compose/checklist_pages.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "layout/layout.h"
#include "layout/page_style.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::PlanFixture;
using testing::Text;

// The page (0-based) of the first text item that starts with `text`, or -1.
int PageOf(const layout::PagedDocument& document, const std::string& text) {
  for (size_t p = 0; p < document.pages.size(); ++p) {
    for (const layout::PlacedItem& item : document.pages[p].items) {
      const auto* t = std::get_if<layout::TextItem>(&item);
      if (t != nullptr && t->text.rfind(text, 0) == 0) return static_cast<int>(p);
    }
  }
  return -1;
}

TEST(ChecklistPagesTest, TrackerIntroIsKeptWithItsChart) {
  PlanFixture fixture;
  for (int i = 1; i <= 5; ++i) {
    plan::ChecklistEntry entry;
    entry.text = "Daily habit number " + std::to_string(i);
    entry.daily = true;
    fixture.plan.checklist.push_back(entry);
  }
  std::vector<doc::Block> part;
  AppendWeekForm(fixture.plan, fixture.Measure(), &part);
  const layout::PageStyle style = layout::PageStyle::Make(layout::PaperSize::kA4, false);
  // Push the tracker down a line at a time, across the foot of page 1.
  for (int filler = 0; filler < 40; ++filler) {
    doc::Document document;
    document.blocks.push_back(doc::Paragraph{doc::Plain("Start")});
    for (int i = 0; i < filler; ++i) document.blocks.push_back(doc::Paragraph{doc::Plain("x")});
    document.blocks.insert(document.blocks.end(), part.begin(), part.end());
    const layout::PagedDocument out = layout::LayoutDocument(document, fixture.metrics, style);
    const int chart = PageOf(out, "Daily habit");
    ASSERT_GE(chart, 0);
    EXPECT_EQ(PageOf(out, "My week"), chart) << filler << " lines before";
    EXPECT_EQ(PageOf(out, "How to use it"), chart) << filler << " lines before";
    EXPECT_EQ(PageOf(out, "Week starting"), chart) << filler << " lines before";
  }
}

// A habit with a drawing of how to do it (the hand stretches) has it on the
// My week page, once, under the grid where it is ticked off.
TEST(ChecklistPagesTest, TheWeekPageDrawsHowToDoAHabitOnceAboveTheGrid) {
  PlanFixture fixture;
  for (int i = 1; i <= 3; ++i) {
    plan::ChecklistEntry entry;
    entry.text = "Daily habit number " + std::to_string(i);
    entry.daily = true;
    if (i > 1) entry.picture = doc::PictureKind::kHandStretches;
    fixture.plan.checklist.push_back(entry);
  }
  std::vector<doc::Block> part;
  AppendWeekForm(fixture.plan, fixture.Measure(), &part);
  int pictures = 0;
  bool grid_seen = false;
  for (const doc::Block& block : part) {
    if (const auto* picture = std::get_if<doc::Picture>(&block)) {
      EXPECT_EQ(picture->kind, doc::PictureKind::kHandStretches);
      EXPECT_TRUE(picture->optional) << "left out rather than alone on a page";
      EXPECT_TRUE(grid_seen) << "the drawing comes after the grid";
      ++pictures;
    }
    grid_seen = grid_seen || std::holds_alternative<doc::FormGrid>(block);
  }
  EXPECT_EQ(pictures, 1);
  EXPECT_TRUE(grid_seen);

  fixture.plan.checklist.erase(fixture.plan.checklist.begin() + 1, fixture.plan.checklist.end());
  part.clear();
  AppendWeekForm(fixture.plan, fixture.Measure(), &part);
  for (const doc::Block& block : part) EXPECT_FALSE(std::holds_alternative<doc::Picture>(block));
}

// A short list is one people use: this person's own items first, then the
// ones for everyone, never more than kSelfCareItems; own goals always.
TEST(ChecklistPagesTest, SelfCareKeepsThePersonsOwnItemsFirstAndStaysShort) {
  PlanFixture fixture;
  for (int i = 1; i <= 6; ++i) {
    plan::ChecklistEntry general;
    general.text = "General item " + std::to_string(i);
    general.reason.text = "everyone with scleroderma";
    fixture.plan.checklist.push_back(general);
  }
  for (int i = 1; i <= 4; ++i) {
    plan::ChecklistEntry own;
    own.text = "Lung item " + std::to_string(i);
    own.reason.text = "organ: lungs";
    fixture.plan.checklist.push_back(own);
  }
  plan::ChecklistEntry goal;
  goal.text = "Walk every day";
  goal.personal_goal = true;
  fixture.plan.checklist.push_back(goal);
  std::vector<doc::Block> part;
  AppendSelfCare(fixture.plan, &part);
  const auto lists = testing::All<doc::Checklist>(part);
  ASSERT_EQ(lists.size(), 2u);
  ASSERT_EQ(lists[0]->items.size(), kSelfCareItems);
  EXPECT_EQ(Text(lists[0]->items[0].text), "Lung item 1");
  EXPECT_EQ(Text(lists[0]->items[3].text), "Lung item 4");
  EXPECT_EQ(Text(lists[0]->items[4].text), "General item 1");
  ASSERT_EQ(lists[1]->items.size(), 1u);
  EXPECT_EQ(Text(lists[1]->items[0].text), "Walk every day");
}

// My week has a row for each daily habit "What I can do" shows, then the
// person's own goals: none for an item the short list left out.
TEST(ChecklistPagesTest, TheWeekHasOnlyTheHabitsPartOneNames) {
  PlanFixture fixture;
  for (int i = 1; i <= 8; ++i) {
    plan::ChecklistEntry item;
    item.text = "Habit " + std::to_string(i);
    item.daily = i != 2;
    fixture.plan.checklist.push_back(item);
  }
  plan::ChecklistEntry goal;
  goal.text = "Walk every day";
  goal.personal_goal = true;
  goal.daily = true;
  fixture.plan.checklist.push_back(goal);
  std::vector<doc::Block> part;
  AppendWeekForm(fixture.plan, fixture.Measure(), &part);
  const auto grids = testing::All<doc::FormGrid>(part);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0]->first_column,
            (std::vector<std::string>{"Habit 1", "Habit 3", "Habit 4", "Habit 5", "Habit 6",
                                      "Walk every day"}));
}

}  // namespace
}  // namespace careplan::compose
