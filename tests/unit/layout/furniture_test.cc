#include "layout/furniture.h"

#include <gtest/gtest.h>

#include <string>

#include "layout/layout.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"

namespace careplan::layout {
namespace {

using testing::FindAll;
using testing::FindOne;

doc::Document ThreePages() {
  doc::Document document;
  document.info.header_left = "Ana Silva (NHS 123 456 7890)";
  document.info.header_right = "Made 3 Mar 2026";
  document.info.footer_left = "My care plan";
  for (int i = 0; i < 3; ++i) {
    if (i > 0) document.blocks.push_back(doc::PageBreak{});
    document.blocks.push_back(doc::Paragraph{doc::Plain("Page body " + std::to_string(i))});
  }
  return document;
}

TEST(FurnitureTest, EveryPageHasHeaderFooterAndPageXOfY) {
  testutil::FixedMetrics metrics;
  const PageStyle style = PageStyle::Make(PaperSize::kA4, false);
  const PagedDocument out = LayoutDocument(ThreePages(), metrics, style);
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_TRUE(testing::WithinMargins(out, style, metrics));
  const double right = style.page_width - style.margin_right;
  for (int p = 0; p < 3; ++p) {
    const testing::Found number = FindOne(out, "Page " + std::to_string(p + 1) + " of 3");
    EXPECT_EQ(number.page, p);
    EXPECT_EQ(number.item.size_pt, style.small_size);
    EXPECT_GT(number.item.baseline_y, style.page_height - style.margin_bottom);
    EXPECT_NEAR(number.item.x +
                    metrics.MeasureUtf8(font::Face::kRegular, number.item.text, style.small_size),
                right, 1e-9);

    const std::vector<testing::Found> left = FindAll(out, "Ana Silva (NHS 123 456 7890)");
    const std::vector<testing::Found> date = FindAll(out, "Made 3 Mar 2026");
    const std::vector<testing::Found> footer = FindAll(out, "My care plan");
    ASSERT_EQ(left.size(), 3u);
    ASSERT_EQ(date.size(), 3u);
    ASSERT_EQ(footer.size(), 3u);
    EXPECT_EQ(left[p].page, p);
    EXPECT_DOUBLE_EQ(left[p].item.x, style.margin_left);
    EXPECT_LT(left[p].item.baseline_y, style.margin_top);
    EXPECT_EQ(date[p].page, p);
    EXPECT_DOUBLE_EQ(date[p].item.baseline_y, left[p].item.baseline_y);
    EXPECT_NEAR(date[p].item.x +
                    metrics.MeasureUtf8(font::Face::kRegular, date[p].item.text, style.small_size),
                right, 1e-9);
    EXPECT_EQ(footer[p].page, p);
    EXPECT_DOUBLE_EQ(footer[p].item.baseline_y, number.item.baseline_y);
    EXPECT_DOUBLE_EQ(footer[p].item.x, style.margin_left);
    // A thin rule under the header.
    int rules = 0;
    for (const LineItem& line : testing::ItemsOf<LineItem>(out.pages[p])) {
      if (line.y1 == line.y2 && line.y1 < style.margin_top) ++rules;
    }
    EXPECT_EQ(rules, 1);
  }
}

TEST(FurnitureTest, EmptyDocumentHasOnePageNumbered) {
  testutil::FixedMetrics metrics;
  const PagedDocument out =
      LayoutDocument(doc::Document{}, metrics, PageStyle::Make(PaperSize::kA4, false));
  ASSERT_EQ(out.pages.size(), 1u);
  EXPECT_EQ(FindOne(out, "Page 1 of 1").page, 0);
  // No header texts, so no header rule either.
  EXPECT_TRUE(testing::ItemsOf<LineItem>(out.pages[0]).empty());
}

TEST(FurnitureTest, LongHeaderNameWrapsInFullAndPushesTheBodyDown) {
  testutil::FixedMetrics metrics;
  const PageStyle style = testing::SmallPage();  // 120 pt: 24 characters at 10 pt
  doc::Document document;
  document.info.header_left = "Ana Maria da Conceição Silva Pereira";
  document.info.header_right = "Royal Free Hospital scleroderma clinic";
  document.info.footer_left = "A footer far too long for the room left by the page number";
  document.blocks.push_back(doc::Paragraph{doc::Plain("Body")});
  const PagedDocument out = LayoutDocument(document, metrics, style);

  // The name is never cut: it wraps at the full width. The right text does
  // not fit beside "Silva Pereira", so it takes a line of its own, cut to
  // the full width (23 characters and "…").
  const testing::Found first = FindOne(out, "Ana Maria da Conceição");
  const testing::Found second = FindOne(out, "Silva Pereira");
  const testing::Found right = FindOne(out, "Royal Free Hospital scl…");
  EXPECT_LT(first.item.baseline_y, second.item.baseline_y);
  EXPECT_LT(second.item.baseline_y, right.item.baseline_y);

  // The body starts below the three header lines: the top margin grew by two.
  PageStyle grown = style;
  grown.margin_top += HeaderExtraHeight(document.info, LayoutContext(metrics, style));
  EXPECT_GT(grown.margin_top, style.margin_top);
  EXPECT_GE(FindOne(out, "Body").item.baseline_y, grown.margin_top);
  EXPECT_TRUE(testing::WithinMargins(out, grown, metrics));

  // The footer leaves room for "Page 1 of 1" (55 pt) and the gap: 50 pt.
  EXPECT_EQ(FindOne(out, "A footer…").page, 0);
  EXPECT_EQ(FindOne(out, "Page 1 of 1").page, 0);
}

TEST(FurnitureTest, ShortHeaderKeepsOneLineAndTheMargin) {
  testutil::FixedMetrics metrics;
  const PageStyle style = testing::SmallPage();
  doc::Document document;
  document.info.header_left = "Ana Silva";
  document.info.header_right = "24 Nov 2026";
  EXPECT_EQ(HeaderExtraHeight(document.info, LayoutContext(metrics, style)), 0);
  const PagedDocument out = LayoutDocument(document, metrics, style);
  EXPECT_DOUBLE_EQ(FindOne(out, "Ana Silva").item.baseline_y,
                   FindOne(out, "24 Nov 2026").item.baseline_y);
}

TEST(FitTextTest, CutsOnWholeCharactersAndFallsBackToThreeDots) {
  testutil::FixedMetrics metrics;
  const PageStyle style = testing::SmallPage();
  const LayoutContext context(metrics, style);
  // 2 pt per character at 4 pt.
  EXPECT_EQ(FitText("short", font::Face::kRegular, 4, 10, context), "short");
  EXPECT_EQ(FitText("line\none", font::Face::kRegular, 4, 20, context), "line one");
  EXPECT_EQ(FitText("Nguye\u0302\u0303n Van", font::Face::kRegular, 4, 12, context),
            "Nguye\u0302\u0303\u2026");
  EXPECT_EQ(FitText("word next", font::Face::kRegular, 4, 12, context), "word\u2026");
  EXPECT_EQ(FitText("abc", font::Face::kRegular, 4, 1, context), "");

  const testutil::FixedMetrics no_ellipsis(U"\u2026");
  const LayoutContext plain(no_ellipsis, style);
  EXPECT_EQ(FitText("abcdefgh", font::Face::kRegular, 4, 12, plain), "abc...");
}

}  // namespace
}  // namespace careplan::layout
