#include "compose/raynaud_colour_change_picture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "compose/pictures.h"
#include "testutil/fixed_metrics.h"
#include "unit/compose/picture_checks.h"

namespace careplan::compose {
namespace {

Measures MeasuresFor(const font::FontMetrics& metrics, double body_size) {
  return testing::PictureMeasures(metrics, body_size);
}

// Grey as a photocopier or `pdftoppm -gray` sees it (ITU-R BT.601 weights).
double Grey(Color color) { return (0.299 * color.r + 0.587 * color.g + 0.114 * color.b) / 255; }

int PolygonsOfColor(const doc::Chart& chart, Color color) {
  return static_cast<int>(std::count_if(chart.items.begin(), chart.items.end(), [&](const auto& i) {
    const auto* polygon = std::get_if<doc::ChartPolygon>(&i);
    return polygon && polygon->fill_color == color;
  }));
}

const doc::ChartText* FindText(const doc::Chart& chart, const std::string& text) {
  return testing::FindChartText(chart, text);
}

class RaynaudPictureTest : public ::testing::TestWithParam<double> {
 protected:
  testutil::FixedMetrics metrics_;
};

TEST_P(RaynaudPictureTest, EveryShapeAndLabelIsInsideTheDrawing) {
  const Measures measures = MeasuresFor(metrics_, GetParam());
  testing::ExpectInsideTheDrawing(MakeRaynaudColourChangePicture(measures), measures);
}

// Each stage's two lines of words stay under its own hand: inside a third
// of the drawing, centred on it, and apart from the next stage's words.
TEST_P(RaynaudPictureTest, EachStageIsLabelledInWordsUnderItsHand) {
  const Measures measures = MeasuresFor(metrics_, GetParam());
  const char* const words[3][2] = {
      {"Warm", "usual colour"}, {"Cold", "white or blue"}, {"Stays cold", "get help now"}};
  testing::ExpectWordsUnderEachPanel(MakeRaynaudColourChangePicture(measures), measures, words);
}

INSTANTIATE_TEST_SUITE_P(NormalAndLargePrint, RaynaudPictureTest, ::testing::Values(12.0, 18.0));

TEST(RaynaudPictureColourTest, TheThreeStagesDifferInGreyByAClearMargin) {
  constexpr double kMargin = 0.2;
  for (size_t a = 0; a < kRaynaudStageColors.size(); ++a) {
    for (size_t b = a + 1; b < kRaynaudStageColors.size(); ++b) {
      EXPECT_GE(std::abs(Grey(kRaynaudStageColors[a]) - Grey(kRaynaudStageColors[b])), kMargin)
          << "stages " << a + 1 << " and " << b + 1;
    }
  }
}

TEST(RaynaudPictureColourTest, TheColdBlueAndTheStaysColdBlackDifferInGrey) {
  EXPECT_GE(std::abs(Grey(kRaynaudColdBlue) - Grey(kRaynaudStageColors[2])), 0.2);
}

TEST(RaynaudPictureColourTest, EachStageColoursTheFourFingertips) {
  testutil::FixedMetrics metrics;
  const doc::Chart chart = MakeRaynaudColourChangePicture(MeasuresFor(metrics, 12));
  // Warm: four; cold: two white and two blue ("white or blue"); staying cold: four.
  EXPECT_EQ(PolygonsOfColor(chart, kRaynaudStageColors[0]), 4);
  EXPECT_EQ(PolygonsOfColor(chart, kRaynaudStageColors[1]), 2);
  EXPECT_EQ(PolygonsOfColor(chart, kRaynaudColdBlue), 2);
  EXPECT_EQ(PolygonsOfColor(chart, kRaynaudStageColors[2]), 4);
}

// No stage the facts sheet does not hold: no red stage, no throbbing.
TEST(RaynaudPictureColourTest, DrawsOnlySourcedStages) {
  testutil::FixedMetrics metrics;
  const doc::Chart chart = MakeRaynaudColourChangePicture(MeasuresFor(metrics, 12));
  for (const char* words : {"Red", "blood comes back", "throb"}) {
    EXPECT_EQ(FindText(chart, words), nullptr) << words;
    EXPECT_EQ(chart.description.find(words), std::string::npos) << words;
  }
}

TEST(RaynaudPictureColourTest, TheCaptionSaysTheStagesWhatToDoAndTheEmergencySign) {
  testutil::FixedMetrics metrics;
  const std::string caption = MakeRaynaudColourChangePicture(MeasuresFor(metrics, 12)).description;
  for (const char* words :
       {"(1) warm fingers have their usual colour",
        "(2) in the cold, fingers or toes can turn white or blue", "warm your whole body",
        "(3) get emergency help if a finger or toe stays white, blue or black and cold"}) {
    EXPECT_NE(caption.find(words), std::string::npos) << words;
  }
}

TEST(RaynaudPictureColourTest, LargePrintDrawsItLarger) {
  testutil::FixedMetrics metrics;
  EXPECT_GT(MakeRaynaudColourChangePicture(MeasuresFor(metrics, 18)).height_pt,
            1.2 * MakeRaynaudColourChangePicture(MeasuresFor(metrics, 12)).height_pt);
}

TEST(PicturesTest, DrawPicturesReplacesEachNamedPictureWithItsDrawing) {
  testutil::FixedMetrics metrics;
  std::vector<doc::Block> blocks = {doc::Paragraph{doc::Plain("Before.")},
                                    doc::Picture{doc::PictureKind::kRaynaudColourChange}};
  DrawPictures(MeasuresFor(metrics, 12), &blocks);
  ASSERT_EQ(blocks.size(), 2u);
  ASSERT_TRUE(std::holds_alternative<doc::Chart>(blocks[1]));
  EXPECT_NE(std::get<doc::Chart>(blocks[1]).description.find("Raynaud's"), std::string::npos);
}

}  // namespace
}  // namespace careplan::compose
