// The libharu PdfWriter: loads the fonts into one libharu handle when created,
// then, for each document, starts a new document on that handle (libharu
// keeps loaded font definitions across HPDF_NewDoc and clears their
// per-document state, so the output does not depend on earlier documents),
// draws it and saves it to memory.
#include "pdf/pdf_writer.h"

#include <hpdf_doc.h>

#include <new>
#include <vector>

#include "pdf/document_id.h"
#include "pdf/hpdf_document.h"
#include "pdf/paged_document_check.h"
#include "pdf/pdf_drawing.h"
#include "pdf/pdf_fonts.h"
#include "pdf/pdf_metadata.h"
#include "pdf/pdf_navigation.h"

namespace careplan::pdf {
namespace {

std::vector<HPDF_Page> AddPages(const HpdfDocument& doc, const layout::PagedDocument& document) {
  std::vector<HPDF_Page> pages;
  for (size_t i = 0; i < document.pages.size(); ++i) {
    HPDF_Page page = doc.CheckObject(HPDF_AddPage(doc.get()));
    doc.Check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(document.page_width)));
    doc.Check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(document.page_height)));
    pages.push_back(page);
  }
  return pages;
}

// Builds the whole document on the handle's current (empty) document.
void Render(const HpdfDocument& doc, const layout::PagedDocument& document, PdfFonts* fonts) {
  // Before any page exists: libharu sets a page's filter when adding it.
  doc.Check(HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL));
  doc.get()->pdf_version = HPDF_VER_14;  // for /Lang; libharu defaults to 1.3
  // All pages first: links and bookmarks may point forwards.
  std::vector<HPDF_Page> pages = AddPages(doc, document);
  for (size_t i = 0; i < pages.size(); ++i) {
    DrawPageItems(doc, pages[i], document.page_height, document.pages[i].items, fonts);
  }
  AddLinks(doc, pages, document);
  AddOutline(doc, pages, document);
  fonts->Finish();
  SetDocumentInfo(doc, document.info);
  SetDocumentId(doc, ComputeDocumentId(document));
}

void SaveToString(const HpdfDocument& doc, std::string* bytes) {
  doc.Check(HPDF_SaveToStream(doc.get()));
  HPDF_UINT32 size = HPDF_GetStreamSize(doc.get());
  bytes->resize(size);
  HPDF_UINT32 read = size;
  doc.Check(HPDF_ReadFromStream(doc.get(), reinterpret_cast<HPDF_BYTE*>(bytes->data()), &read));
  if (read != size) throw PdfError(HPDF_INVALID_STREAM, read);
}

class HpdfWriter : public PdfWriter {
 public:
  explicit HpdfWriter(const FontFiles& files) : files_(files) {}

  // Creates the handle and loads the fonts; errors name the font file.
  Status Open();
  Status Write(const layout::PagedDocument& document, std::string* bytes) override;

 private:
  Status LoadFont(const std::string& path, std::string* name);

  FontFiles files_;
  std::unique_ptr<HpdfDocument> handle_;  // null after an error until reopened
  LoadedFonts loaded_;
};

Status HpdfWriter::LoadFont(const std::string& path, std::string* name) {
  try {
    *name = LoadFontFile(*handle_, path);
    return Status::Ok();
  } catch (const PdfError& e) {
    if (e.error_no() == HPDF_FILE_OPEN_ERROR) {
      return Status::NotFound("cannot open font file '" + path + "'");
    }
    return Status::InvalidArgument("cannot embed font file '" + path + "': " + e.what());
  }
}

Status HpdfWriter::Open() {
  handle_.reset();
  std::unique_ptr<HpdfDocument> handle;
  try {
    handle = std::make_unique<HpdfDocument>();
    handle->Check(HPDF_UseUTFEncodings(handle->get()));
  } catch (const PdfError& e) {
    return Status::Internal(std::string("cannot start libharu: ") + e.what());
  }
  handle_ = std::move(handle);
  Status status = LoadFont(files_.regular, &loaded_.regular);
  if (status.ok()) status = LoadFont(files_.bold, &loaded_.bold);
  if (!status.ok()) handle_.reset();
  return status;
}

Status HpdfWriter::Write(const layout::PagedDocument& document, std::string* bytes) {
  Status status = CheckPagedDocument(document);
  if (!status.ok()) return status;
  if (!handle_) {
    status = Open();
    if (!status.ok()) return status;
  }
  try {
    handle_->NewDocument();
    PdfFonts fonts(*handle_, loaded_);
    Render(*handle_, document, &fonts);
    SaveToString(*handle_, bytes);
    if (!fonts.AllEmbedded()) {
      handle_.reset();  // reload the fonts next time
      return Status::Internal(
          "PDF writer: libharu could not embed a font (was a font file changed after the "
          "writer loaded it?)");
    }
    HPDF_FreeDoc(handle_->get());  // the pages are not needed until the next Write
    return Status::Ok();
  } catch (const PdfError& e) {
    handle_.reset();  // never draw on after libharu has reported an error
    return Status::Internal(std::string("PDF writer: libharu reported ") + e.what());
  } catch (const std::bad_alloc&) {
    handle_.reset();
    return Status::Internal("PDF writer: out of memory");
  }
}

}  // namespace

std::unique_ptr<PdfWriter> PdfWriter::Create(const FontFiles& fonts, Status* status) {
  auto writer = std::make_unique<HpdfWriter>(fonts);
  *status = writer->Open();
  if (!status->ok()) return nullptr;
  return writer;
}

}  // namespace careplan::pdf
