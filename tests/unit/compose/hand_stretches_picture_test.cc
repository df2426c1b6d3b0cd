#include "compose/hand_stretches_picture.h"

#include <gtest/gtest.h>

#include <string>

#include "compose/pictures.h"
#include "testutil/fixed_metrics.h"
#include "unit/compose/picture_checks.h"

namespace careplan::compose {
namespace {

using testing::ExpectInsideTheDrawing;
using testing::ExpectWordsUnderEachPanel;

Measures MeasuresFor(const font::FontMetrics& metrics, double body_size) {
  return testing::PictureMeasures(metrics, body_size);
}

class HandStretchesPictureTest : public ::testing::TestWithParam<double> {
 protected:
  testutil::FixedMetrics metrics_;
};

TEST_P(HandStretchesPictureTest, EveryShapeAndLabelIsInsideTheDrawing) {
  const Measures measures = MeasuresFor(metrics_, GetParam());
  ExpectInsideTheDrawing(MakeHandStretchesPicture(measures), measures);
}

// Each step's words stay under its own hand, with its numbered mark.
TEST_P(HandStretchesPictureTest, EachStepIsLabelledInWordsUnderItsHand) {
  const Measures measures = MeasuresFor(metrics_, GetParam());
  const char* const words[2][2] = {{"Straighten", "open your hand"},
                                   {"Bend", "curl your fingers in"}};
  ExpectWordsUnderEachPanel(MakeHandStretchesPicture(measures), measures, words);
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
