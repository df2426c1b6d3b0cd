// LayoutDocument: turns a Document into pages of positioned items, with line
// breaking by real font metrics, pagination (headings kept with what follows,
// no orphan or widow lines, rows and boxes never split), repeated table
// headers, contents with page numbers, bookmarks and page furniture
// (running header and "Page X of Y" on every page).
#pragma once

#include "doc/document.h"
#include "font/font_metrics.h"
#include "layout/page_style.h"
#include "layout/paged_document.h"

namespace careplan::layout {

PagedDocument LayoutDocument(const doc::Document& document, const font::FontMetrics& metrics,
                             const PageStyle& style);

}  // namespace careplan::layout
