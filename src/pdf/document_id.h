// DocumentId: the PDF file identifier (/ID in the trailer), derived from the
// drawing input instead of the clock or a random number, so that the same
// PagedDocument always gives the same file. libharu writes /ID only when it
// encrypts, so pdf_metadata adds it.
#pragma once

#include <array>
#include <cstdint>

#include "layout/paged_document.h"

namespace careplan::pdf {

using DocumentId = std::array<uint8_t, 16>;

// A 128-bit FNV-1a hash (taken over 64-bit words) of everything in
// `document` that reaches the file (page size, info, every item, link and
// bookmark) and of the writer's format version. Not cryptographic: it only has to tell documents
// apart.
DocumentId ComputeDocumentId(const layout::PagedDocument& document);

}  // namespace careplan::pdf
