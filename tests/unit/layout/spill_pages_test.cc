// The paginator's rules against near-empty pages (paginator.h): a table split
// leaves at least two body rows on each side; a run of boxes before a forced
// page break (or the end) whose last page would be short is pulled back onto
// one page fewer by tightening its gaps, or loses spare writing space; and
// neither rule ever breaks the rules that keep things together. Small page of
// ten 18 pt lines (SmallPage), fixed metrics.
#include <gtest/gtest.h>

#include <string>

#include "layout/layout.h"
#include "layout/paginator.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"
#include "unit/layout/small_page_test_base.h"

namespace careplan::layout {
namespace {

using testing::FindAll;
using testing::FindOne;
using testing::ItemsOf;
using testing::Lines;

class SpillPagesTest : public testing::SmallPageTest {
 protected:
  void AddNextPart() {
    doc::Heading part{1, "Next"};
    part.page_break_before = true;
    Add(part);
    Add(doc::Paragraph{doc::Plain("after")});
  }
  // A table with a header and rows "r1".."rN", each row one line (24 pt with
  // its padding).
  static doc::Table Rows(int count) {
    doc::Table table;
    table.header = {doc::Plain("Who"), doc::Plain("Phone")};
    for (int i = 1; i <= count; ++i) {
      table.rows.push_back({doc::Plain("r" + std::to_string(i)), doc::Plain("0")});
    }
    return table;
  }
};

TEST_F(SpillPagesTest, TableNeverStartsWithOneRowAtTheFootOfAPage) {
  Fill(7);  // 54 pt left: the header and one row (48 pt) would fit, not two
  Add(Rows(5));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "f7").page, 0);
  EXPECT_EQ(FindOne(out, "Who").page, 1);
  EXPECT_EQ(FindOne(out, "r1").page, 1);
  EXPECT_EQ(FindOne(out, "r2").page, 1);
  EXPECT_TRUE(FindAll(out, "(continued)").empty());
}

TEST_F(SpillPagesTest, TableNeverEndsWithOneRowOnAPageOfItsOwn) {
  // The header and six rows fill the page (168 of 180 pt); the seventh row
  // takes the sixth with it, under the repeated header.
  Add(Rows(7));
  Fill(3);
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "r5").page, 0);
  EXPECT_EQ(FindOne(out, "r6").page, 1);
  EXPECT_EQ(FindOne(out, "r7").page, 1);
  EXPECT_EQ(FindOne(out, "(continued)").page, 1);
  ASSERT_EQ(FindAll(out, "Who").size(), 2u);
  EXPECT_EQ(FindAll(out, "Who")[1].page, 1);
}

TEST_F(SpillPagesTest, TableOfThreeRowsIsNeverSplit) {
  Fill(6);  // 72 pt left: the header and two rows fit, not all three
  Add(Rows(3));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Who").page, 1);
  EXPECT_EQ(FindOne(out, "r3").page, 1);
}

TEST_F(SpillPagesTest, ShortLastPageOfARunIsPulledBackByTighterGaps) {
  style_.paragraph_gap = 4;
  // Nine lines with eight 4 pt gaps are 194 pt: f9 would be alone on page
  // 2. At half gaps they are 178 pt and fit.
  Fill(9);
  AddNextPart();
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(FindOne(out, "f9").page, 0);
  EXPECT_NEAR(FindOne(out, "f2").item.baseline_y - FindOne(out, "f1").item.baseline_y, 18 + 2,
              1e-9);
  // The next run keeps its own full gaps and starts its own page.
  EXPECT_EQ(FindOne(out, "Next").page, 1);
  EXPECT_EQ(FindOne(out, "after").page, 1);
}

// A last page up to half full is saved by tighter gaps too (a large-print
// Part 1 whose last page held a third of a page); it is not balanced, since
// it is not short.
TEST_F(SpillPagesTest, ALastPageUpToHalfFullIsPulledBackByTighterGaps) {
  style_.paragraph_gap = 28.8;
  // Six lines with five 28.8 pt gaps are 252 pt: four fit page 1, and f5
  // and f6 fill 64.8 pt (36 %) of page 2. At half gaps they are 180 pt.
  Fill(6);
  AddNextPart();
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(FindOne(out, "f6").page, 0);
  EXPECT_EQ(FindOne(out, "Next").page, 1);
}

// Over half full, the last page keeps its lines and the gaps stay full.
TEST_F(SpillPagesTest, ALastPageOverHalfFullIsLeftAsItIs) {
  style_.paragraph_gap = 28.8;
  Fill(7);  // f5 to f7 fill 111.6 pt (62 %) of page 2
  AddNextPart();
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(FindOne(out, "f5").page, 1);
  EXPECT_NEAR(FindOne(out, "f2").item.baseline_y - FindOne(out, "f1").item.baseline_y, 18 + 28.8,
              1e-9);
}

TEST_F(SpillPagesTest, GapsAreTightenedOnlyAsMuchAsNeeded) {
  style_.paragraph_gap = 2.4;
  // Nine lines with full gaps are 181.2 pt; with 0.9 of them, 179.28.
  Fill(9);
  AddNextPart();
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_NEAR(FindOne(out, "f2").item.baseline_y - FindOne(out, "f1").item.baseline_y,
              18 + 0.9 * 2.4, 1e-9);
}

TEST_F(SpillPagesTest, AtTheEndOfTheDocumentToo) {
  style_.paragraph_gap = 4;
  Fill(9);
  const PagedDocument out = Layout();
  EXPECT_EQ(out.pages.size(), 1u);
}

TEST_F(SpillPagesTest, SpillThatGapsCannotAbsorbStaysWithFullGaps) {
  style_.paragraph_gap = 4;
  Fill(10);  // ten lines alone fill the page: f9 and f10 stay on page 2
  AddNextPart();
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(FindOne(out, "f9").page, 1);
  EXPECT_NEAR(FindOne(out, "f2").item.baseline_y - FindOne(out, "f1").item.baseline_y, 18 + 4,
              1e-9);
}

TEST_F(SpillPagesTest, TighterGapsNeverSplitAHeadingFromItsLines) {
  style_.paragraph_gap = 4;
  Fill(6);
  Add(doc::Heading{2, "Heading"});
  Add(Lines("p", 2));
  AddNextPart();
  const PagedDocument out = Layout();
  const int heading_page = FindOne(out, "Heading").page;
  EXPECT_EQ(FindOne(out, "p1").page, heading_page);
  EXPECT_EQ(FindOne(out, "p2").page, heading_page);
}

TEST_F(SpillPagesTest, SpareWriteInLinesAreLeftOutRatherThanStartAPage) {
  Fill(3);  // 126 pt left: four 25.5 pt rules fit, the last two would spill
  Add(doc::WriteInLines{"", 6});
  AddNextPart();
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(ItemsOf<LineItem>(out.pages[0]).size(), 4u);
  EXPECT_EQ(FindOne(out, "Next").page, 1);
}

// An optional drawing (the My week page's how-to, which Part 2 holds too) is
// left out rather than be alone on a page, however full; one that fits is kept.
TEST_F(SpillPagesTest, AnOptionalDrawingIsLeftOutRatherThanBeAloneOnAPage) {
  for (int filler : {4, 1}) {
    document_ = doc::Document{};
    Fill(filler);
    doc::Chart chart;
    chart.width_pt = 100;
    chart.height_pt = 120;  // two thirds of the page: not short
    chart.items.push_back(doc::ChartRect{0, 0, 100, 120});
    chart.description = "how";
    chart.optional = true;
    Add(chart);
    AddNextPart();
    const PagedDocument out = Layout();
    ASSERT_EQ(out.pages.size(), 2u) << filler;
    EXPECT_EQ(FindAll(out, "how").size(), filler == 4 ? 0u : 1u) << filler;
    EXPECT_EQ(FindOne(out, "Next").page, 1) << filler;
  }
}

TEST_F(SpillPagesTest, WriteInLinesOnAFullPageAreKept) {
  Add(doc::WriteInLines{"", 12});  // seven on page 1, five on page 2: not short
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(ItemsOf<LineItem>(out.pages[1]).size(), 5u);
}

// Two writing lines at the top of a page, above what comes next, are no
// place to write: a short tail of spare lines is left out mid-run too.
TEST_F(SpillPagesTest, AShortTailOfWritingLinesDoesNotStartAPage) {
  Add(doc::WriteInLines{"", 9});  // seven fit page 1
  Add(doc::Paragraph{doc::Plain("After")});
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(ItemsOf<LineItem>(out.pages[0]).size(), 7u);
  EXPECT_TRUE(ItemsOf<LineItem>(out.pages[1]).empty());
  EXPECT_EQ(FindOne(out, "After").page, 1);
}

TEST_F(SpillPagesTest, SpareFormRowsAreLeftOutButPreFilledRowsAreNot) {
  // A taller page (480 pt body, rows 25.5 pt): the header and 17 rows fill
  // page 1; the last two rows, kept together, would start page 2.
  style_.page_height = 600;
  doc::FormGrid grid;
  grid.header = {"Habit", "Mo"};
  grid.first_column = {"h1", "h2", "h3", "h4", "h5"};
  grid.blank_rows = 19;
  Add(grid);
  AddNextPart();
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_TRUE(FindAll(out, "(continued)").empty());
  EXPECT_EQ(FindOne(out, "Next").page, 1);

  // Pre-filled rows are never spare.
  for (int i = 6; i <= 19; ++i) grid.first_column.push_back("h" + std::to_string(i));
  document_.blocks.clear();
  Add(grid);
  AddNextPart();
  const PagedDocument kept = Layout();
  ASSERT_EQ(kept.pages.size(), 3u);
  EXPECT_EQ(FindOne(kept, "h19").page, 1);
  EXPECT_EQ(FindOne(kept, "(continued)").page, 1);
}

TEST_F(SpillPagesTest, FirstRowsOfAWriteInBlockAreNeverSpare) {
  Fill(9);  // the two firm lines cannot fit under f9: they move to page 2
  Add(doc::WriteInLines{"", 2});
  AddNextPart();
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(ItemsOf<LineItem>(out.pages[1]).size(), 2u);
}

TEST_F(SpillPagesTest, ShortLastPageTakesLinesFromThePageBefore) {
  // No gaps to tighten: f11 alone would fill 18 of 180 pt. The page before
  // gives up f9 and f10, so that the last page is filled to the short mark
  // (0.3 of 180 = 54 pt, three lines).
  Fill(11);
  AddNextPart();
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(FindOne(out, "f8").page, 0);
  EXPECT_EQ(FindOne(out, "f9").page, 1);
  EXPECT_DOUBLE_EQ(FindOne(out, "f9").item.baseline_y, 60 + 12.6);
  EXPECT_EQ(FindOne(out, "f11").page, 1);
}

TEST_F(SpillPagesTest, TakingLinesBackKeepsTheKeepRules) {
  // The paragraph's last two lines are kept together: the page before
  // gives up p3 and p4 and stays longer than the short mark.
  Fill(6);
  Add(Lines("p", 4));
  Add(Lines("q", 1));
  AddNextPart();
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "p2").page, 0);
  EXPECT_EQ(FindOne(out, "p3").page, 1);
  EXPECT_EQ(FindOne(out, "p4").page, 1);
  EXPECT_EQ(FindOne(out, "q1").page, 1);
}

TEST_F(SpillPagesTest, PageBeforeIsNotLeftShortToFillTheLastOne) {
  // A chart of 150 pt after one line: moving it would leave page 1 short,
  // so the short last page stays.
  Fill(1);
  doc::Chart chart;
  chart.width_pt = 100;
  chart.height_pt = 150;
  chart.items.push_back(doc::ChartRect{0, 0, 100, 150});
  Add(chart);
  Add(Lines("p", 2));
  AddNextPart();
  const PagedDocument out = Layout();
  EXPECT_EQ(ItemsOf<RectItem>(out.pages[0]).size(), 1u);
  EXPECT_EQ(FindOne(out, "p1").page, 1);
}

TEST_F(SpillPagesTest, FormEndsWithTheRowsThatFitAnywhereInARun) {
  // A 480 pt body. After 14 lines (252 pt) the 24 pt header and seven
  // 25.5 pt rows fit; the last five blank rows are left out, not carried to the next page
  // under a repeated header, though text follows there.
  style_.page_height = 600;
  Fill(14);
  doc::FormGrid grid;
  grid.header = {"Med", "Dose"};
  grid.blank_rows = 12;
  Add(grid);
  Add(Lines("g", 20));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Med").page, 0);
  EXPECT_TRUE(FindAll(out, "(continued)").empty());
  EXPECT_EQ(FindOne(out, "g1").page, 1);
}

TEST_F(SpillPagesTest, FormWithFewRowsOnThePageGoesOnUnderItsHeader) {
  // After 20 lines only the header and three rows fit: fewer than six, so
  // the rest continue on the next page.
  style_.page_height = 600;
  Fill(20);
  doc::FormGrid grid;
  grid.header = {"Med", "Dose"};
  grid.blank_rows = 12;
  Add(grid);
  Add(Lines("g", 2));
  const PagedDocument out = Layout();
  ASSERT_EQ(FindAll(out, "Med").size(), 2u);
  EXPECT_EQ(FindAll(out, "Med")[0].page, 0);
  EXPECT_EQ(FindOne(out, "(continued)").page, 1);
}

}  // namespace
}  // namespace careplan::layout
