#include "compose/numbered_mark.h"

#include <gtest/gtest.h>

#include <cmath>
#include <variant>
#include <vector>

namespace careplan::compose {
namespace {

constexpr double kTolerance = 1e-9;

// Mark 3 at (40, 20) on a grid drawn at 1.5 points a unit, with 10 pt text:
// its centre is at (60, 30) in points.
NumberedMark MarkThree() {
  return NumberedMark{
      .number = 3, .cx = 40, .cy = 20, .scale = 1.5, .text_size_pt = 10, .disc_sides = 20};
}

TEST(NumberedMarkTest, IsABlackDiscThenItsNumber) {
  std::vector<doc::ChartItem> items;
  AddNumberedMark(MarkThree(), &items);
  ASSERT_EQ(items.size(), 2u);
  // The disc first, so that the number is painted on top of it.
  EXPECT_TRUE(std::holds_alternative<doc::ChartPolygon>(items[0]));
  EXPECT_TRUE(std::holds_alternative<doc::ChartText>(items[1]));
}

TEST(NumberedMarkTest, DiscIsFilledBlackAndRoundAroundTheCentre) {
  std::vector<doc::ChartItem> items;
  AddNumberedMark(MarkThree(), &items);
  const auto& disc = std::get<doc::ChartPolygon>(items.at(0));
  EXPECT_EQ(disc.fill_color, kBlack);
  ASSERT_EQ(disc.points.size(), 20u);
  // The radius is 0.75 of the text size in points, whatever the drawing's scale.
  for (const auto& [x, y] : disc.points) {
    EXPECT_NEAR(std::hypot(x - 60, y - 30), 7.5, kTolerance) << x << "," << y;
  }
}

TEST(NumberedMarkTest, NumberIsWhiteBoldAndCentredOnTheDisc) {
  std::vector<doc::ChartItem> items;
  AddNumberedMark(MarkThree(), &items);
  const auto& number = std::get<doc::ChartText>(items.at(1));
  EXPECT_EQ(number.text, "3");
  EXPECT_EQ(number.color, kWhite);
  EXPECT_EQ(number.style, doc::TextStyle::kBold);
  EXPECT_EQ(number.anchor, doc::TextAnchor::kMiddle);
  EXPECT_DOUBLE_EQ(number.size_pt, 10);
  EXPECT_NEAR(number.x, 60, kTolerance);
  // Digits about 0.7 em tall on this baseline have their middle on the centre.
  EXPECT_NEAR(number.y_baseline, 30 + 3.5, kTolerance);
}

TEST(NumberedMarkTest, DiscKeepsItsSizeInPointsAtAnotherScale) {
  NumberedMark mark = MarkThree();
  mark.scale = 3;
  mark.disc_sides = 24;
  std::vector<doc::ChartItem> items;
  AddNumberedMark(mark, &items);
  const auto& disc = std::get<doc::ChartPolygon>(items.at(0));
  ASSERT_EQ(disc.points.size(), 24u);
  for (const auto& [x, y] : disc.points) EXPECT_NEAR(std::hypot(x - 120, y - 60), 7.5, kTolerance);
}

}  // namespace
}  // namespace careplan::compose
