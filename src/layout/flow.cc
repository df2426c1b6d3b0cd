#include "layout/flow.h"

#include <algorithm>
#include <utility>

namespace careplan::layout {

void Flow::Add(BlockBoxes block) {
  if (block.boxes.empty()) return;
  const int group_offset = static_cast<int>(content_.repeat_headers.size());
  const int entry_offset = static_cast<int>(content_.contents_entries.size());

  Box& first = block.boxes.front();
  first.space_before = std::max(space_after_, block.space_before);
  if (pending_break_) first.page_break_before = true;
  pending_break_ = false;

  for (Box& box : block.boxes) {
    if (box.repeat_group >= 0) box.repeat_group += group_offset;
    if (box.contents_entry >= 0) box.contents_entry += entry_offset;
    // A heading holds on to the lines after it until it has two of them.
    if (keep_lines_ > 0) {
      box.keep_with_previous = !box.page_break_before;
      keep_lines_ -= box.line_count;
    }
    if (box.page_break_before) box.keep_with_previous = false;
  }
  if (block.keep_lines_after > 0) keep_lines_ = block.keep_lines_after;

  space_after_ = block.space_after;
  for (Box& header : block.repeat_headers) content_.repeat_headers.push_back(std::move(header));
  for (ContentsEntry& entry : block.contents_entries) {
    content_.contents_entries.push_back(entry);
  }
  for (Box& box : block.boxes) content_.boxes.push_back(std::move(box));
}

}  // namespace careplan::layout
