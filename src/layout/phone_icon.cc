// The telephone by "Who to call": a handset lying on a desk phone's base,
// with white keys so that it does not read as a plain block.
#include "layout/icon_shapes.h"

namespace careplan::layout {

IconShapes PhoneIconShapes() {
  doc::ChartPolygon handset;
  handset.points = {{0.2, 4.8},  {0.2, 2.6}, {1.6, 1.0}, {10.4, 1.0}, {11.8, 2.6},
                    {11.8, 4.8}, {8.9, 4.8}, {8.4, 3.2}, {3.6, 3.2},  {3.1, 4.8}};
  doc::ChartPolygon base;
  base.points = {{3.6, 5.4}, {8.4, 5.4}, {11.6, 11.7}, {0.4, 11.7}};
  IconShapes shapes = {handset, base};
  for (const double y : {7.3, 9.5}) {
    for (const double x : {3.9, 5.45, 7.0}) {
      shapes.push_back(IconRect(x, y, x + 1.1, y + 1.1, kWhite));
    }
  }
  return shapes;
}

}  // namespace careplan::layout
