#include "layout/icon_layout.h"

#include "layout/box.h"
#include "layout/icon_shapes.h"

namespace careplan::layout {
namespace {

// Taller than a capital (0.72 em) so that its details show, but within the
// line: from 0.9 em above the baseline to just below it.
constexpr double kSideEm = 1.0;
constexpr double kBelowBaselineEm = 0.1;
constexpr double kGapEm = 0.35;

}  // namespace

double IconSide(double size_pt) { return kSideEm * size_pt; }

double IconIndent(doc::Icon icon, double size_pt) {
  return icon == doc::Icon::kNone ? 0 : IconSide(size_pt) + kGapEm * size_pt;
}

void PlaceIcon(doc::Icon icon, double x, double baseline, double size_pt, Color ink,
               std::vector<PlacedItem>* items) {
  const double side = IconSide(size_pt);
  const double scale = side / kIconGrid;
  const double top = baseline + kBelowBaselineEm * size_pt - side;
  for (const doc::ChartPolygon& shape : ShapesOf(icon)) {
    PolygonItem polygon;
    polygon.fill_color = shape.fill_color == kBlack ? ink : shape.fill_color;
    for (const auto& [px, py] : shape.points) {
      polygon.points.emplace_back(x + px * scale, top + py * scale);
    }
    AddItem(items, std::move(polygon));
  }
}

}  // namespace careplan::layout
