// Column widths for the plan's tables: each column at least as wide as its
// longest word (so that no word is broken across lines, when the page
// allows), the rest of the width shared out by the given weights.
#pragma once

#include <string>
#include <vector>

#include "compose/measures.h"
#include "doc/document.h"

namespace careplan::compose {

// Sets table->column_weights (in points, which the layout treats as weights)
// from `weights`, the table's words measured at the body size.
void FitColumns(const std::vector<double>& weights, const Measures& style, doc::Table* table);

// Whether fitted widths (from FitColumns) add up to no more than the width.
bool FitsWidth(const std::vector<double>& widths, const Measures& measures);

// Whether every column of the table can be as wide as its longest word.
bool ColumnsFit(const doc::Table& table, const Measures& measures);

// Appends the table with fitted columns or, when its columns cannot fit (a
// wide table in large print), one block per row instead: the row's first
// cell as a small heading, then the other cells as "header: value" lines.
void AppendTableOrBlocks(doc::Table table, const std::vector<double>& weights,
                         const Measures& measures, std::vector<doc::Block>* blocks);

// The same for a form grid's header, filled rows and pre-filled first column.
void FitColumns(const std::vector<double>& weights, const Measures& style, doc::FormGrid* grid);

}  // namespace careplan::compose
