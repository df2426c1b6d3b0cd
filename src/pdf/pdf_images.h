// Drawing a checked PNG or JPEG (layout::ImageItem) onto a libharu page. The
// image was checked when it was read (base/image_info.h), so libharu gets
// only files it can load: a PNG with just its critical chunks and whole,
// valid image data; a baseline or progressive 8-bit JPEG.
#pragma once

#include "layout/paged_document.h"
#include "pdf/hpdf_document.h"

namespace careplan::pdf {

// Loads the image into the document and draws it into the item's rectangle.
// Layout's y grows downwards from the top edge; page_height flips it.
// REQUIRES: no text object is open on `page`.
void DrawImage(const HpdfDocument& doc, HPDF_Page page, double page_height,
               const layout::ImageItem& item);

}  // namespace careplan::pdf
