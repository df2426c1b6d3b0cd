// Paginator: stacks the flow's boxes onto pages, top to bottom between the
// margins. It never breaks inside a box, and never between two boxes joined
// by keep_with_previous (a "chain"): a chain that does not fit in what is left
// of the page moves whole to the next page. A chain taller than a whole page
// starts a new page and then breaks where it must. When a page starts inside
// a table or form grid, the group's repeat header ("(continued)" and the
// header row) is placed first.
//
// A run's last page that holds only optional boxes (a how-to drawing that
// Part 2 holds too) is left out, however full.
//
// No tiny spill pages: a run of boxes between two forced page breaks (or the
// end) whose last page would be less than kTightenPageShare full is placed
// again. If that last page holds only spare boxes (blank writing lines or
// form rows beyond the first few) they are left out; otherwise the run is
// placed with the gaps between its boxes tightened step by step, down to
// half, and the first setting that saves its last page is kept (no box, line
// or rule changes, only white space). When neither works and the last page
// is short (less than kShortPageShare full), the page before ends earlier, at
// a break the keep rules allow, so that the last page is filled at least to
// that mark (if that does not add a page or leave the page before short).
// Linear in the number of boxes (at most eight passes a run).
//
// Anywhere in a run, a tail of up to kMaxDroppedSpareLines spare writing lines
// that would start a new page is left out, and a form grid that would carry
// only spare blank rows onto
// a new page ends with the rows that fit instead, when at least
// kMinKeptFormRows of its rows are on the page and no more are left out.
#pragma once

#include <array>
#include <vector>

#include "layout/box.h"
#include "layout/contents_layout.h"
#include "layout/flow.h"
#include "layout/page_style.h"
#include "layout/paged_document.h"

namespace careplan::layout {

// A run's last page filled to less than this share of the body is short.
inline constexpr double kShortPageShare = 0.3;
// A run's last page filled to less than this share is saved by tighter gaps
// when they can (but only a short one is balanced): in large print, Part 1's
// last page often held a third of a page that its gaps could absorb.
inline constexpr double kTightenPageShare = 0.5;
// The gap scales tried, in order, to save a run's short last page.
inline constexpr std::array<double, 5> kGapScales = {0.9, 0.8, 0.7, 0.6, 0.5};
// A form grid that leaves out its spare rows at a page break keeps at least
// this many rows (besides its header row) on the page.
inline constexpr size_t kMinKeptFormRows = 6;
// A tail of at most this many spare writing lines (not in a form grid) that
// would start a new page is left out anywhere in a run.
inline constexpr size_t kMaxDroppedSpareLines = 4;

struct Pagination {
  std::vector<Page> pages;            // at least one, even for no boxes
  std::vector<Placement> placements;  // where each box went, by index
};

// Moves the items out of content->boxes (the rest of each box is kept, for
// the bookmarks and contents that are made from them).
Pagination Paginate(FlowContent* content, const PageStyle& style);

}  // namespace careplan::layout
