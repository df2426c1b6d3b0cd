// Layout of the contents: a title, then one entry per level 1 and level 2
// heading marked in_contents (level 2 indented). Page numbers are known only
// after pagination, so the entries are laid out first with room kept for the
// number at the right, and AddContentsPageNumbers fills in the numbers, dot
// leaders and links once every page is known (one extra pass, no relayout).
#pragma once

#include <string>
#include <vector>

#include "doc/document.h"
#include "layout/box.h"
#include "layout/layout_context.h"
#include "layout/paged_document.h"

namespace careplan::layout {

// A level 1 or 2 heading: a bookmark, and an entry if in_contents.
struct AnchorHeading {
  int level = 1;
  std::string text;
  bool in_contents = true;
};

// Where a box or a heading landed.
struct Placement {
  int page = -1;  // 0-based; -1 if never placed
  double y = 0;   // top of the box on its page
};

BlockBoxes LayoutContents(const doc::Contents& contents, const std::vector<AnchorHeading>& headings,
                          const LayoutContext& context);

// Adds the page number, dot leader and link of every placed entry.
// `entry_boxes` are the placements of the entries' boxes; `anchors` those of
// the headings, by anchor index.
void AddContentsPageNumbers(const std::vector<ContentsEntry>& entries,
                            const std::vector<Placement>& entry_boxes,
                            const std::vector<double>& entry_heights,
                            const std::vector<Placement>& anchors, const LayoutContext& context,
                            PagedDocument* document);

}  // namespace careplan::layout
