#include "compose/hand_stretches_picture.h"

#include <algorithm>
#include <array>

#include "compose/hand_pen.h"

namespace careplan::compose {
namespace {

// The drawing is designed at 12 pt body text on this grid, then scaled.
constexpr double kDesignBodySize = 12;
constexpr double kPanelWidth = 130;
constexpr double kDesignWidth = 2 * kPanelWidth;
constexpr double kHandTop = 8;       // the tip of the longest straight finger
constexpr double kPalmTop = 78;      // where the fingers meet the palm
constexpr double kHandBottom = 100;  // the palm is cut off here
constexpr double kOutline = 1.6;

// Finger lengths from the palm up, index to little finger: straight, and
// bent in (seen from the back, only the first joint shows above the knuckle).
constexpr std::array<double, 4> kStraightLengths = {62, 70, 66, 54};
constexpr std::array<double, 4> kBentLengths = {22, 24, 23, 20};

constexpr std::array<PanelWords, 2> kStages = {{
    {"Straighten", "open your hand"},
    {"Bend", "curl your fingers in"},
}};

// Moved right a little: room for the thumb.
double HandLeft(int panel) { return compose::HandLeft(panel, kPanelWidth, 6); }

double FingerLeft(int panel, int finger) { return compose::FingerLeft(HandLeft(panel), finger); }

// The thumb, at the side of the palm: out to the side when the hand is
// open, close beside it when the fingers are bent. Outline, then skin.
void DrawThumb(const HandPen& pen, int panel, bool open) {
  const double left = HandLeft(panel);
  const double reach = open ? 22 : 9;
  const double tip = open ? kPalmTop - 16 : kPalmTop - 4;
  pen.Polygon({{left + 2, kHandBottom},
               {left + 2, kPalmTop + 6},
               {left - reach + 4, tip - 6},
               {left - reach - 4, tip + 2},
               {left - 4, kHandBottom}},
              kBlack);
  const double in = kOutline;
  pen.Polygon({{left + 2, kHandBottom},
               {left + 2, kPalmTop + 6 + in},
               {left - reach + 4, tip - 6 + 2 * in},
               {left - reach - 4 + 2 * in, tip + 2},
               {left - 4 + in, kHandBottom}},
              kSkin);
}

// Outline first (black, full size), then the skin inside it; a bent
// finger has a crease across it where it folds over the knuckle.
void DrawHand(const HandPen& pen, int panel, const std::array<double, 4>& lengths, bool open) {
  const double left = HandLeft(panel);
  const double right = FingerLeft(panel, 3) + kFingerWidth;
  for (int f = 0; f < 4; ++f) {
    pen.Finger(FingerLeft(panel, f), kPalmTop - lengths[f], kPalmTop + 2, 0, kBlack);
  }
  pen.Block(left, kPalmTop, right, kHandBottom, kBlack);
  DrawThumb(pen, panel, open);
  for (int f = 0; f < 4; ++f) {
    pen.Finger(FingerLeft(panel, f), kPalmTop - lengths[f] + kOutline, kPalmTop + 4, kOutline,
               kSkin);
  }
  pen.Block(left + kOutline, kPalmTop, right - kOutline, kHandBottom, kSkin);
  if (open) return;
  for (int f = 0; f < 4; ++f) {
    const double crease = kPalmTop - 0.35 * lengths[f];
    pen.Line(FingerLeft(panel, f) + kOutline, crease,
             FingerLeft(panel, f) + kFingerWidth - kOutline, crease, 0.75, kBlack);
  }
}

// A two-way arrow between the panels: bend, then straighten again.
void DrawTwoWayArrow(const HandPen& pen) {
  const double x = kPanelWidth;
  const double y = 0.5 * (kHandTop + kPalmTop);
  pen.Line(x - 8, y, x + 8, y, 2, kArrowGrey);
  pen.Polygon({{x + 6, y - 5}, {x + 14, y}, {x + 6, y + 5}}, kArrowGrey);
  pen.Polygon({{x - 6, y - 5}, {x - 14, y}, {x - 6, y + 5}}, kArrowGrey);
}

}  // namespace

doc::Chart MakeHandStretchesPicture(const Measures& measures) {
  const double room = measures.width_pt > 0 ? measures.width_pt / kDesignWidth : 1.0;
  const double scale = std::min(measures.body_size_pt / kDesignBodySize, room);
  const double text_size = measures.text_size_pt > 0 ? measures.text_size_pt : 0.9 * 12;
  doc::Chart chart;
  chart.width_pt = kDesignWidth * scale;
  const HandPen pen(scale, &chart.items);
  DrawHand(pen, 0, kStraightLengths, true);
  DrawHand(pen, 1, kBentLengths, false);
  DrawTwoWayArrow(pen);
  for (int panel = 0; panel < 2; ++panel) {
    pen.Mark(panel * kPanelWidth + 12, kHandTop + 6, panel + 1, text_size);
  }
  chart.height_pt = AddPanelWords(kStages, kPanelWidth, kHandBottom, scale, measures, &chart);
  chart.description =
      "Finger stretches, every day, after warming your hands: (1) gently straighten your "
      "fingers as far as is comfortable; (2) bend them in, then straighten them again. A hand "
      "therapist can show you which stretches suit you.";
  return chart;
}

}  // namespace careplan::compose
