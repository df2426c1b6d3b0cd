// The timeline's bars stay apart on a black-and-white copy: every kind of bar
// differs from every other in pattern, outline or shade of grey, and the key
// draws each swatch exactly as the bars are drawn.
#include "compose/timeline_look.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

constexpr BarKind kKinds[] = {BarKind::kOngoing,    BarKind::kEffective,   BarKind::kPartial,
                              BarKind::kInadequate, BarKind::kIntolerance, BarKind::kSideEffects,
                              BarKind::kCompleted,  BarKind::kPlanned};

// A quarter of the grey scale: what a photocopy or `pdftoppm -gray` keeps
// apart without effort.
constexpr double kDistinctGrey = 64;

// The grey (0 black .. 255 white) a colour prints as (ITU-R BT.601 weights,
// as greyscale conversion commonly uses).
double Grey(Color color) { return 0.299 * color.r + 0.587 * color.g + 0.114 * color.b; }

// How a bar looks in greyscale: its texture (the pattern of the top
// rectangle, or flat), its outline, and the grey of its ground.
struct GreyLook {
  doc::Fill texture;
  bool dashed;
  double ground;
};

GreyLook LookInGrey(BarKind kind) {
  const std::vector<doc::ChartRect> rects = Bar(kind, 0, 0, 40, 10);
  const doc::ChartRect& top = rects.back();
  GreyLook look{top.fill, top.dashed_outline, 255};
  if (top.fill == doc::Fill::kSolid) look.ground = Grey(top.fill_color);
  for (size_t i = 0; i + 1 < rects.size(); ++i) {
    if (rects[i].fill == doc::Fill::kSolid) look.ground = Grey(rects[i].fill_color);
  }
  return look;
}

TEST(TimelineLookTest, EveryKindIsDistinctInGreyscale) {
  for (size_t i = 0; i < std::size(kKinds); ++i) {
    for (size_t j = i + 1; j < std::size(kKinds); ++j) {
      const GreyLook a = LookInGrey(kKinds[i]);
      const GreyLook b = LookInGrey(kKinds[j]);
      const bool distinct = a.texture != b.texture || a.dashed != b.dashed ||
                            std::abs(a.ground - b.ground) >= kDistinctGrey;
      EXPECT_TRUE(distinct) << BarLabel(kKinds[i]) << " and " << BarLabel(kKinds[j])
                            << " look alike in black and white";
    }
  }
}

// The reviewer's pairs: ongoing and worked well were the same solid grey; not
// tolerated and side effects the same dots.
TEST(TimelineLookTest, ReviewedPairsDifferInShade) {
  EXPECT_GE(std::abs(LookInGrey(BarKind::kOngoing).ground - LookInGrey(BarKind::kEffective).ground),
            kDistinctGrey);
  EXPECT_GE(
      std::abs(LookInGrey(BarKind::kIntolerance).ground - LookInGrey(BarKind::kSideEffects).ground),
      kDistinctGrey);
}

// A pattern must show on its ground once printed in grey.
TEST(TimelineLookTest, PatternsAreDarkerThanTheirGround) {
  for (BarKind kind : kKinds) {
    const std::vector<doc::ChartRect> rects = Bar(kind, 0, 0, 40, 10);
    ASSERT_FALSE(rects.empty());
    EXPECT_TRUE(rects.back().outline) << BarLabel(kind);
    for (size_t i = 0; i + 1 < rects.size(); ++i) EXPECT_FALSE(rects[i].outline);
    const doc::Fill fill = rects.back().fill;
    if (fill == doc::Fill::kSolid || fill == doc::Fill::kNone) continue;
    EXPECT_LE(Grey(rects.back().fill_color), LookInGrey(kind).ground - kDistinctGrey)
        << BarLabel(kind);
  }
}

// The key's swatches are the bars' own rectangles, so they cannot drift apart.
TEST(TimelineLookTest, KeySwatchesMatchTheBars) {
  const testing::PlanFixture fixture;
  const Measures style = fixture.Measure();
  for (BarKind kind : kKinds) {
    const doc::Chart key = MakeTimelineKey({kind}, style);
    std::vector<const doc::ChartRect*> swatch;
    for (const doc::ChartItem& item : key.items) {
      if (const auto* rect = std::get_if<doc::ChartRect>(&item)) swatch.push_back(rect);
    }
    const std::vector<doc::ChartRect> bar = Bar(kind, 0, 0, 40, 10);
    ASSERT_EQ(swatch.size(), bar.size()) << BarLabel(kind);
    for (size_t i = 0; i < bar.size(); ++i) {
      EXPECT_EQ(swatch[i]->fill, bar[i].fill);
      EXPECT_EQ(swatch[i]->fill_color, bar[i].fill_color);
      EXPECT_EQ(swatch[i]->outline, bar[i].outline);
      EXPECT_EQ(swatch[i]->dashed_outline, bar[i].dashed_outline);
    }
  }
}

}  // namespace
}  // namespace careplan::compose
