// The libharu PdfWriter: reads the font files and opens one libharu handle
// when created, then, for each document, starts a new document on that
// handle, draws it, adds the font subsets it used (pdf_fonts.h: the fonts are
// written as plain objects, not with libharu's TrueType support) and saves it
// to memory. Nothing of one document stays behind for the next, so the
// output does not depend on earlier documents.
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

// Every page has the document's size, so the size is given once, on the
// page tree's root (pages inherit /MediaBox), rather than on each page as
// libharu does.
std::vector<HPDF_Page> AddPages(const HpdfDocument& doc, const layout::PagedDocument& document) {
  HPDF_Array media_box = doc.CheckObject(HPDF_Array_New(doc.mmgr()));
  doc.Check(HPDF_Dict_Add(doc.get()->root_pages, "MediaBox", media_box));
  doc.Check(HPDF_Array_AddNumber(media_box, 0));
  doc.Check(HPDF_Array_AddNumber(media_box, 0));
  doc.Check(HPDF_Array_AddReal(media_box, static_cast<HPDF_REAL>(document.page_width)));
  doc.Check(HPDF_Array_AddReal(media_box, static_cast<HPDF_REAL>(document.page_height)));
  std::vector<HPDF_Page> pages;
  for (size_t i = 0; i < document.pages.size(); ++i) {
    HPDF_Page page = doc.CheckObject(HPDF_AddPage(doc.get()));
    doc.Check(HPDF_Dict_RemoveElement(page, "MediaBox"));
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
  // Reads the font files; errors name the file.
  Status Load(const FontFiles& files);
  Status Write(const layout::PagedDocument& document, std::string* bytes) override;

 private:
  // Creates the libharu handle.
  Status Open();

  std::unique_ptr<const FontPrograms> fonts_;
  std::unique_ptr<HpdfDocument> handle_;  // null after an error until reopened
};

Status HpdfWriter::Load(const FontFiles& files) {
  Status status;
  fonts_ = FontPrograms::Load(files, &status);
  if (status.ok()) status = Open();
  return status;
}

Status HpdfWriter::Open() {
  handle_.reset();
  try {
    handle_ = std::make_unique<HpdfDocument>();
  } catch (const PdfError& e) {
    return Status::Internal(std::string("cannot start libharu: ") + e.what());
  }
  return Status::Ok();
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
    PdfFonts fonts(*handle_, *fonts_);
    Render(*handle_, document, &fonts);
    SaveToString(*handle_, bytes);
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
  auto writer = std::make_unique<HpdfWriter>();
  *status = writer->Load(fonts);
  if (!status->ok()) return nullptr;
  return writer;
}

}  // namespace careplan::pdf
