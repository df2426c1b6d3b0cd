// Shared checks of the drawings made of chart primitives (the Raynaud's
// colour change, the hand stretches): the measures of a text column at a body
// size, a label found by its words, and every shape and label inside the
// drawing's box.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "compose/measures.h"
#include "doc/document.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose::testing {

inline constexpr double kPictureColumn = 481.89;
inline constexpr double kPictureTolerance = 0.01;

inline Measures PictureMeasures(const font::FontMetrics& metrics, double body_size) {
  Measures measures;
  measures.metrics = &metrics;
  measures.width_pt = kPictureColumn;
  measures.max_height_pt = 600;
  measures.body_size_pt = body_size;
  measures.text_size_pt = 0.9 * body_size;
  return measures;
}

inline const doc::ChartText* FindChartText(const doc::Chart& chart, const std::string& text) {
  for (const doc::ChartText* label : ChartTexts(chart)) {
    if (label->text == text) return label;
  }
  return nullptr;
}

inline void ExpectInsideTheDrawing(const doc::Chart& chart, const Measures& measures) {
  EXPECT_LE(chart.width_pt, kPictureColumn + kPictureTolerance);
  EXPECT_GT(chart.height_pt, 0);
  auto inside = [&](double x, double y) {
    return x >= -kPictureTolerance && x <= chart.width_pt + kPictureTolerance &&
           y >= -kPictureTolerance && y <= chart.height_pt + kPictureTolerance;
  };
  for (const doc::ChartItem& item : chart.items) {
    if (const auto* line = std::get_if<doc::ChartLine>(&item)) {
      EXPECT_TRUE(inside(line->x1, line->y1) && inside(line->x2, line->y2));
    } else if (const auto* polygon = std::get_if<doc::ChartPolygon>(&item)) {
      for (const auto& [x, y] : polygon->points) EXPECT_TRUE(inside(x, y)) << x << "," << y;
    } else if (const auto* text = std::get_if<doc::ChartText>(&item)) {
      const TextBox box = measures.BoxOf(*text);
      EXPECT_TRUE(inside(box.left, box.top) && inside(box.right, box.bottom)) << text->text;
    }
  }
}

// Each panel's words stay under its own drawing: inside its share of the
// width, at the chart's text size, the first word bold; and the panel has
// its numbered mark.
template <size_t Panels>
void ExpectWordsUnderEachPanel(const doc::Chart& chart, const Measures& measures,
                               const char* const (&words)[Panels][2]) {
  const double panel = chart.width_pt / Panels;
  for (size_t p = 0; p < Panels; ++p) {
    for (const char* word : words[p]) {
      const doc::ChartText* label = FindChartText(chart, word);
      ASSERT_NE(label, nullptr) << word;
      const TextBox box = measures.BoxOf(*label);
      EXPECT_GE(box.left, p * panel - kPictureTolerance) << word;
      EXPECT_LE(box.right, (p + 1) * panel + kPictureTolerance) << word;
      EXPECT_EQ(label->size_pt, measures.text_size_pt) << word;
    }
    EXPECT_EQ(FindChartText(chart, words[p][0])->style, doc::TextStyle::kBold);
    EXPECT_NE(FindChartText(chart, std::to_string(p + 1)), nullptr) << "numbered mark";
  }
}

}  // namespace careplan::compose::testing
