// The warning sign on an emergency or same-day box: a solid triangle with a
// white exclamation mark, the shape road signs and medicine leaflets use.
#include "layout/icon_shapes.h"

namespace careplan::layout {

IconShapes WarningIconShapes() {
  doc::ChartPolygon triangle;
  triangle.points = {{6, 0.2}, {11.9, 11.7}, {0.1, 11.7}};
  doc::ChartPolygon bar;
  bar.points = {{5.1, 3.7}, {6.9, 3.7}, {6.45, 8.2}, {5.55, 8.2}};
  bar.fill_color = kWhite;
  return {triangle, bar, IconDisc(6, 9.85, 0.95, kWhite)};
}

}  // namespace careplan::layout
