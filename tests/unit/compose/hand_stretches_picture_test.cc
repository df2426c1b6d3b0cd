#include "compose/hand_stretches_picture.h"

#include <gtest/gtest.h>

#include <string>

#include "compose/pictures.h"
#include "testutil/fixed_metrics.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::ChartTexts;

constexpr double kColumn = 481.89;
constexpr double kTolerance = 0.01;

Measures MeasuresFor(const font::FontMetrics& metrics, double body_size) {
  Measures measures;
  measures.metrics = &metrics;
  measures.width_pt = kColumn;
  measures.max_height_pt = 600;
  measures.body_size_pt = body_size;
  measures.text_size_pt = 0.9 * body_size;
  return measures;
}

const doc::ChartText* FindText(const doc::Chart& chart, const std::string& text) {
  for (const doc::ChartText* label : ChartTexts(chart)) {
    if (label->text == text) return label;
  }
  return nullptr;
}

class HandStretchesPictureTest : public ::testing::TestWithParam<double> {
 protected:
  testutil::FixedMetrics metrics_;
};

TEST_P(HandStretchesPictureTest, EveryShapeAndLabelIsInsideTheDrawing) {
  const Measures measures = MeasuresFor(metrics_, GetParam());
  const doc::Chart chart = MakeHandStretchesPicture(measures);
  EXPECT_LE(chart.width_pt, kColumn + kTolerance);
  EXPECT_GT(chart.height_pt, 0);
  auto inside = [&](double x, double y) {
    return x >= -kTolerance && x <= chart.width_pt + kTolerance && y >= -kTolerance &&
           y <= chart.height_pt + kTolerance;
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

// Each step's words stay under its own hand, with its numbered mark.
TEST_P(HandStretchesPictureTest, EachStepIsLabelledInWordsUnderItsHand) {
  const Measures measures = MeasuresFor(metrics_, GetParam());
  const doc::Chart chart = MakeHandStretchesPicture(measures);
  const char* const words[2][2] = {{"Straighten", "open your hand"},
                                   {"Bend", "curl your fingers in"}};
  const double panel = chart.width_pt / 2;
  for (int step = 0; step < 2; ++step) {
    for (const char* word : words[step]) {
      const doc::ChartText* label = FindText(chart, word);
      ASSERT_NE(label, nullptr) << word;
      const TextBox box = measures.BoxOf(*label);
      EXPECT_GE(box.left, step * panel - kTolerance) << word;
      EXPECT_LE(box.right, (step + 1) * panel + kTolerance) << word;
      EXPECT_EQ(label->size_pt, measures.text_size_pt) << word;
    }
    EXPECT_EQ(FindText(chart, words[step][0])->style, doc::TextStyle::kBold);
    EXPECT_NE(FindText(chart, std::to_string(step + 1)), nullptr) << "numbered mark";
  }
}

INSTANTIATE_TEST_SUITE_P(NormalAndLargePrint, HandStretchesPictureTest,
                         ::testing::Values(12.0, 18.0));

// The caption says the steps in the facts sheet's words (warm first, every
// day, a hand therapist) and no count or holding time, which has no source.
TEST(HandStretchesCaptionTest, SaysTheSourcedStepsAndNoCounts) {
  testutil::FixedMetrics metrics;
  const std::string caption = MakeHandStretchesPicture(MeasuresFor(metrics, 12)).description;
  for (const char* words : {"every day", "after warming your hands", "(1) gently straighten",
                            "(2) bend them in", "hand therapist"}) {
    EXPECT_NE(caption.find(words), std::string::npos) << words;
  }
  for (const char* words : {"times", "seconds", "hold", "repeat"}) {
    EXPECT_EQ(caption.find(words), std::string::npos) << words;
  }
}

TEST(HandStretchesCaptionTest, TheGuideNameDrawsIt) {
  testutil::FixedMetrics metrics;
  const doc::Chart chart = DrawPicture(doc::PictureKind::kHandStretches, MeasuresFor(metrics, 12));
  EXPECT_EQ(chart.description, MakeHandStretchesPicture(MeasuresFor(metrics, 12)).description);
}

}  // namespace
}  // namespace careplan::compose
