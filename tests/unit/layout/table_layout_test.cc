#include "layout/table_layout.h"

#include <gtest/gtest.h>

#include <string>

#include "layout/layout.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"

namespace careplan::layout {
namespace {

using testing::FindAll;
using testing::FindOne;

TEST(ColumnWidthsTest, FollowWeightsOrFallBackToEqual) {
  EXPECT_EQ(ColumnWidths({1, 3}, 2, 100), (std::vector<double>{25, 75}));
  EXPECT_EQ(ColumnWidths({}, 4, 100), (std::vector<double>{25, 25, 25, 25}));
  EXPECT_EQ(ColumnWidths({1, 0}, 2, 100), (std::vector<double>{50, 50}));
  EXPECT_EQ(ColumnWidths({1, 2, 3}, 2, 100), (std::vector<double>{50, 50}));
}

class TableLayoutTest : public ::testing::Test {
 protected:
  PagedDocument Layout(const PageStyle& style) {
    PagedDocument out = LayoutDocument(document_, metrics_, style);
    EXPECT_TRUE(testing::WithinMargins(out, style, metrics_));
    return out;
  }

  testutil::FixedMetrics metrics_;
  doc::Document document_;
};

TEST_F(TableLayoutTest, SixtyRowsRepeatTheHeaderUnderContinuedOnEveryPage) {
  doc::Table table;
  table.header = {doc::Plain("Test"), doc::Plain("Why"), doc::Plain("When")};
  table.column_weights = {2, 3, 1};
  for (int i = 1; i <= 60; ++i) {
    const std::string n = std::to_string(i);
    table.rows.push_back({doc::Plain("Row " + n + "\nsecond line"), doc::Plain("why " + n),
                          doc::Plain("when " + n)});
  }
  document_.blocks.push_back(doc::Paragraph{doc::Plain("Before the table.")});
  document_.blocks.push_back(table);
  const PageStyle style = PageStyle::Make(PaperSize::kA4, false);
  const PagedDocument out = Layout(style);
  ASSERT_GE(out.pages.size(), 4u);

  // Every row once, whole on one page (its cells and both of its lines).
  int last_page = 0;
  for (int i = 1; i <= 60; ++i) {
    const std::string n = std::to_string(i);
    const testing::Found row = FindOne(out, "Row " + n);
    EXPECT_EQ(FindOne(out, "why " + n).page, row.page);
    EXPECT_EQ(FindOne(out, "when " + n).page, row.page);
    EXPECT_GE(row.page, last_page);
    last_page = row.page;
  }
  EXPECT_EQ(FindAll(out, "second line").size(), 60u);

  // The header on every page; "(continued)" above it on all but the first.
  const std::vector<testing::Found> headers = FindAll(out, "Test");
  const std::vector<testing::Found> continued = FindAll(out, "(continued)");
  ASSERT_EQ(headers.size(), out.pages.size());
  ASSERT_EQ(continued.size(), out.pages.size() - 1);
  for (size_t p = 0; p < out.pages.size(); ++p) {
    EXPECT_EQ(headers[p].page, static_cast<int>(p));
    EXPECT_EQ(headers[p].item.face, font::Face::kBold);
    if (p == 0) continue;
    EXPECT_EQ(continued[p - 1].page, static_cast<int>(p));
    EXPECT_LT(continued[p - 1].item.baseline_y, headers[p].item.baseline_y);
    EXPECT_EQ(continued[p - 1].item.size_pt, style.small_size);
    // The header sits above every row of its page.
    for (const TextItem& text : testing::ItemsOf<TextItem>(out.pages[p])) {
      if (text.text.rfind("Row ", 0) == 0) {
        EXPECT_GT(text.baseline_y, headers[p].item.baseline_y);
      }
    }
  }
}

TEST_F(TableLayoutTest, ColumnsFollowWeightsAndCellsWrap) {
  doc::Table table;
  table.header = {doc::Plain("Drug"), doc::Plain("Watch for")};
  table.column_weights = {1, 2};
  table.rows = {{doc::Plain("Mycophenolate"), doc::Plain("Sore throat, fever")}};
  document_.blocks.push_back(table);
  // 120 pt: columns of 40 and 80, less 4.8 pt padding each side: 5 and 11
  // regular characters.
  const PagedDocument out = Layout(testing::SmallPage());
  EXPECT_DOUBLE_EQ(FindOne(out, "Drug").item.x, 60 + 4.8);
  EXPECT_DOUBLE_EQ(FindOne(out, "Watch for").item.x, 100 + 4.8);
  const TextItem first = FindOne(out, "Mycop").item;
  EXPECT_DOUBLE_EQ(first.x, 60 + 4.8);
  EXPECT_DOUBLE_EQ(FindOne(out, "henol").item.baseline_y, first.baseline_y + 18);
  EXPECT_DOUBLE_EQ(FindOne(out, "ate").item.baseline_y, first.baseline_y + 36);
  EXPECT_DOUBLE_EQ(FindOne(out, "Sore").item.x, 100 + 4.8);
  EXPECT_DOUBLE_EQ(FindOne(out, "Sore").item.baseline_y, first.baseline_y);
  EXPECT_DOUBLE_EQ(FindOne(out, "throat,").item.baseline_y, first.baseline_y + 18);
  EXPECT_DOUBLE_EQ(FindOne(out, "fever").item.baseline_y, first.baseline_y + 36);
}

TEST_F(TableLayoutTest, HeaderIsSetOffByARuleNotShading) {
  doc::Table table;
  table.header = {doc::Plain("A")};
  table.rows = {{doc::Plain("1")}};
  document_.blocks.push_back(table);
  const PagedDocument out = Layout(testing::SmallPage());
  for (const RectItem& rect : testing::ItemsOf<RectItem>(out.pages[0])) {
    EXPECT_EQ(rect.fill, doc::Fill::kNone);
  }
  bool thick_rule = false;
  for (const LineItem& line : testing::ItemsOf<LineItem>(out.pages[0])) {
    thick_rule = thick_rule || (line.width >= 1.5 && line.y1 == line.y2);
  }
  EXPECT_TRUE(thick_rule);
}

TEST_F(TableLayoutTest, HeaderStaysWithTheFirstRow) {
  const PageStyle style = testing::SmallPage();
  for (int i = 1; i <= 8; ++i) {
    document_.blocks.push_back(doc::Paragraph{doc::Plain("f" + std::to_string(i))});
  }
  doc::Table table;
  table.header = {doc::Plain("Head")};
  table.rows = {{doc::Plain("r1")}, {doc::Plain("r2")}};
  document_.blocks.push_back(table);  // the header (24 pt) fits in 36, not with r1
  const PagedDocument out = Layout(style);
  EXPECT_EQ(FindOne(out, "Head").page, 1);
  EXPECT_EQ(FindOne(out, "r1").page, 1);
  EXPECT_TRUE(FindAll(out, "(continued)").empty());
}

TEST_F(TableLayoutTest, ATallFirstRowMayEndAPageAloneUnderTheHeader) {
  // Six lines (108 pt) are left: the header (24 pt) and the four-line first
  // row (78 pt) fit; the next row does not. A row of four lines or more need
  // not wait for a second row, so the table starts on this page.
  for (int i = 1; i <= 4; ++i) {
    document_.blocks.push_back(doc::Paragraph{doc::Plain("f" + std::to_string(i))});
  }
  doc::Table table;
  table.header = {doc::Plain("Head")};
  table.rows = {{doc::Plain("a\nb\nc\nd")}, {doc::Plain("r2")}, {doc::Plain("r3")}};
  document_.blocks.push_back(table);
  const PagedDocument out = Layout(testing::SmallPage());
  EXPECT_EQ(FindAll(out, "Head")[0].page, 0);
  EXPECT_EQ(FindOne(out, "d").page, 0);
  EXPECT_EQ(FindOne(out, "r2").page, 1);
  EXPECT_EQ(FindOne(out, "r3").page, 1);  // the last row is not alone
}

// A tall row no longer waits whole for the next page (in large print that
// left a third of a page empty above each medicine): it breaks between lines,
// two at least on each side, and the page it goes on says whose row it is.
TEST_F(TableLayoutTest, ATallRowBreaksBetweenLinesAndSaysWhoseItIs) {
  for (int i = 1; i <= 4; ++i) {
    document_.blocks.push_back(doc::Paragraph{doc::Plain("f" + std::to_string(i))});
  }
  doc::Table table;
  table.header = {doc::Plain("Head"), doc::Plain("R")};
  table.column_weights = {2, 1};
  table.rows = {{doc::Strong("Med"), doc::Plain("k1.\nk2.\nk3.\nk4.\nk5.\nk6.")}};
  document_.blocks.push_back(table);
  const PagedDocument out = Layout(testing::SmallPage());
  ASSERT_EQ(out.pages.size(), 2u);
  // 108 pt are left: the header (24 pt) and four lines (75 pt); two go on.
  EXPECT_EQ(FindOne(out, "Med").page, 0);
  for (const char* line : {"k1.", "k2.", "k3.", "k4."})
    EXPECT_EQ(FindOne(out, line).page, 0) << line;
  for (const char* line : {"k5.", "k6."}) EXPECT_EQ(FindOne(out, line).page, 1) << line;
  EXPECT_EQ(FindAll(out, "Head").size(), 2u);  // repeated under "(continued)"
  // The row's frame ends in a dashed rule on page 0, a padding below its
  // last line (no letter on the rule), as far below it as a whole row's.
  const LineItem* foot = nullptr;
  for (const PlacedItem& item : out.pages[0].items) {
    const auto* line = std::get_if<LineItem>(&item);
    if (line && line->dashed && line->y1 == line->y2) foot = line;
  }
  ASSERT_NE(foot, nullptr);
  const double last_baseline = FindOne(out, "k4.").item.baseline_y;
  EXPECT_GT(foot->y1 - last_baseline, 0.2 * 12);
  std::string label;
  for (const PlacedItem& item : out.pages[1].items) {
    const auto* text = std::get_if<TextItem>(&item);
    if (text && text->text.rfind("Med", 0) == 0) label += text->text;
    if (text && text->text == "continued") label += " " + text->text;
  }
  std::string all;
  for (const PlacedItem& item : out.pages[1].items) {
    if (const auto* text = std::get_if<TextItem>(&item)) all += "[" + text->text + "]";
  }
  EXPECT_EQ(label, "Med, continued") << all;
}

// The first column, a medicine and its dose, is never cut unless the table
// says it is prose: the row waits until it has ended.
TEST_F(TableLayoutTest, TheFirstColumnIsNotCutUnlessItIsProse) {
  for (int i = 1; i <= 4; ++i) {
    document_.blocks.push_back(doc::Paragraph{doc::Plain("f" + std::to_string(i))});
  }
  doc::Table table;
  table.header = {doc::Plain("Head"), doc::Plain("R")};
  table.column_weights = {2, 1};
  // Breaks after line 2, 3 or 4 would fit; the first column ends after 4.
  table.rows = {
      {doc::RichText{{"Name", doc::TextStyle::kBold}, {"\nn2\nn3\nn4", doc::TextStyle::kRegular}},
       doc::Plain("k1\nk2\nk3\nk4\nk5\nk6")}};
  document_.blocks.push_back(table);
  PagedDocument out = Layout(testing::SmallPage());
  EXPECT_EQ(FindOne(out, "n4").page, 0);
  EXPECT_EQ(FindOne(out, "k4").page, 0);
  EXPECT_EQ(FindOne(out, "k5").page, 1);

  // Five lines in the first column: no break leaves it whole and two lines
  // after, so the row moves whole; as prose it breaks after line 3 (two
  // lines of each cell on each side).
  table.rows = {{doc::RichText{{"Name", doc::TextStyle::kBold},
                               {"\nn2\nn3\nn4\nn5", doc::TextStyle::kRegular}},
                 doc::Plain("k1\nk2\nk3\nk4\nk5\nk6")}};
  document_.blocks.back() = table;
  out = Layout(testing::SmallPage());
  EXPECT_EQ(FindOne(out, "Name").page, 1);
  table.first_column_may_break = true;
  document_.blocks.back() = table;
  out = Layout(testing::SmallPage());
  EXPECT_EQ(FindOne(out, "n3").page, 0);
  EXPECT_EQ(FindOne(out, "n4").page, 1);
}

// A row whose first cell gives no short name (no bold words, several lines)
// does not go on where its first column has ended: nothing would say whose
// the rest is. A short plain first cell is the name.
TEST_F(TableLayoutTest, ARowGoesOnOnlyUnderItsName) {
  for (int i = 1; i <= 4; ++i) {
    document_.blocks.push_back(doc::Paragraph{doc::Plain("f" + std::to_string(i))});
  }
  doc::Table table;
  table.header = {doc::Plain("Head"), doc::Plain("R")};
  table.column_weights = {2, 1};
  table.rows = {{doc::Plain("p1\np2"), doc::Plain("k1\nk2\nk3\nk4\nk5\nk6")}};
  document_.blocks.push_back(table);
  PagedDocument out = Layout(testing::SmallPage());
  EXPECT_EQ(FindOne(out, "k1").page, 1);  // moved whole

  table.rows = {{doc::Plain("Med"), doc::Plain("k1\nk2\nk3\nk4\nk5\nk6")}};
  document_.blocks.back() = table;
  out = Layout(testing::SmallPage());
  EXPECT_EQ(FindOne(out, "k4").page, 0);
  EXPECT_EQ(FindOne(out, "k5").page, 1);
}

// A short cell (a dose, a date) is never cut, nor is a row of three lines.
TEST_F(TableLayoutTest, ShortCellsAndRowsStayWhole) {
  for (int i = 1; i <= 4; ++i) {
    document_.blocks.push_back(doc::Paragraph{doc::Plain("f" + std::to_string(i))});
  }
  doc::Table table;
  table.header = {doc::Plain("Head"), doc::Plain("Rules")};
  table.rows = {{doc::Plain("d1\nd2\nd3"), doc::Plain("k1.\nk2.\nk3.\nk4.\nk5.\nk6.")},
                {doc::Plain("r1\nr2\nr3"), doc::Plain("s1")}};
  document_.blocks.push_back(table);
  const PagedDocument out = Layout(testing::SmallPage());
  // The break after line 3 or 4: d1 to d3 together, k1 to k3 with them.
  EXPECT_EQ(FindOne(out, "d1").page, FindOne(out, "d3").page);
  EXPECT_EQ(FindOne(out, "k1.").page, FindOne(out, "k3.").page);
  EXPECT_EQ(FindOne(out, "k5.").page, FindOne(out, "k6.").page);
  EXPECT_EQ(FindOne(out, "r1").page, FindOne(out, "r3").page);
}

// A page never ends inside a cell's bold name ("Heart tracing (ECG) and
// heart | blood test"): a row whose only breaks would cut it moves whole.
TEST_F(TableLayoutTest, ARowNeverBreaksInsideItsBoldName) {
  for (int i = 1; i <= 4; ++i) {
    document_.blocks.push_back(doc::Paragraph{doc::Plain("f" + std::to_string(i))});
  }
  doc::Table table;
  table.header = {doc::Plain("Head"), doc::Plain("R")};
  table.column_weights = {1, 1};
  table.first_column_may_break = true;  // prose after a bold name, as My checks
  // Six lines, the first four bold: a break after line 2 or 3 would cut the
  // name, and after line 4 leaves 2 lines; 24 + 3 + 72 fits, so it breaks
  // there, after the name.
  table.rows = {{doc::RichText{{"b1\nb2\nb3\nb4", doc::TextStyle::kBold},
                               {"\nw5\nw6", doc::TextStyle::kRegular}},
                 doc::Plain("x")}};
  document_.blocks.push_back(table);
  PagedDocument out = Layout(testing::SmallPage());
  EXPECT_EQ(FindOne(out, "b4").page, 0);
  EXPECT_EQ(FindOne(out, "w5").page, 1);

  // Five bold lines of six: no break leaves two lines after the name, so the
  // row moves whole.
  table.rows = {{doc::RichText{{"b1\nb2\nb3\nb4\nb5", doc::TextStyle::kBold},
                               {"\nw6", doc::TextStyle::kRegular}},
                 doc::Plain("x")}};
  document_.blocks.back() = table;
  out = Layout(testing::SmallPage());
  EXPECT_EQ(FindOne(out, "b1").page, 1);
  EXPECT_EQ(FindOne(out, "w6").page, 1);
}

// On one page, a row's parts write its text cell by cell, as a whole row's:
// text copied or read aloud from the PDF keeps each cell together.
TEST_F(TableLayoutTest, ARowOnOnePageWritesItsTextCellByCell) {
  doc::Table table;
  table.header = {doc::Plain("Head"), doc::Plain("Rules")};
  table.rows = {{doc::Plain("a1\na2\na3\na4\na5"), doc::Plain("b1\nb2\nb3\nb4\nb5")}};
  document_.blocks.push_back(table);
  const PagedDocument out = Layout(PageStyle::Make(PaperSize::kA4, false));
  ASSERT_EQ(out.pages.size(), 1u);
  std::vector<std::string> order;
  for (const PlacedItem& item : out.pages[0].items) {
    const auto* text = std::get_if<TextItem>(&item);
    if (text && text->text.size() == 2 && (text->text[0] == 'a' || text->text[0] == 'b')) {
      order.push_back(text->text);
    }
  }
  EXPECT_EQ(order,
            (std::vector<std::string>{"a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4", "b5"}));
}

TEST_F(TableLayoutTest, FormGridHasHandwritingRowsAndRepeatsItsHeader) {
  doc::FormGrid grid;
  grid.header = {"Date", "Morning", "Evening"};
  grid.first_column = {"Mon", "Tue"};
  grid.blank_rows = 60;  // a last page of a few spare rows would be left out
  document_.blocks.push_back(grid);
  const PageStyle style = PageStyle::Make(PaperSize::kLetter, false);
  const PagedDocument out = Layout(style);
  ASSERT_GE(out.pages.size(), 2u);
  EXPECT_EQ(FindAll(out, "Date").size(), out.pages.size());
  EXPECT_EQ(FindAll(out, "(continued)").size(), out.pages.size() - 1);
  EXPECT_EQ(FindOne(out, "Mon").page, 0);
  // Rows are 9 mm apart: the first column's texts are one row apart.
  EXPECT_NEAR(FindOne(out, "Tue").item.baseline_y - FindOne(out, "Mon").item.baseline_y,
              9 * 72 / 25.4, 1e-9);
}

TEST_F(TableLayoutTest, FormGridPrintsItsFilledRowsAboveTheBlankOnes) {
  doc::FormGrid grid;
  grid.header = {"Date", "Reading", "Notes"};
  grid.filled_rows = {{{{"Example", doc::TextStyle::kBold}, {" 3 Mar", doc::TextStyle::kRegular}},
                       doc::Plain("125/80"),
                       doc::Plain("Felt fine")}};
  grid.first_column = {"Mon"};
  grid.blank_rows = 3;
  document_.blocks.push_back(grid);
  const PagedDocument out = Layout(PageStyle::Make(PaperSize::kLetter, false));
  const testing::Found example = FindOne(out, "Example");
  EXPECT_EQ(example.item.face, font::Face::kBold);
  EXPECT_EQ(FindOne(out, "125/80").item.baseline_y, example.item.baseline_y);
  EXPECT_EQ(FindOne(out, "Felt fine").item.baseline_y, example.item.baseline_y);
  // The blank rows, with their pre-filled first cells, follow one row lower.
  EXPECT_NEAR(FindOne(out, "Mon").item.baseline_y - example.item.baseline_y, 9 * 72 / 25.4, 1e-9);
  EXPECT_LT(FindOne(out, "Date").item.baseline_y, example.item.baseline_y);
}

TEST_F(TableLayoutTest, LabelValueListHasBoldLabelsAndAlignedValues) {
  document_.blocks.push_back(doc::LabelValueList{
      {{"Name", doc::Plain("Ana Silva")}, {"Date of birth", doc::Plain("12 Apr 1968")}}});
  const PagedDocument out = Layout(testing::SmallPage());
  EXPECT_EQ(FindOne(out, "Name").item.face, font::Face::kBold);
  EXPECT_EQ(FindOne(out, "Ana Silva").item.face, font::Face::kRegular);
  // Label column: the widest label (13 bold characters, 85.8 pt) capped at
  // 40% of 120 pt = 48; values 9.6 pt further right.
  EXPECT_DOUBLE_EQ(FindOne(out, "Ana Silva").item.x, 60 + 48 + 9.6);
  EXPECT_DOUBLE_EQ(FindOne(out, "12 Apr").item.x, 60 + 48 + 9.6);
}

TEST_F(TableLayoutTest, TableWithoutHeaderStillSaysContinued) {
  doc::Table table;
  for (int i = 1; i <= 12; ++i) table.rows.push_back({doc::Plain("r" + std::to_string(i))});
  document_.blocks.push_back(table);
  const PagedDocument out = Layout(testing::SmallPage());  // 24 pt rows: 7 a page
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(FindOne(out, "r7").page, 0);
  EXPECT_EQ(FindOne(out, "r8").page, 1);
  const testing::Found continued = FindOne(out, "(continued)");
  EXPECT_EQ(continued.page, 1);
  EXPECT_LT(continued.item.baseline_y, FindOne(out, "r8").item.baseline_y);
}

}  // namespace
}  // namespace careplan::layout
