// Blocks that introduce what follows: a paragraph ending with a colon, or a
// paragraph or write-in label marked keep_with_next, is kept whole and on
// the same page as the first two lines of the next block, like a heading.
// Small page of ten 18 pt lines (SmallPage), fixed metrics.
#include <gtest/gtest.h>

#include <string>

#include "layout/layout.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"
#include "unit/layout/small_page_test_base.h"

namespace careplan::layout {
namespace {

using testing::FindOne;
using testing::Lines;

class KeepWithNextTest : public testing::SmallPageTest {
 protected:
  static doc::List Items(int count) {
    doc::List list;
    for (int i = 1; i <= count; ++i) list.items.push_back(doc::Plain("i" + std::to_string(i)));
    return list;
  }
};

TEST_F(KeepWithNextTest, LeadInEndingWithAColonMovesWithItsList) {
  Fill(9);  // one line left: the lead-in fits, its list does not
  Add(doc::Paragraph{doc::Plain("Watch for:")});
  Add(Items(6));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "f9").page, 0);
  EXPECT_EQ(FindOne(out, "Watch for:").page, 1);
  EXPECT_EQ(FindOne(out, "i1").page, 1);
}

TEST_F(KeepWithNextTest, LeadInKeepsTwoItemsNotTheWholeList) {
  Fill(6);  // four lines left: the lead-in and two items (3 pt apart) fit
  Add(doc::Paragraph{{{"Watch ", doc::TextStyle::kRegular}, {"for: ", doc::TextStyle::kBold}}});
  Add(Items(6));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "for:").page, 0);
  EXPECT_EQ(FindOne(out, "i2").page, 0);
  EXPECT_EQ(FindOne(out, "i3").page, 1);
}

TEST_F(KeepWithNextTest, LeadInIsNeverTheLastBoxOfAPage) {
  // Wherever the page ends, the lead-in is followed on its page by the
  // first two lines of the list.
  for (int fill = 0; fill <= 10; ++fill) {
    document_.blocks.clear();
    Fill(fill);
    Add(doc::Paragraph{doc::Plain("Watch for:")});
    Add(Items(12));
    const PagedDocument out = Layout();
    const int page = FindOne(out, "Watch for:").page;
    EXPECT_EQ(FindOne(out, "i1").page, page) << "after " << fill << " lines";
    EXPECT_EQ(FindOne(out, "i2").page, page) << "after " << fill << " lines";
  }
}

// Only the lines that lead in travel with the list: a long lead-in starts
// on the page before rather than leaving it a quarter empty (it moved whole
// once, and the guide's "Why it happens" left page 3 of a plan part-empty).
TEST_F(KeepWithNextTest, LongLeadInKeepsOnlyItsLastLinesWithTheList) {
  Fill(4);  // six lines left: the first four of the lead-in fit, not with i1, i2
  doc::Paragraph lead_in = Lines("l", 6);
  lead_in.text.back().text += ":";
  Add(lead_in);
  Add(Items(6));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "l1").page, 0);
  EXPECT_EQ(FindOne(out, "l4").page, 0);
  EXPECT_EQ(FindOne(out, "l5").page, 1);
  EXPECT_EQ(FindOne(out, "l6:").page, 1);
  EXPECT_EQ(FindOne(out, "i1").page, 1);
}

TEST_F(KeepWithNextTest, ParagraphWithoutAColonMayEndAPage) {
  Fill(9);
  Add(doc::Paragraph{doc::Plain("Then this.")});
  Add(Items(6));
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Then this.").page, 0);
  EXPECT_EQ(FindOne(out, "i1").page, 1);
}

TEST_F(KeepWithNextTest, MarkedIntroAndLabelMoveWithTheFormUnderAHeading) {
  // The weekly tracker's shape: heading, how to use it, "Week starting" and
  // a rule, then the chart. Only the start of the chart would not fit.
  // After four lines (72 pt) all but the chart's header and first two rows
  // would fit (94.5 of 108 pt); together (169.5 pt) they move.
  Fill(4);
  Add(doc::Heading{2, "My week"});
  doc::Paragraph intro = Lines("u", 2);
  intro.keep_with_next = true;
  Add(intro);
  Add(doc::WriteInLines{"Week", 1, true});
  doc::FormGrid grid;
  grid.header = {"Habit", "Mo"};
  grid.first_column = {"h1", "h2"};
  grid.blank_rows = 2;
  Add(grid);
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "f4").page, 0);
  const int page = FindOne(out, "Habit").page;
  EXPECT_EQ(page, 1);
  EXPECT_EQ(FindOne(out, "My week").page, page);
  EXPECT_EQ(FindOne(out, "u1").page, page);
  EXPECT_EQ(FindOne(out, "Week").page, page);
  EXPECT_EQ(FindOne(out, "h2").page, page);
}

}  // namespace
}  // namespace careplan::layout
