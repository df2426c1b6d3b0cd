// Layout of grid-like blocks: tables, form grids (blank rows to fill in by
// hand) and label–value lists. A table's column widths start from its weights
// and move to where they save lines (table_columns.h). Rows are boxes that are never split, except
// a row taller than a page, which is cut between lines into parts. Tables and form grids repeat
// their header row, under "(continued)", on each page they continue on. A table or grid split
// across pages leaves at least two body rows on each side; blank form rows after the first two are
// spare (see Box::spare). A label–value list is kept whole when it is short (up to 0.4 of a page),
// else split like a table.
#pragma once

#include <vector>

#include "doc/document.h"
#include "layout/box.h"
#include "layout/layout_context.h"

namespace careplan::layout {

BlockBoxes LayoutTable(const doc::Table& table, const LayoutContext& context);

BlockBoxes LayoutFormGrid(const doc::FormGrid& grid, const LayoutContext& context);

BlockBoxes LayoutLabelValueList(const doc::LabelValueList& list, const LayoutContext& context);

// Column widths from relative weights; equal widths when the weights are
// missing, of the wrong count or not all positive. Exposed for tests.
std::vector<double> ColumnWidths(const std::vector<double>& weights, size_t columns,
                                 double total_width);

}  // namespace careplan::layout
