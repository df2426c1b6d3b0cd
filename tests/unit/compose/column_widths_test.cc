#include "compose/column_widths.h"

#include <gtest/gtest.h>

#include <numeric>

#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::PlanFixture;

// At 18 pt (large print) with the fixed metrics a regular character is 9 pt
// wide, a bold one 9.9 pt; the text column is 481.89 pt, so 30% is 144.6.
constexpr double kLargePrint = 18;
// The layout's cell padding, both sides: 0.4 of the body size each.
constexpr double kCellPadding = 2 * 0.4 * kLargePrint;

TEST(ColumnWidthsTest, APhoneNumberGetsTheWholeWidthItNeedsWhenEverythingFits) {
  PlanFixture fixture;
  const Measures measures = fixture.Measure(kLargePrint);
  doc::Table table;
  table.header = {doc::Plain("Who"), doc::Plain("Name"), doc::Plain("Phone")};
  const std::string phone = "+44\u00A020\u00A07946\u00A00000";  // one word, 144 pt
  table.rows = {{doc::Strong("Rheumatologist"), doc::Plain("Dr. Helen Carter"), doc::Plain(phone)}};
  ASSERT_TRUE(ColumnsFit(table, measures));
  FitColumns({1.4, 1.6, 1.0}, measures, &table);
  ASSERT_EQ(table.column_weights.size(), 3u);
  const double total =
      std::accumulate(table.column_weights.begin(), table.column_weights.end(), 0.0);
  EXPECT_NEAR(total, measures.width_pt, 1e-6);
  EXPECT_GE(table.column_weights[2] - kCellPadding, measures.Measure(phone));
  EXPECT_GE(table.column_weights[0] - kCellPadding,
            measures.Measure("Rheumatologist", doc::TextStyle::kBold));
}

TEST(ColumnWidthsTest, WhenLongWordsCannotAllFitNoneTakesMoreThanThirtyPercent) {
  PlanFixture fixture;
  const Measures measures = fixture.Measure(kLargePrint);
  doc::Table table;
  const std::string word(30, 'x');  // 270 pt
  table.rows = {{doc::Plain(word), doc::Plain(word), doc::Plain(word), doc::Plain("y")}};
  EXPECT_FALSE(ColumnsFit(table, measures));
  FitColumns({1, 1, 1, 1}, measures, &table);
  for (size_t c = 0; c < 3; ++c) {
    EXPECT_LE(table.column_weights[c], 0.3 * measures.width_pt + 1e-9) << c;
  }
}

TEST(ColumnWidthsTest, TableTooWideForItsWordsBecomesOneBlockPerRow) {
  PlanFixture fixture;
  const Measures measures = fixture.Measure(kLargePrint);
  doc::Table table;
  table.header = {doc::Plain("Who"), doc::Plain("Phone and e-mail"), doc::Plain("Notes")};
  table.rows = {
      {doc::Strong("Nurse"), doc::Plain("wound.clinic@example.org"),
       doc::Plain("Same-week appointments")},
      {doc::Strong("Out-of-hours"), doc::Plain("+44\u00A020\u00A07946\u00A00000"), doc::Plain("")}};
  std::vector<doc::Block> blocks;
  AppendTableOrBlocks(table, {1, 1, 1}, measures, &blocks);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(std::get<doc::Heading>(blocks[0]).text, "Nurse");
  const auto& nurse = std::get<doc::LabelValueList>(blocks[1]);
  EXPECT_EQ(nurse.rows[0].first, "Phone and e-mail");
  EXPECT_EQ(std::get<doc::Heading>(blocks[2]).text, "Out-of-hours");
  EXPECT_EQ(std::get<doc::LabelValueList>(blocks[3]).rows.size(), 1u);  // no empty notes
}

}  // namespace
}  // namespace careplan::compose
