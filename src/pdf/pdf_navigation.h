// Navigation inside the PDF: link annotations (contents entries that jump to
// their heading) and the outline (bookmarks pane), both pointing at a place on
// a page: the target y (layout's, from the top) at the top of the window.
#pragma once

#include <vector>

#include "layout/paged_document.h"
#include "pdf/hpdf_document.h"

namespace careplan::pdf {

// Adds every page's links. REQUIRES: pages[i] is document.pages[i] and
// every target page exists (CheckPagedDocument).
void AddLinks(const HpdfDocument& doc, const std::vector<HPDF_Page>& pages,
              const layout::PagedDocument& document);

// Adds the bookmarks as outline entries: level 1 at the top, level 2 (and
// deeper) under the level 1 before it, or at the top if there is none; level 1
// entries are open. Opens the outline pane when there are bookmarks.
void AddOutline(const HpdfDocument& doc, const std::vector<HPDF_Page>& pages,
                const layout::PagedDocument& document);

}  // namespace careplan::pdf
