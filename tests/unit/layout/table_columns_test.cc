#include "layout/table_columns.h"

#include <gtest/gtest.h>

#include <numeric>

#include "layout/page_style.h"
#include "testutil/fixed_metrics.h"

namespace careplan::layout {
namespace {

// FixedMetrics at 12 pt: every regular character and space is 6 pt wide.
class TableColumnsTest : public ::testing::Test {
 protected:
  std::vector<double> Widths(const doc::Table& table, std::vector<double> start) {
    return HeightSavingWidths(table, start, kPadding, context_);
  }

  static constexpr double kPadding = 4.8;
  testutil::FixedMetrics metrics_;
  PageStyle style_ = PageStyle::Make(PaperSize::kA4, false);
  LayoutContext context_{metrics_, style_};
};

double Sum(const std::vector<double>& widths) {
  return std::accumulate(widths.begin(), widths.end(), 0.0);
}

TEST_F(TableColumnsTest, WidthMovesToTheColumnThatWrapsWhileThatSavesLines) {
  // Six 24 pt words with spaces: 174 pt, two lines in 100 pt beside one word.
  doc::Table table;
  table.rows = {{doc::Plain("aaaa aaaa aaaa aaaa aaaa aaaa"), doc::Plain("b")}};
  const std::vector<double> widths = Widths(table, {100, 100});
  EXPECT_NEAR(Sum(widths), 200, 1e-6);
  EXPECT_GE(widths[0], 174 + 2 * kPadding);  // now on one line
  EXPECT_GE(widths[1], 6 + 2 * kPadding);    // the other keeps room for its word
}

TEST_F(TableColumnsTest, NoColumnGetsNarrowerThanItsLongestWord) {
  // Column 1's word is 120 pt: column 0 cannot take its width, though its
  // text would then fit on fewer lines.
  doc::Table table;
  table.rows = {{doc::Plain("aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa"),
                 doc::Plain("bbbbbbbbbbbbbbbbbbbb")}};
  const std::vector<double> widths = Widths(table, {100, 200});
  EXPECT_NEAR(Sum(widths), 300, 1e-6);
  EXPECT_GE(widths[1], 120 + 2 * kPadding - 1e-6);
  EXPECT_GT(widths[0], 100);
}

TEST_F(TableColumnsTest, ATableWithNothingToGainKeepsItsWidths) {
  doc::Table table;
  table.header = {doc::Plain("Test"), doc::Plain("When")};
  table.rows = {{doc::Plain("Echo"), doc::Plain("May")}, {doc::Plain("ECG"), doc::Plain("June")}};
  EXPECT_EQ(Widths(table, {120, 80}), (std::vector<double>{120, 80}));
}

TEST_F(TableColumnsTest, EveryRowCountsNotOnlyTheLongest) {
  // Row 1 wants width in column 0, rows 2 and 3 want it in column 1: the
  // shortest table gives column 1 enough for its two rows to fit on one line.
  doc::Table table;
  const std::string twelve_words = "aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa";
  table.rows = {{doc::Plain(twelve_words), doc::Plain("b")},
                {doc::Plain("c"), doc::Plain("bbb bbb bbb bbb bbb bbb bbb bbb bbb bbb")},
                {doc::Plain("c"), doc::Plain("bbb bbb bbb bbb bbb bbb bbb bbb bbb bbb")}};
  const std::vector<double> widths = Widths(table, {250, 150});
  // Ten 18 pt words with spaces: 234 pt; twelve in 400 - 243.6 = 156 pt: 3 lines.
  EXPECT_GE(widths[1], 234 + 2 * kPadding);
  EXPECT_NEAR(Sum(widths), 400, 1e-6);
}

}  // namespace
}  // namespace careplan::layout
