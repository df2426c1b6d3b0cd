// Pagination on a small page (see SmallPage: ten 18 pt lines a page, body
// from y = 60 to 240), with the fixed metrics.
#include <gtest/gtest.h>

#include <string>

#include "layout/layout.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"
#include "unit/layout/small_page_test_base.h"

namespace careplan::layout {
namespace {

using testing::FindAll;
using testing::FindOne;
using testing::Lines;

class PaginationTest : public testing::SmallPageTest {};

TEST_F(PaginationTest, LinesFollowEachOtherAndPagesBreakAfterTenLines) {
  Fill(14);  // page 2 not short (see spill_pages_test.cc)
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 2u);
  // Baseline of a line starting at y: y + (18 - 12) / 2 + 0.8 * 12.
  EXPECT_EQ(FindOne(out, "f1").page, 0);
  EXPECT_DOUBLE_EQ(FindOne(out, "f1").item.baseline_y, 60 + 12.6);
  EXPECT_DOUBLE_EQ(FindOne(out, "f2").item.baseline_y, 78 + 12.6);
  EXPECT_EQ(FindOne(out, "f10").page, 0);
  EXPECT_EQ(FindOne(out, "f11").page, 1);
  EXPECT_DOUBLE_EQ(FindOne(out, "f11").item.baseline_y, 60 + 12.6);
}

TEST_F(PaginationTest, HeadingWithoutRoomForTwoLinesMovesToTheNextPage) {
  Fill(8);  // 36 pt left: the heading (10.8 above, 15 tall) fits, two lines more do not
  Add(doc::Heading{2, "Heading"});
  Add(Lines("p", 3));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "f8").page, 0);
  const testing::Found heading = FindOne(out, "Heading");
  EXPECT_EQ(heading.page, 1);
  // At the top of the page, without the space above it.
  EXPECT_NEAR(heading.item.baseline_y, 60 + 1.5 + 9.6, 1e-9);
  EXPECT_EQ(FindOne(out, "p1").page, 1);
  ASSERT_EQ(out.bookmarks.size(), 1u);
  EXPECT_EQ(out.bookmarks[0].page, 1);
  EXPECT_DOUBLE_EQ(out.bookmarks[0].y, 60);
}

TEST_F(PaginationTest, HeadingStaysWhenTwoLinesFitUnderIt) {
  Fill(6);  // 72 pt left: heading 25.8 + 4.2 + two lines 36 = 66
  Add(doc::Heading{2, "Heading"});
  Add(Lines("p", 5));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Heading").page, 0);
  EXPECT_EQ(FindOne(out, "p1").page, 0);
  EXPECT_EQ(FindOne(out, "p2").page, 0);
  EXPECT_EQ(FindOne(out, "p3").page, 1);
}

TEST_F(PaginationTest, HeadingFollowedByHeadingKeepsBothWithTheText) {
  Fill(7);  // 54 pt left
  Add(doc::Heading{1, "Part"});
  Add(doc::Heading{2, "Section"});
  Add(Lines("p", 4));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Part").page, 1);
  EXPECT_EQ(FindOne(out, "Section").page, 1);
  EXPECT_EQ(FindOne(out, "p1").page, 1);
}

TEST_F(PaginationTest, FirstLineIsNeverLeftAloneAtTheBottom) {
  Fill(9);  // room for one line
  Add(Lines("p", 4));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "f9").page, 0);
  EXPECT_EQ(FindOne(out, "p1").page, 1);
  EXPECT_DOUBLE_EQ(FindOne(out, "p1").item.baseline_y, 60 + 12.6);
}

TEST_F(PaginationTest, LastLineIsNeverLeftAloneAtTheTop) {
  Fill(7);  // room for three lines of four: the third goes over with the last
  Add(Lines("p", 4));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "p1").page, 0);
  EXPECT_EQ(FindOne(out, "p2").page, 0);
  EXPECT_EQ(FindOne(out, "p3").page, 1);
  EXPECT_EQ(FindOne(out, "p4").page, 1);
}

TEST_F(PaginationTest, LongParagraphBreaksWhereTheOrphanAndWidowRulesAllow) {
  Fill(7);  // room for three lines of five: all three stay
  Add(Lines("p", 5));
  Add(Lines("q", 3));  // so that page 2 is not short
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "p3").page, 0);
  EXPECT_EQ(FindOne(out, "p4").page, 1);
  EXPECT_EQ(FindOne(out, "p5").page, 1);
}

TEST_F(PaginationTest, TwoLineParagraphIsNeverSplit) {
  Fill(9);
  Add(Lines("p", 2));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "p1").page, 1);
  EXPECT_EQ(FindOne(out, "p2").page, 1);
}

TEST_F(PaginationTest, PageBreaksStartNewPagesButNeverBlankOnes) {
  Add(doc::PageBreak{});  // at the top: ignored
  Fill(1);
  Add(doc::PageBreak{});
  Add(doc::PageBreak{});  // two in a row make one
  Add(doc::Paragraph{doc::Plain("second")});
  doc::Heading part{1, "Part"};
  part.page_break_before = true;
  Add(part);
  Add(doc::PageBreak{});  // at the end: nothing follows
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(FindOne(out, "f1").page, 0);
  EXPECT_EQ(FindOne(out, "second").page, 1);
  EXPECT_EQ(FindOne(out, "Part").page, 2);
}

// A summary page keeps its page; once it has run over, what follows fills
// the page it ran onto instead of leaving that page nearly empty.
TEST_F(PaginationTest, BreakUnlessSpilledStartsAPageOnlyAfterAOnePageRun) {
  doc::Heading next{1, "Next", true, true, doc::Icon::kNone, true};
  Fill(4);  // a short summary: the break stands
  Add(next);
  Add(doc::Paragraph{doc::Plain("after")});
  PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Next").page, 1);

  document_ = doc::Document{};
  Fill(12);  // two lines over a page: the part follows on the second page
  Add(next);
  Add(doc::Paragraph{doc::Plain("after")});
  out = Layout();
  EXPECT_EQ(FindOne(out, "f12").page, 1);
  EXPECT_EQ(FindOne(out, "Next").page, 1);
  EXPECT_EQ(FindOne(out, "after").page, 1);
}

TEST_F(PaginationTest, ChecklistItemWithItsWriteLinesIsNeverSplit) {
  Fill(8);  // 36 pt left; the item is 18 + 25.51 tall
  Add(doc::Checklist{{{doc::Plain("Check the skin"), 1}}});
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Check the skin").page, 1);
  EXPECT_TRUE(testing::ItemsOf<RectItem>(out.pages[0]).empty());
  ASSERT_EQ(testing::ItemsOf<RectItem>(out.pages[1]).size(), 1u);
  // Page 2 has the write line (and the header rule is absent: no header).
  EXPECT_EQ(testing::ItemsOf<LineItem>(out.pages[1]).size(), 1u);
}

TEST_F(PaginationTest, CalloutIsNeverSplit) {
  Fill(7);  // 54 pt left; the call-out is three lines plus frame and padding
  doc::Callout callout;
  callout.title = "Call now if";
  callout.items = {doc::Plain("fever"), doc::Plain("new cough")};
  Add(callout);
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Call now if").page, 1);
  EXPECT_EQ(FindOne(out, "fever").page, 1);
  EXPECT_EQ(FindOne(out, "new cough").page, 1);
  EXPECT_TRUE(testing::ItemsOf<RectItem>(out.pages[0]).empty());
  EXPECT_EQ(testing::ItemsOf<RectItem>(out.pages[1]).size(), 1u);
}

TEST_F(PaginationTest, ShortListItemIsKeptTogether) {
  Fill(9);
  Add(doc::List{false, {doc::Plain("aaaa bbbb cccc dddd eeee")}});  // two lines
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "aaaa bbbb cccc").page, 1);
  EXPECT_EQ(FindOne(out, "dddd eeee").page, 1);
}

TEST_F(PaginationTest, LabelValueRowIsNeverSplit) {
  Fill(9);
  Add(doc::LabelValueList{{{"Name", doc::Plain("aaaa bbbb cccc dddd eeee ffff")}}});
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Name").page, 1);
}

TEST_F(PaginationTest, ChartIsNeverSplitAndMovesWhole) {
  Fill(8);
  doc::Chart chart;
  chart.width_pt = 100;
  chart.height_pt = 50;
  chart.items.push_back(doc::ChartRect{0, 0, 100, 50});
  Add(chart);
  const PagedDocument out = Layout();
  EXPECT_TRUE(testing::ItemsOf<RectItem>(out.pages[0]).empty());
  ASSERT_EQ(testing::ItemsOf<RectItem>(out.pages[1]).size(), 1u);
  EXPECT_DOUBLE_EQ(testing::ItemsOf<RectItem>(out.pages[1])[0].y, 60);
}

TEST_F(PaginationTest, RowTallerThanAPageIsSplitBetweenLines) {
  doc::Table table;
  table.header = {doc::Plain("A"), doc::Plain("B")};
  std::string tall;
  for (int i = 1; i <= 25; ++i) tall += (i > 1 ? "\n" : "") + std::string("l") + std::to_string(i);
  table.rows = {{doc::Plain(tall), doc::Plain("x")}, {doc::Plain("after"), doc::Plain("y")}};
  Add(table);
  const PagedDocument out = Layout();
  // Parts of at most 7 lines (the repeat header takes 39 of the 180 pt), the
  // first of 4 so that a heading kept with the table would fit above it.
  ASSERT_EQ(out.pages.size(), 5u);
  int previous_page = 0;
  double previous_y = 0;
  for (int i = 1; i <= 25; ++i) {
    const testing::Found line = FindOne(out, "l" + std::to_string(i));
    EXPECT_EQ(line.page, i <= 4 ? 0 : (i - 5) / 7 + 1) << i;
    if (line.page == previous_page) {
      EXPECT_GT(line.item.baseline_y, previous_y);
    }
    previous_page = line.page;
    previous_y = line.item.baseline_y;
  }
  EXPECT_EQ(FindAll(out, "(continued)").size(), 4u);
  EXPECT_EQ(FindOne(out, "after").page, 4);
}

TEST_F(PaginationTest, CalloutTallerThanAPageRunsOnWithItsHeadingFromWhereItStarts) {
  Fill(2);
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kInformation;
  callout.title = "Long";
  for (int i = 1; i <= 14; ++i) callout.items.push_back(doc::Plain("item" + std::to_string(i)));
  Add(doc::Heading{2, "Before the box"});
  Add(callout);
  const PagedDocument out = Layout();
  // The call-out cannot fit any page, so it runs on between items from
  // under the filler; the heading stays with its title and first items.
  EXPECT_EQ(FindOne(out, "Before the box").page, 0);
  EXPECT_EQ(FindOne(out, "item1").page, 0);
  EXPECT_GE(out.pages.size(), 3u);
  for (int i = 1; i <= 14; ++i) FindOne(out, "item" + std::to_string(i));
}

}  // namespace
}  // namespace careplan::layout
