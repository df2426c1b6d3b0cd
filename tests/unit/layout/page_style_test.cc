#include "layout/page_style.h"

#include <gtest/gtest.h>

namespace careplan::layout {
namespace {

TEST(PageStyleTest, PaperSizes) {
  const PageStyle a4 = PageStyle::Make(PaperSize::kA4, false);
  EXPECT_DOUBLE_EQ(a4.page_width, 595.276);
  EXPECT_DOUBLE_EQ(a4.page_height, 841.89);
  const PageStyle letter = PageStyle::Make(PaperSize::kLetter, false);
  EXPECT_DOUBLE_EQ(letter.page_width, 612);
  EXPECT_DOUBLE_EQ(letter.page_height, 792);
}

TEST(PageStyleTest, MarginsAreAtLeastHalfAnInch) {
  for (PaperSize paper : {PaperSize::kA4, PaperSize::kLetter}) {
    for (bool large : {false, true}) {
      const PageStyle style = PageStyle::Make(paper, large);
      EXPECT_GE(style.margin_left, 36);
      EXPECT_GE(style.margin_right, 36);
      // Room outside the body for the header and footer as well.
      EXPECT_GE(style.margin_top, 36 + 1.5 * style.small_size);
      EXPECT_GE(style.margin_bottom, 36 + 1.5 * style.small_size);
    }
  }
}

TEST(PageStyleTest, NormalPrintIsTwelvePoint) {
  const PageStyle style = PageStyle::Make(PaperSize::kA4, false);
  EXPECT_EQ(style.body_size, 12);
  EXPECT_NEAR(style.line_spacing, 1.35, 1e-9);
  EXPECT_GE(style.small_size, 10);
  EXPECT_GT(style.heading_sizes[0], style.heading_sizes[1]);
  EXPECT_GT(style.heading_sizes[1], style.heading_sizes[2]);
  EXPECT_GT(style.heading_sizes[2], style.body_size);
}

TEST(PageStyleTest, LargePrintScalesEverythingAndNothingIsBelowSixteenPoint) {
  const PageStyle normal = PageStyle::Make(PaperSize::kLetter, false);
  const PageStyle large = PageStyle::Make(PaperSize::kLetter, true);
  EXPECT_EQ(large.body_size, 18);
  EXPECT_GE(large.line_spacing, 1.5);
  EXPECT_LE(large.line_spacing, 2.0);
  EXPECT_GE(large.small_size, 16);
  for (int i = 0; i < 3; ++i) {
    EXPECT_DOUBLE_EQ(large.heading_sizes[i], normal.heading_sizes[i] * 1.5);
  }
  EXPECT_DOUBLE_EQ(large.paragraph_gap, normal.paragraph_gap * 1.5);
  EXPECT_EQ(large.page_width, normal.page_width);
}

}  // namespace
}  // namespace careplan::layout
