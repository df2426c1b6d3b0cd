// The pen of the drawings of hands (Raynaud's colour change, hand
// stretches): shapes in design units, scaled to points, fingers seen from
// the back with round tips, in the document's chart primitives.
#pragma once

#include <span>
#include <utility>
#include <vector>

#include "base/color.h"
#include "compose/measures.h"
#include "doc/document.h"

namespace careplan::compose {

inline constexpr double kFingerWidth = 16;
inline constexpr double kFingerGap = 3;
// The sides of a fingertip's half circle.
inline constexpr int kFingerArcSides = 10;
inline constexpr Color kSkin{245, 214, 184};
inline constexpr Color kArrowGrey{90, 90, 90};

class HandPen {
 public:
  using Points = std::vector<std::pair<double, double>>;

  HandPen(double scale, std::vector<doc::ChartItem>* items) : scale_(scale), items_(items) {}

  // A finger seen from the back: a column from `bottom` up to a round tip
  // whose top is at `top`, `inset` inside its outline.
  void Finger(double left, double top, double bottom, double inset, Color color) const;
  void Block(double left, double top, double right, double bottom, Color color) const;
  void Polygon(Points points, Color color) const;
  void Line(double x1, double y1, double x2, double y2, double width, Color color) const;
  // A numbered mark (compose/numbered_mark.h) whose disc has twice the sides
  // of a fingertip's half circle, so it looks as round.
  void Mark(double cx, double cy, int number, double text_size) const;
  double scale() const { return scale_; }

 private:
  double scale_;
  std::vector<doc::ChartItem>* items_;
};

// The left edge of a hand of four fingers centred in panel `panel` (panels
// `panel_width` wide, side by side), moved right by `shift`; and of its
// finger `finger` (0: index finger).
double HandLeft(int panel, double panel_width, double shift = 0);
double FingerLeft(double hand_left, int finger);

// The words printed under a panel: a bold word and what it means.
struct PanelWords {
  const char* word;
  const char* meaning;
};

// Puts each panel's words under it, centred, at the chart's text size and
// measured in points so they keep their size whatever the drawing's scale;
// `hand_bottom` is in design units. Returns the chart's height.
double AddPanelWords(std::span<const PanelWords> panels, double panel_width, double hand_bottom,
                     double scale, const Measures& measures, doc::Chart* chart);

}  // namespace careplan::compose
