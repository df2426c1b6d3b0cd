// The small icons: their shapes on the 12 x 12 grid, and their place in the
// first line of a heading or a warning's title on the small page (text
// column from x = 60 to 180) with the fixed metrics.
#include "layout/icon_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "layout/icon_shapes.h"
#include "layout/layout.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"

namespace careplan::layout {
namespace {

using testing::FindOne;
using testing::ItemsOf;

constexpr doc::Icon kIcons[] = {doc::Icon::kWarning, doc::Icon::kPhone, doc::Icon::kMedicine,
                                doc::Icon::kCalendar};

TEST(IconShapesTest, EachIconIsSolidBlackWithWhiteDetailInsideItsSquare) {
  for (const doc::Icon icon : kIcons) {
    const IconShapes shapes = ShapesOf(icon);
    ASSERT_FALSE(shapes.empty()) << static_cast<int>(icon);
    int black = 0;
    int white = 0;
    for (const doc::ChartPolygon& shape : shapes) {
      EXPECT_GE(shape.points.size(), 3u);
      for (const auto& [x, y] : shape.points) {
        EXPECT_TRUE(x >= 0 && x <= kIconGrid && y >= 0 && y <= kIconGrid) << x << "," << y;
      }
      // Two inks only, so that it prints the same in black and white.
      EXPECT_TRUE(shape.fill_color == kBlack || shape.fill_color == kWhite);
      (shape.fill_color == kBlack ? black : white) += 1;
    }
    EXPECT_GE(black, 1) << static_cast<int>(icon);
    EXPECT_GE(white, 1) << static_cast<int>(icon);
    EXPECT_EQ(shapes.front().fill_color, kBlack) << "white detail is drawn over black";
  }
  EXPECT_TRUE(ShapesOf(doc::Icon::kNone).empty());
  EXPECT_EQ(IconIndent(doc::Icon::kNone, 12), 0);
}

TEST(IconShapesTest, PlacedIconsStandOnTheBaselineAtTheTextSize) {
  std::vector<PlacedItem> items;
  PlaceIcon(doc::Icon::kPhone, 100, 50, 20, kBlack, &items);
  ASSERT_EQ(items.size(), PhoneIconShapes().size());
  double top = 1e9;
  double bottom = -1e9;
  double right = 0;
  for (const PlacedItem& item : items) {
    for (const auto& [x, y] : std::get<PolygonItem>(item).points) {
      EXPECT_GE(x, 100);
      right = std::max(right, x);
      top = std::min(top, y);
      bottom = std::max(bottom, y);
    }
  }
  EXPECT_LE(right, 100 + IconSide(20) + 0.01);
  EXPECT_LT(IconSide(20), IconIndent(doc::Icon::kPhone, 20));
  EXPECT_GE(top, 50 - 20);            // below the top of a 20 pt line's letters
  EXPECT_LE(bottom, 50 + 0.2 * 20);   // no lower than the descenders
  EXPECT_GT(bottom - top, 0.7 * 20);  // at least as tall as a capital
}

class IconPlacementTest : public ::testing::Test {
 protected:
  PagedDocument Layout(doc::Block block) {
    doc::Document document;
    document.blocks.push_back(std::move(block));
    document.blocks.push_back(doc::Paragraph{doc::Plain("After.")});
    PagedDocument out = LayoutDocument(document, metrics_, style_);
    EXPECT_TRUE(testing::WithinMargins(out, style_, metrics_));
    return out;
  }

  testutil::FixedMetrics metrics_;
  PageStyle style_ = testing::SmallPage();
};

TEST_F(IconPlacementTest, AHeadingIconSitsBeforeItsTextAndAddsNoSpace) {
  const doc::Heading plain{3, "Who to call", false, false};
  doc::Heading with_icon = plain;
  with_icon.icon = doc::Icon::kPhone;
  const PagedDocument without = Layout(plain);
  const PagedDocument out = Layout(with_icon);
  EXPECT_TRUE(ItemsOf<PolygonItem>(without.pages[0]).empty());
  const std::vector<PolygonItem> shapes = ItemsOf<PolygonItem>(out.pages[0]);
  ASSERT_EQ(shapes.size(), PhoneIconShapes().size());
  const TextItem title = FindOne(out, "Who to call").item;
  EXPECT_GT(title.x, FindOne(without, "Who to call").item.x);
  for (const PolygonItem& shape : shapes) {
    for (const auto& [x, y] : shape.points) {
      EXPECT_LT(x, title.x);
      EXPECT_GT(y, title.baseline_y - title.size_pt);
      EXPECT_LT(y, title.baseline_y + 0.2 * title.size_pt);
    }
  }
  EXPECT_EQ(title.baseline_y, FindOne(without, "Who to call").item.baseline_y);
  EXPECT_EQ(FindOne(out, "After.").item.baseline_y, FindOne(without, "After.").item.baseline_y);
}

TEST_F(IconPlacementTest, AWarningTitleStartsWithADrawnSignNotAnExclamationMark) {
  doc::Callout callout;
  callout.title = "Call now if";
  callout.items = {doc::Plain("fever")};
  const PagedDocument out = Layout(callout);
  const TextItem title = FindOne(out, "Call now if").item;
  const RectItem frame = ItemsOf<RectItem>(out.pages[0]).front();
  const std::vector<PolygonItem> shapes = ItemsOf<PolygonItem>(out.pages[0]);
  ASSERT_EQ(shapes.size(), WarningIconShapes().size());
  EXPECT_EQ(shapes.front().fill_color, kBlack);
  for (const PolygonItem& shape : shapes) {
    for (const auto& [x, y] : shape.points) {
      EXPECT_GT(x, frame.x + frame.stroke_width);
      EXPECT_LT(x, title.x);
      EXPECT_GT(y, frame.y + frame.stroke_width);
      EXPECT_LT(y, title.baseline_y + 0.2 * title.size_pt);
    }
  }
  for (const TextItem& text : ItemsOf<TextItem>(out.pages[0])) {
    EXPECT_EQ(text.text.find('!'), std::string::npos) << text.text;
  }
}

TEST_F(IconPlacementTest, AnInformationBoxHasNoIcon) {
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kInformation;
  callout.title = "Good to know";
  callout.items = {doc::Plain("fever")};
  EXPECT_TRUE(ItemsOf<PolygonItem>(Layout(callout).pages[0]).empty());
}

}  // namespace
}  // namespace careplan::layout
