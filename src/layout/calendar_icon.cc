// The calendar by "My checks": a page with two rings, a solid top band and
// a grid of days.
#include "layout/icon_shapes.h"

namespace careplan::layout {

IconShapes CalendarIconShapes() {
  IconShapes shapes = {IconRect(0.4, 1.8, 11.6, 11.7, kBlack),
                       IconRect(1.5, 4.6, 10.5, 10.6, kWhite), IconRect(2.8, 0.2, 4.2, 3.4, kBlack),
                       IconRect(7.8, 0.2, 9.2, 3.4, kBlack)};
  for (const double y : {5.6, 8.1}) {
    for (const double x : {2.5, 5.2, 7.9})
      shapes.push_back(IconRect(x, y, x + 1.6, y + 1.6, kBlack));
  }
  return shapes;
}

}  // namespace careplan::layout
