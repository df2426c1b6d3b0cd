#include "compose/raynaud_colour_change_picture.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "compose/hand_pen.h"

namespace careplan::compose {
namespace {

// The drawing is designed at 12 pt body text on this grid, then scaled.
constexpr double kDesignBodySize = 12;
constexpr double kPanelWidth = 120;
constexpr double kDesignWidth = 3 * kPanelWidth;
constexpr double kHandTop = 8;      // the tip of the longest finger
constexpr double kPalmTop = 78;     // where the fingers meet the palm
constexpr double kHandBottom = 96;  // the palm is cut off here
constexpr double kOutline = 1.6;
// Of each finger, this share from the tip changes colour.
constexpr double kChangedShare = 0.55;

// Finger lengths, index to little finger, from the palm up.
constexpr std::array<double, 4> kFingerLengths = {62, 70, 66, 54};

constexpr std::array<PanelWords, 3> kStages = {{
    {"Warm", "usual colour"},
    {"Cold", "white or blue"},
    {"Stays cold", "get help now"},
}};

double HandLeft(int panel) { return compose::HandLeft(panel, kPanelWidth); }

double FingerLeft(int panel, int finger) { return compose::FingerLeft(HandLeft(panel), finger); }

// Outline first (black, full size), then the skin inside it, then the
// changed part of each finger, with a line where the colour changes.
void DrawHand(const HandPen& pen, int panel, Color changed) {
  const double left = HandLeft(panel);
  const double right = FingerLeft(panel, 3) + kFingerWidth;
  for (int f = 0; f < 4; ++f) {
    pen.Finger(FingerLeft(panel, f), kPalmTop - kFingerLengths[f], kPalmTop + 2, 0, kBlack);
  }
  pen.Block(left, kPalmTop, right, kHandBottom, kBlack);
  for (int f = 0; f < 4; ++f) {
    pen.Finger(FingerLeft(panel, f), kPalmTop - kFingerLengths[f] + kOutline, kPalmTop + 4,
               kOutline, kSkin);
  }
  pen.Block(left + kOutline, kPalmTop, right - kOutline, kHandBottom, kSkin);
  for (int f = 0; f < 4; ++f) {
    const double top = kPalmTop - kFingerLengths[f];
    const double change = top + kChangedShare * kFingerLengths[f];
    const Color tip = panel == 1 && f % 2 == 1 ? kRaynaudColdBlue : changed;
    pen.Finger(FingerLeft(panel, f), top + kOutline, change, kOutline, tip);
    pen.Line(FingerLeft(panel, f) + kOutline, change,
             FingerLeft(panel, f) + kFingerWidth - kOutline, change, 0.75, kBlack);
  }
}

// An arrow between two panels: from one stage to the next.
void DrawArrow(const HandPen& pen, int to_panel) {
  const double x = to_panel * kPanelWidth;
  const double y = 0.5 * (kPalmTop + kHandBottom) - 10;
  pen.Line(x - 9, y, x + 3, y, 2, kArrowGrey);
  pen.Polygon({{x + 1, y - 5}, {x + 9, y}, {x + 1, y + 5}}, kArrowGrey);
}

}  // namespace

doc::Chart MakeRaynaudColourChangePicture(const Measures& measures) {
  const double room = measures.width_pt > 0 ? measures.width_pt / kDesignWidth : 1.0;
  const double scale = std::min(measures.body_size_pt / kDesignBodySize, room);
  const double text_size = measures.text_size_pt > 0 ? measures.text_size_pt : 0.9 * 12;
  doc::Chart chart;
  chart.width_pt = kDesignWidth * scale;
  const HandPen pen(scale, &chart.items);
  for (int panel = 0; panel < 3; ++panel) {
    DrawHand(pen, panel, kRaynaudStageColors[static_cast<size_t>(panel)]);
    // Warm to cold is an attack; staying cold after warming is not a next
    // stage of every attack, so no arrow leads to it.
    if (panel == 1) DrawArrow(pen, panel);
    pen.Mark(panel * kPanelWidth + 12, kHandTop + 6, panel + 1, text_size);
  }
  chart.height_pt = AddPanelWords(kStages, kPanelWidth, kHandBottom, scale, measures, &chart);
  chart.description =
      "Raynaud's: (1) warm fingers have their usual colour; (2) in the cold, fingers or toes "
      "can turn white or blue: warm your whole body, not just your hands; (3) get emergency help "
      "if a finger or toe stays white, blue or black and cold, even after you warm it.";
  return chart;
}

}  // namespace careplan::compose
