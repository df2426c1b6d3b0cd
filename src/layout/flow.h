// Flow: the document as one list of boxes, built block by block. It decides
// what lies between blocks: the gap (the larger of the two blocks' spacing),
// forced page breaks, and the rule that a heading keeps at least two lines of
// what follows on its page. Consumed by the paginator.
#pragma once

#include <utility>
#include <vector>

#include "layout/box.h"

namespace careplan::layout {

struct FlowContent {
  std::vector<Box> boxes;
  std::vector<Box> repeat_headers;              // by Box::repeat_group
  std::vector<ContentsEntry> contents_entries;  // by Box::contents_entry
};

class Flow {
 public:
  // Appends one block's boxes (an empty block changes nothing).
  void Add(BlockBoxes block);
  // The next box starts a new page (several breaks in a row make one).
  void BreakPage() { pending_break_ = true; }
  FlowContent Finish() { return std::move(content_); }

 private:
  FlowContent content_;
  double space_after_ = 0;  // the previous block's space after
  bool pending_break_ = false;
  int keep_lines_ = 0;  // lines still to keep with the last heading
};

}  // namespace careplan::layout
