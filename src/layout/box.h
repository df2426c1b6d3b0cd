// Box: the unit of pagination. Block layouters turn each block into a list of
// boxes (a line of a paragraph, a table row, a whole call-out), each with its
// height, the space above it and whether a page break may fall before it; the
// paginator then stacks the boxes onto pages. A box is never split (a tall
// table row is made of several boxes, one a line).
#pragma once

#include <cstddef>
#include <vector>

#include "layout/paged_document.h"

namespace careplan::layout {

// The first this many ruled lines of a write-in block, or blank rows of a
// form grid, are never spare: a block of writing space keeps at least these.
inline constexpr size_t kFirmBlankRows = 2;

struct Box {
  double height = 0;
  // Space above the box; dropped when the box starts a page.
  double space_before = 0;
  // No page break between the previous box and this one (orphans, widows,
  // headings kept with what follows, a table's header with its first row).
  bool keep_with_previous = false;
  // A forced page break before this box (ignored at the top of a page).
  bool page_break_before = false;
  // The break above is left out when the boxes since the previous forced
  // break took more than one page (doc::Heading::unless_spilled).
  bool break_unless_spilled = false;
  // Blank writing space (a ruled line, an empty form row) that may be left
  // out rather than start a short page of its own at the end of a run.
  bool spare = false;
  // Left out rather than be all there is on the last page of its run, however
  // full (doc::Chart::optional: a how-to drawing that Part 2 holds too).
  bool optional = false;
  // Lines of text the box holds; a heading keeps two lines with it.
  int line_count = 1;
  // The table or form grid the box belongs to, or -1. When a page starts with
  // a box of a group that has already begun, the group's repeat header is
  // placed first.
  int repeat_group = -1;
  // The heading this box shows (index of the level 1-2 heading), or -1: its
  // page and y become the bookmark and the contents link target.
  int anchor = -1;
  // The contents entry this box shows, or -1: its page number is filled in
  // after pagination.
  int contents_entry = -1;
  // Absolute x; y relative to the top of the box.
  std::vector<PlacedItem> items;
  // Drawn only when the box is the last on its page: the foot of a frame
  // that continues on the next page (a split call-out, a table row), in the
  // foot_if_page_ends below the box that the paginator keeps free for it, so
  // that the last line does not sit on the frame.
  std::vector<PlacedItem> items_if_page_ends;
  double foot_if_page_ends = 0;
  // Drawn only when the box is the first on its page (under the repeated
  // header): "ramipril (ACE inhibitor), continued" where a row goes on, and
  // the frame's sides in the head_if_page_starts above the box (y < 0) that
  // the paginator leaves there.
  std::vector<PlacedItem> items_if_page_starts;
  double head_if_page_starts = 0;
  // A later part of the table row the box before belongs to (a row that may
  // break between its lines). On one page, the paginator writes the parts'
  // text cell by cell, as one row's, so that text comes out of the PDF in
  // reading order: cell_item_ends[c] is where cell c's text ends in `items`
  // (the rules follow).
  bool continues_row = false;
  std::vector<size_t> cell_item_ends;
};

// How the layout of one contents entry ends, for filling in its page number.
struct ContentsEntry {
  int anchor = 0;  // the heading it lists
  font::Face face = font::Face::kRegular;
  double size_pt = 12;
  double text_end_x = 0;       // end of the entry's last line
  double last_baseline_y = 0;  // baseline of the last line, from the box top
};

// The boxes of one block, with the block's spacing. Indices in repeat_group
// and contents_entry are local to the block; the flow makes them global.
struct BlockBoxes {
  std::vector<Box> boxes;
  double space_before = 0;
  double space_after = 0;
  // A heading keeps at least this many following lines on its page.
  int keep_lines_after = 0;
  std::vector<Box> repeat_headers;  // by local group index
  std::vector<ContentsEntry> contents_entries;
};

// Appends an item. Out of line on purpose: when GCC 12 inlines the growth of
// a vector of variants at a call site that builds a known alternative, it
// reports a false -Wmaybe-uninitialized (GCC bug 107138).
void AddItem(std::vector<PlacedItem>* items, PlacedItem item);

// Moves an item by (dx, dy).
void Translate(double dx, double dy, PlacedItem* item);

// Appends `from`'s items to `to`, moved down by dy.
void AppendItems(const Box& from, double dy, Box* to);

// Stacks boxes into one, honouring their space_before (except the first's).
Box Stack(const std::vector<Box>& parts);

// Packs `parts` in order into boxes no taller than max_height, the first no
// taller than max_height - first_reserve, breaking only between parts (used
// for call-outs and checklist items taller than a page). A part too tall for
// its box gets a box of its own.
std::vector<Box> PackParts(const std::vector<Box>& parts, double max_height, double first_reserve);

}  // namespace careplan::layout
