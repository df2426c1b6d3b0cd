// CheckPagedDocument: what the PDF writer requires of its input, checked
// before libharu sees it, so that a layout bug is reported as a plain
// message rather than as a libharu error code (or, for NaN coordinates, as a
// file that only some readers open).
#pragma once

#include "base/status.h"
#include "layout/paged_document.h"

namespace careplan::pdf {

// Ok, or InvalidArgument naming the first problem: no pages; a page size
// outside 3..14400 pt (libharu's limits); a coordinate that is not finite or
// beyond +-32767 (PDF's real range); a negative width or height; a font size
// outside (0, 600] or a line width outside [0, 100] (libharu's limits); a
// link or bookmark to a page that does not exist, or a bookmark level below
// 1; a language that is not a BCP 47-like tag (letters, digits, hyphens).
Status CheckPagedDocument(const layout::PagedDocument& document);

}  // namespace careplan::pdf
