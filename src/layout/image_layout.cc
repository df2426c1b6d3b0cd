#include "layout/image_layout.h"

#include <algorithm>
#include <cmath>

namespace careplan::layout {

BlockBoxes LayoutImage(const doc::Image& image, const LayoutContext& context) {
  const bool sized = std::isfinite(image.width_pt) && std::isfinite(image.height_pt) &&
                     image.width_pt > 0 && image.height_pt > 0;
  if (!image.image || !sized) return {};
  const double scale =
      std::min({1.0, context.width() / image.width_pt, context.max_box_height() / image.height_pt});
  ImageItem item;
  item.x = context.left();
  item.y = 0;
  item.width = image.width_pt * scale;
  item.height = image.height_pt * scale;
  item.image = image.image;

  Box box;
  box.height = item.height;
  box.line_count = 2;  // enough for a heading above to stay with it
  AddItem(&box.items, std::move(item));
  BlockBoxes block;
  block.boxes.push_back(std::move(box));
  block.space_before = block.space_after = context.style().paragraph_gap;
  return block;
}

}  // namespace careplan::layout
