// Column widths that make a table short. The composer gives each table its
// widths from weights chosen for typical content; a person's own words (a
// long dose, a medicine with two rules, "Every 3 to 12 months, as your team
// decides") can leave one column wrapping into five lines beside a column
// with room to spare. Moving width between columns while that saves lines
// keeps a care plan's tables, and so Part 1, as short as the text allows.
#pragma once

#include <vector>

#include "doc/document.h"
#include "layout/layout_context.h"

namespace careplan::layout {

// Widths (points, same total as `start`) for which the table's rows, header
// included, take the fewest lines, found by moving width from one column to
// another, starting at `start`, only while a move saves lines. No column gets
// narrower than its longest word plus padding, or than its start width when
// that is already narrower. `padding_x` is each cell's inner margin per side.
std::vector<double> HeightSavingWidths(const doc::Table& table, const std::vector<double>& start,
                                       double padding_x, const LayoutContext& context);

}  // namespace careplan::layout
