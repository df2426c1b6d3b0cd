// PdfWriter: draws a PagedDocument into PDF bytes with libharu. The only code
// that includes hpdf.h lives in this folder. It knows nothing of profiles or
// care plans. The bytes depend only on the PagedDocument (fixed creation date
// from its info, fixed document ID derived from the content), so the same
// input always gives the same file.
#pragma once

#include <memory>
#include <string>

#include "base/status.h"
#include "layout/paged_document.h"

namespace careplan::pdf {

struct FontFiles {
  std::string regular;  // path of the regular TrueType font
  std::string bold;     // path of the bold TrueType font
};

class PdfWriter {
 public:
  virtual ~PdfWriter() = default;

  // Loads the fonts once; a writer may then be used for many documents, one
  // at a time (not thread-safe: use one writer per thread).
  static std::unique_ptr<PdfWriter> Create(const FontFiles& fonts, Status* status);

  // Draws every page. On failure returns a non-ok Status and leaves *bytes
  // unspecified.
  virtual Status Write(const layout::PagedDocument& document, std::string* bytes) = 0;
};

}  // namespace careplan::pdf
