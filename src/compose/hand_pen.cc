#include "compose/hand_pen.h"

#include <cmath>
#include <numbers>

#include "compose/numbered_mark.h"

namespace careplan::compose {

void HandPen::Finger(double left, double top, double bottom, double inset, Color color) const {
  const double radius = kFingerWidth / 2 - inset;
  const double cx = left + kFingerWidth / 2;
  const double cy = top + kFingerWidth / 2;
  Points points;
  points.emplace_back(cx - radius, bottom);
  for (int i = 0; i <= kFingerArcSides; ++i) {
    const double angle = std::numbers::pi * (1.0 + static_cast<double>(i) / kFingerArcSides);
    points.emplace_back(cx + radius * std::cos(angle), cy + radius * std::sin(angle));
  }
  points.emplace_back(cx + radius, bottom);
  Polygon(std::move(points), color);
}

void HandPen::Block(double left, double top, double right, double bottom, Color color) const {
  Polygon({{left, top}, {right, top}, {right, bottom}, {left, bottom}}, color);
}

void HandPen::Polygon(Points points, Color color) const {
  doc::ChartPolygon polygon;
  polygon.fill_color = color;
  for (auto& [x, y] : points) polygon.points.emplace_back(x * scale_, y * scale_);
  items_->push_back(std::move(polygon));
}

void HandPen::Line(double x1, double y1, double x2, double y2, double width, Color color) const {
  items_->push_back(doc::ChartLine{x1 * scale_, y1 * scale_, x2 * scale_, y2 * scale_,
                                   width * scale_, color, false});
}

void HandPen::Mark(double cx, double cy, int number, double text_size) const {
  AddNumberedMark({number, cx, cy, scale_, text_size, 2 * kFingerArcSides}, items_);
}

}  // namespace careplan::compose
