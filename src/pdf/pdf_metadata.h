// Document-level metadata: the info dictionary (title, author, dates, ...),
// the document language (/Lang in the catalog, read by screen readers), the
// viewer preference to show the title rather than the file name, and the
// file identifier (/ID in the trailer). libharu has no API for the last
// three, so they are added to the catalog and trailer dictionaries that
// hpdf_doc.h exposes.
#pragma once

#include <string>

#include "doc/document.h"
#include "pdf/document_id.h"
#include "pdf/hpdf_document.h"

namespace careplan::pdf {

// What /Producer says; fixed, so that the bytes do not depend on the build.
inline constexpr char kProducer[] = "careplan, libHaru 2.3.0";

// "D:20261124000000Z": midnight UTC of the date. Never the clock.
std::string PdfDate(const Date& date);

// Sets Title, Subject, Author, Keywords and Creator when not empty (without
// direction controls such as U+202E, control characters as spaces), Producer,
// and CreationDate = ModDate = info.creation_date; adds /Lang (when not empty)
// and /ViewerPreferences << /DisplayDocTitle true >> to the catalog.
// REQUIRES: info.language is a BCP 47 tag (CheckPagedDocument).
void SetDocumentInfo(const HpdfDocument& doc, const doc::DocumentInfo& info);

// Sets the trailer's /ID to [<id> <id>] (the same value twice: the file is
// never updated in place).
void SetDocumentId(const HpdfDocument& doc, const DocumentId& id);

}  // namespace careplan::pdf
