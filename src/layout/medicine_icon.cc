// The capsule by "My medicines": two halves at a slant, one solid and one
// white inside a solid rim, the way a pill is drawn on pharmacy labels.
#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

#include "layout/icon_shapes.h"

namespace careplan::layout {
namespace {

constexpr double kHalfStraight = 3.6;  // half the straight part, along the axis
constexpr double kRadius = 3.3;
constexpr double kRim = 1.1;
constexpr int kArcSides = 8;

// From the capsule's own axes (u along it, v across) to the 12 x 12 square:
// centred, rising at 45 degrees from bottom left to top right.
std::pair<double, double> Place(double u, double v) {
  const double c = std::numbers::sqrt2 / 2;
  return {6 + c * (u + v), 6 + c * (v - u)};
}

// Half a capsule, from u = `from` to its round end at the +u side, `inset`
// inside the outline; `sign` -1 gives the other half.
doc::ChartPolygon Half(double from, double inset, double sign, Color color) {
  const double radius = kRadius - inset;
  doc::ChartPolygon half;
  half.fill_color = color;
  half.points.push_back(Place(sign * from, -radius));
  for (int i = 0; i <= kArcSides; ++i) {
    const double angle = std::numbers::pi * (-0.5 + static_cast<double>(i) / kArcSides);
    half.points.push_back(
        Place(sign * (kHalfStraight + radius * std::cos(angle)), sign * radius * std::sin(angle)));
  }
  half.points.push_back(Place(sign * from, radius));
  return half;
}

}  // namespace

IconShapes MedicineIconShapes() {
  return {Half(0, 0, 1, kBlack), Half(0, 0, -1, kBlack), Half(0.5, kRim, 1, kWhite)};
}

}  // namespace careplan::layout
