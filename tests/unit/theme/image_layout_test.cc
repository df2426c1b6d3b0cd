// Layout of a picture block, and the cover's letterhead made from a theme.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "compose/branding.h"
#include "layout/layout.h"
#include "layout/layout_dump.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"
#include "unit/theme/image_fixtures.h"

namespace careplan {
namespace {

using layout::ImageItem;
using layout::PagedDocument;

std::shared_ptr<const CheckedImage> SmallPng() {
  Status status;
  auto image = CheckedImage::Check(testing::MakePng(testing::PngSpec{}), &status);
  EXPECT_TRUE(status.ok()) << status.message();
  return image;
}

// The small page: text column from x = 60 to 180 (120 pt), body 60 to 240.
class ImageLayoutTest : public ::testing::Test {
 protected:
  PagedDocument Layout(std::vector<doc::Block> blocks) {
    doc::Document document;
    document.blocks = std::move(blocks);
    PagedDocument out = layout::LayoutDocument(document, metrics_, style_);
    EXPECT_TRUE(layout::testing::WithinMargins(out, style_, metrics_));
    return out;
  }
  std::vector<ImageItem> Images(const PagedDocument& out, size_t page = 0) {
    return layout::testing::ItemsOf<ImageItem>(out.pages.at(page));
  }

  testutil::FixedMetrics metrics_;
  layout::PageStyle style_ = layout::testing::SmallPage();
};

TEST_F(ImageLayoutTest, AnImageThatFitsKeepsItsSize) {
  const PagedDocument out = Layout({doc::Image{SmallPng(), 100, 50}});
  const std::vector<ImageItem> images = Images(out);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_DOUBLE_EQ(images[0].x, 60);
  EXPECT_DOUBLE_EQ(images[0].y, 60);
  EXPECT_DOUBLE_EQ(images[0].width, 100);
  EXPECT_DOUBLE_EQ(images[0].height, 50);
  EXPECT_EQ(images[0].image->info().width_px, 6);
}

TEST_F(ImageLayoutTest, AWideImageIsScaledToTheTextColumn) {
  const std::vector<ImageItem> images = Images(Layout({doc::Image{SmallPng(), 240, 60}}));
  ASSERT_EQ(images.size(), 1u);
  EXPECT_DOUBLE_EQ(images[0].width, 120);
  EXPECT_DOUBLE_EQ(images[0].height, 30);
}

TEST_F(ImageLayoutTest, ATallImageIsScaledToThePage) {
  const std::vector<ImageItem> images = Images(Layout({doc::Image{SmallPng(), 60, 360}}));
  ASSERT_EQ(images.size(), 1u);
  EXPECT_DOUBLE_EQ(images[0].width, 30);
  EXPECT_DOUBLE_EQ(images[0].height, 180);
}

TEST_F(ImageLayoutTest, AnImageIsNeverSplitAndMovesToTheNextPage) {
  const PagedDocument out =
      Layout({layout::testing::Lines("line", 10), doc::Image{SmallPng(), 100, 60}});
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_TRUE(Images(out, 0).empty());
  const std::vector<ImageItem> images = Images(out, 1);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_DOUBLE_EQ(images[0].y, 60);
}

TEST_F(ImageLayoutTest, ImagesWithoutDataOrSizeAreLeftOut) {
  const PagedDocument out = Layout({doc::Image{nullptr, 100, 50}, doc::Image{SmallPng(), 0, 50},
                                    doc::Image{SmallPng(), 100, -1},
                                    doc::Image{SmallPng(), std::nan(""), 5}, doc::Paragraph{}});
  EXPECT_TRUE(Images(out).empty());
}

TEST_F(ImageLayoutTest, DumpShowsTheImage) {
  const PagedDocument out = Layout({doc::Image{SmallPng(), 100, 50}});
  std::ostringstream dump;
  layout::DumpLayout(out, dump);
  EXPECT_NE(dump.str().find("  image 60.00 60.00 100.00 50.00 png 6x4\n"), std::string::npos)
      << dump.str();
}

TEST(BrandingTest, FitImageKeepsTheProportions) {
  using compose::FitImage;
  using compose::kLogoMaxHeightPt;
  using compose::kLogoMaxWidthPt;
  EXPECT_NEAR(kLogoMaxWidthPt, 113.39, 0.01);  // 40 mm
  EXPECT_NEAR(kLogoMaxHeightPt, 56.69, 0.01);  // 20 mm
  auto [w, h] = FitImage(480, 240, kLogoMaxWidthPt, kLogoMaxHeightPt);
  EXPECT_DOUBLE_EQ(w, kLogoMaxWidthPt);
  EXPECT_DOUBLE_EQ(h, kLogoMaxHeightPt);
  std::tie(w, h) = FitImage(100, 400, kLogoMaxWidthPt, kLogoMaxHeightPt);  // tall
  EXPECT_DOUBLE_EQ(h, kLogoMaxHeightPt);
  EXPECT_DOUBLE_EQ(w, kLogoMaxHeightPt / 4);
  std::tie(w, h) = FitImage(4000, 10, kLogoMaxWidthPt, kLogoMaxHeightPt);  // wide
  EXPECT_DOUBLE_EQ(w, kLogoMaxWidthPt);
  EXPECT_DOUBLE_EQ(h, kLogoMaxWidthPt / 400);
  std::tie(w, h) = FitImage(16, 16, kLogoMaxWidthPt, kLogoMaxHeightPt);  // small: scaled up
  EXPECT_DOUBLE_EQ(w, kLogoMaxHeightPt);
  EXPECT_EQ(FitImage(0, 10, 1, 1), (std::pair<double, double>{0, 0}));
}

TEST(BrandingTest, LetterheadFromTheTheme) {
  content::Theme theme;
  theme.organisation = "Riverside Clinic";
  theme.contact = "020 7946 0958";
  theme.logo = SmallPng();  // 6 x 4 pixels
  std::vector<doc::Block> blocks;
  compose::AppendBrandingToCover(theme, &blocks);
  ASSERT_EQ(blocks.size(), 2u);
  const auto* image = std::get_if<doc::Image>(&blocks[0]);
  ASSERT_NE(image, nullptr);
  EXPECT_EQ(image->image, theme.logo);
  EXPECT_DOUBLE_EQ(image->height_pt, compose::kLogoMaxHeightPt);
  EXPECT_DOUBLE_EQ(image->width_pt, compose::kLogoMaxHeightPt * 6 / 4);
  const auto* paragraph = std::get_if<doc::Paragraph>(&blocks[1]);
  ASSERT_NE(paragraph, nullptr);
  ASSERT_EQ(paragraph->text.size(), 2u);
  EXPECT_EQ(paragraph->text[0].text, "Riverside Clinic");
  EXPECT_EQ(paragraph->text[0].style, doc::TextStyle::kBold);
  EXPECT_EQ(paragraph->text[1].text, "\n020 7946 0958");
  EXPECT_EQ(paragraph->text[1].style, doc::TextStyle::kRegular);
}

TEST(BrandingTest, TheDefaultThemeAddsNothing) {
  std::vector<doc::Block> blocks;
  compose::AppendBrandingToCover(content::Theme{}, &blocks);
  EXPECT_TRUE(blocks.empty());
}

TEST(BrandingTest, OnlyWhatTheThemeHas) {
  content::Theme theme;
  theme.contact = "Call 111";
  std::vector<doc::Block> blocks;
  compose::AppendBrandingToCover(theme, &blocks);
  ASSERT_EQ(blocks.size(), 1u);
  const auto& paragraph = std::get<doc::Paragraph>(blocks[0]);
  ASSERT_EQ(paragraph.text.size(), 1u);
  EXPECT_EQ(paragraph.text[0].text, "Call 111");
}

}  // namespace
}  // namespace careplan
