#include "layout/icon_shapes.h"

#include <cmath>
#include <numbers>

namespace careplan::layout {

IconShapes ShapesOf(doc::Icon icon) {
  switch (icon) {
    case doc::Icon::kWarning:
      return WarningIconShapes();
    case doc::Icon::kPhone:
      return PhoneIconShapes();
    case doc::Icon::kMedicine:
      return MedicineIconShapes();
    case doc::Icon::kCalendar:
      return CalendarIconShapes();
    case doc::Icon::kNone:
      break;
  }
  return {};
}

doc::ChartPolygon IconRect(double left, double top, double right, double bottom, Color color) {
  doc::ChartPolygon rect;
  rect.points = {{left, top}, {right, top}, {right, bottom}, {left, bottom}};
  rect.fill_color = color;
  return rect;
}

doc::ChartPolygon IconDisc(double cx, double cy, double radius, Color color) {
  constexpr int kSides = 16;
  doc::ChartPolygon disc;
  disc.fill_color = color;
  for (int i = 0; i < kSides; ++i) {
    const double angle = 2 * std::numbers::pi * i / kSides;
    disc.points.emplace_back(cx + radius * std::cos(angle), cy + radius * std::sin(angle));
  }
  return disc;
}

}  // namespace careplan::layout
