// Drawing the placed items of one page (text, lines, rectangles with their
// fills, polygons) onto a libharu page. Layout's y grows downwards from the
// top edge; PDF's grows upwards from the bottom, so every y is flipped here.
#pragma once

#include <vector>

#include "layout/paged_document.h"
#include "pdf/hpdf_document.h"
#include "pdf/pdf_fonts.h"

namespace careplan::pdf {

// Draws `items` in order onto `page`, whose height is page_height points.
void DrawPageItems(const HpdfDocument& doc, HPDF_Page page, double page_height,
                   const std::vector<layout::PlacedItem>& items, PdfFonts* fonts);

}  // namespace careplan::pdf
