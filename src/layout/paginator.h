// Paginator: stacks the flow's boxes onto pages, top to bottom between the
// margins. It never breaks inside a box, and never between two boxes joined
// by keep_with_previous (a "chain"): a chain that does not fit in what is left
// of the page moves whole to the next page. A chain taller than a whole page
// starts a new page and then breaks where it must. When a page starts inside
// a table or form grid, the group's repeat header ("(continued)" and the
// header row) is placed first. One pass, linear in the number of boxes.
#pragma once

#include <vector>

#include "layout/box.h"
#include "layout/contents_layout.h"
#include "layout/flow.h"
#include "layout/page_style.h"
#include "layout/paged_document.h"

namespace careplan::layout {

struct Pagination {
  std::vector<Page> pages;            // at least one, even for no boxes
  std::vector<Placement> placements;  // where each box went, by index
};

// Moves the items out of content->boxes (the rest of each box is kept, for
// the bookmarks and contents that are made from them).
Pagination Paginate(FlowContent* content, const PageStyle& style);

}  // namespace careplan::layout
