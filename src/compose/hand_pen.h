// The pen of the drawings of hands (Raynaud's colour change, hand
// stretches): shapes in design units, scaled to points, fingers seen from
// the back with round tips, in the document's chart primitives.
#pragma once

#include <utility>
#include <vector>

#include "base/color.h"
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

}  // namespace careplan::compose
