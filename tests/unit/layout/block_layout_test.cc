// Lists, checklists, call-outs, write-in lines, headings and charts, on the
// small page (text column from x = 60 to 180) with the fixed metrics.
#include <gtest/gtest.h>

#include <string>

#include "layout/layout.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"

namespace careplan::layout {
namespace {

using testing::FindAll;
using testing::FindOne;
using testing::ItemsOf;

class BlockLayoutTest : public ::testing::Test {
 protected:
  PagedDocument Layout(doc::Block block) {
    document_.blocks.push_back(std::move(block));
    PagedDocument out = LayoutDocument(document_, metrics_, style_);
    EXPECT_TRUE(testing::WithinMargins(out, style_, metrics_));
    return out;
  }

  testutil::FixedMetrics metrics_;
  PageStyle style_ = testing::SmallPage();
  doc::Document document_;
};

TEST_F(BlockLayoutTest, BulletListHasAHangingIndent) {
  const PagedDocument out =
      Layout(doc::List{false, {doc::Plain("one two three four"), doc::Plain("five")}});
  // The indent is 1.25 em (15 pt): the bullet is narrower than that.
  const std::vector<testing::Found> bullets = FindAll(out, "\u2022");
  ASSERT_EQ(bullets.size(), 2u);
  EXPECT_DOUBLE_EQ(bullets[0].item.x, 60);
  // 105 pt of text: 17 characters, so the item wraps under its first line.
  const TextItem first = FindOne(out, "one two three").item;
  const TextItem second = FindOne(out, "four").item;
  EXPECT_DOUBLE_EQ(first.x, 75);
  EXPECT_DOUBLE_EQ(second.x, 75);
  EXPECT_DOUBLE_EQ(second.baseline_y, first.baseline_y + 18);
  EXPECT_DOUBLE_EQ(bullets[0].item.baseline_y, first.baseline_y);
  // A small gap between items.
  EXPECT_DOUBLE_EQ(FindOne(out, "five").item.baseline_y, second.baseline_y + 18 + 3);
}

TEST_F(BlockLayoutTest, NumberedListAlignsItsNumbersOnTheRight) {
  doc::List list{true, {}};
  for (int i = 1; i <= 10; ++i) list.items.push_back(doc::Plain("item " + std::to_string(i)));
  const PagedDocument out = Layout(list);
  const TextItem nine = FindOne(out, "9.").item;
  const TextItem ten = FindOne(out, "10.").item;
  EXPECT_DOUBLE_EQ(nine.x + 12, ten.x + 18);  // right edges line up
  EXPECT_DOUBLE_EQ(ten.x, 60);
  EXPECT_DOUBLE_EQ(FindOne(out, "item 10").item.x, 60 + 18 + 6);  // "10." + half an em
}

TEST_F(BlockLayoutTest, BulletFallsBackToAHyphenWithoutTheGlyph) {
  metrics_ = testutil::FixedMetrics(U"\u2022");
  const PagedDocument out = Layout(doc::List{false, {doc::Plain("item")}});
  EXPECT_EQ(FindOne(out, "-").page, 0);
}

TEST_F(BlockLayoutTest, ChecklistItemHasADrawnBoxAndWriteLines) {
  const PagedDocument out = Layout(doc::Checklist{{{doc::Plain("Wear gloves"), 2}}});
  const std::vector<RectItem> boxes = ItemsOf<RectItem>(out.pages[0]);
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_EQ(boxes[0].fill, doc::Fill::kNone);
  EXPECT_TRUE(boxes[0].stroke);
  EXPECT_DOUBLE_EQ(boxes[0].width, boxes[0].height);
  EXPECT_DOUBLE_EQ(boxes[0].x, 60);
  const TextItem text = FindOne(out, "Wear gloves").item;
  EXPECT_GT(text.x, boxes[0].x + boxes[0].width);
  // The box sits on the text's baseline.
  EXPECT_NEAR(boxes[0].y + boxes[0].height, text.baseline_y + 0.6, 1e-9);
  // Two ruled lines 9 mm apart under the text, from the text's indent.
  const std::vector<LineItem> rules = ItemsOf<LineItem>(out.pages[0]);
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_DOUBLE_EQ(rules[0].x1, text.x);
  EXPECT_DOUBLE_EQ(rules[0].x2, 180);
  EXPECT_NEAR(rules[1].y1 - rules[0].y1, 9 * 72 / 25.4, 1e-9);
  EXPECT_GT(rules[0].y1, text.baseline_y);
}

TEST_F(BlockLayoutTest, WarningCalloutReadsInBlackAndWhite) {
  doc::Callout callout;
  callout.title = "Call now if";
  callout.paragraphs = {doc::Plain("Any of:")};
  callout.items = {doc::Plain("fever")};
  const PagedDocument out = Layout(callout);
  const TextItem title = FindOne(out, "Call now if").item;
  EXPECT_EQ(title.face, font::Face::kBold);
  EXPECT_EQ(title.color, kBlack);
  const std::vector<RectItem> frames = ItemsOf<RectItem>(out.pages[0]);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].fill, doc::Fill::kNone);  // no text over shading
  EXPECT_GE(frames[0].stroke_width, 2);
  EXPECT_EQ(frames[0].stroke_color, kBlack);
  EXPECT_EQ(FindOne(out, "\u2022").item.baseline_y, FindOne(out, "fever").item.baseline_y);
  // Everything inside the frame.
  for (const TextItem& text : ItemsOf<TextItem>(out.pages[0])) {
    if (text.size_pt != style_.body_size) continue;
    EXPECT_GT(text.x, frames[0].x);
    EXPECT_GT(text.baseline_y, frames[0].y);
    EXPECT_LT(text.baseline_y, frames[0].y + frames[0].height);
  }
}

TEST_F(BlockLayoutTest, InformationCalloutHasAThinFrameAndKeepsItsTitle) {
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kInformation;
  callout.title = "Good to know";
  const PagedDocument out = Layout(callout);
  EXPECT_EQ(FindOne(out, "Good to know").item.face, font::Face::kBold);
  const std::vector<RectItem> frames = ItemsOf<RectItem>(out.pages[0]);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_LT(frames[0].stroke_width, 2);
}

TEST_F(BlockLayoutTest, WriteInLinesHaveALabelAndRulesNineMillimetresApart) {
  const PagedDocument out = Layout(doc::WriteInLines{"Questions", 3});
  const TextItem label = FindOne(out, "Questions").item;
  const std::vector<LineItem> rules = ItemsOf<LineItem>(out.pages[0]);
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_GT(rules[0].y1, label.baseline_y);
  EXPECT_NEAR(rules[2].y1 - rules[1].y1, 9 * 72 / 25.4, 1e-9);
  EXPECT_DOUBLE_EQ(rules[0].x1, 60);
  EXPECT_DOUBLE_EQ(rules[0].x2, 180);
}

TEST_F(BlockLayoutTest, SixtyWriteInLinesRunOverSeveralPages) {
  const PagedDocument out = Layout(doc::WriteInLines{"Notes", 60});
  size_t rules = 0;
  for (const Page& page : out.pages) rules += ItemsOf<LineItem>(page).size();
  EXPECT_EQ(rules, 60u);
  EXPECT_GE(out.pages.size(), 9u);
}

TEST_F(BlockLayoutTest, LevelOneHeadingIsInTheAccentColourWithARule) {
  const PagedDocument out = Layout(doc::Heading{1, "My condition"});
  const TextItem heading = FindOne(out, "My condition").item;
  EXPECT_EQ(heading.color, style_.accent);
  EXPECT_EQ(heading.face, font::Face::kBold);
  const std::vector<LineItem> rules = ItemsOf<LineItem>(out.pages[0]);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_GT(rules[0].y1, heading.baseline_y);
  EXPECT_EQ(rules[0].color, style_.accent);
}

TEST_F(BlockLayoutTest, HeadingSizesComeFromTheStyle) {
  style_.heading_sizes[0] = 20;
  style_.heading_sizes[1] = 16;
  style_.heading_sizes[2] = 14;
  document_.blocks.push_back(doc::Heading{2, "Two"});
  const PagedDocument out = Layout(doc::Heading{3, "Three"});
  EXPECT_EQ(FindOne(out, "Two").item.size_pt, 16);
  EXPECT_EQ(FindOne(out, "Three").item.size_pt, 14);
  EXPECT_EQ(FindOne(out, "Three").item.color, kBlack);
}

TEST_F(BlockLayoutTest, WideChartIsScaledDownToTheTextColumn) {
  doc::Chart chart;
  chart.width_pt = 240;  // twice the column
  chart.height_pt = 100;
  chart.items.push_back(doc::ChartLine{0, 100, 240, 100});
  chart.items.push_back(doc::ChartRect{20, 20, 40, 80, doc::Fill::kHatched});
  chart.items.push_back(
      doc::ChartText{240, 50, "end", 12, doc::TextStyle::kRegular, doc::TextAnchor::kEnd});
  chart.items.push_back(doc::ChartPolygon{{{0, 0}, {10, 0}, {0, 10}}});
  chart.description = "A test chart.";
  const PagedDocument out = Layout(chart);
  const std::vector<LineItem> lines = ItemsOf<LineItem>(out.pages[0]);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_DOUBLE_EQ(lines[0].x1, 60);
  EXPECT_DOUBLE_EQ(lines[0].x2, 180);
  EXPECT_DOUBLE_EQ(lines[0].y1, 60 + 50);
  const std::vector<RectItem> rects = ItemsOf<RectItem>(out.pages[0]);
  ASSERT_EQ(rects.size(), 1u);
  EXPECT_DOUBLE_EQ(rects[0].x, 70);
  EXPECT_DOUBLE_EQ(rects[0].width, 20);
  EXPECT_EQ(rects[0].fill, doc::Fill::kHatched);
  // Text is not shrunk below the small size (10 pt), and stays anchored at
  // its end on the column's right edge.
  const TextItem end = FindOne(out, "end").item;
  EXPECT_DOUBLE_EQ(end.size_pt, 10);
  EXPECT_DOUBLE_EQ(end.x + 15, 180);
  // The description below the chart.
  EXPECT_GT(FindOne(out, "A test chart.").item.baseline_y, 60 + 50);
}

TEST_F(BlockLayoutTest, TallChartIsScaledToFitAPage) {
  doc::Chart chart;
  chart.width_pt = 100;
  chart.height_pt = 720;  // four pages tall
  chart.items.push_back(doc::ChartRect{0, 0, 100, 720});
  const PagedDocument out = Layout(chart);
  ASSERT_EQ(out.pages.size(), 1u);
  const std::vector<RectItem> rects = ItemsOf<RectItem>(out.pages[0]);
  ASSERT_EQ(rects.size(), 1u);
  EXPECT_DOUBLE_EQ(rects[0].height, 180);
  EXPECT_DOUBLE_EQ(rects[0].width, 25);
}

}  // namespace
}  // namespace careplan::layout
