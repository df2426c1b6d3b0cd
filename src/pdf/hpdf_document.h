// HpdfDocument: owns one libharu handle (HPDF_Doc) and turns libharu's error
// callback into a PdfError exception. Only pdf/ sees libharu or PdfError:
// pdf_writer.cc catches every PdfError and returns a Status, and after one it
// frees the handle (HPDF_Free) instead of drawing on, because libharu's state
// is not to be trusted once it has reported an error.
//
// Why an exception can cross libharu: it calls the handler from C code built
// with unwind tables (Debian's libhpdf.so has .eh_frame), so the exception
// unwinds through it. Those C frames run no cleanup of their own, which is
// why the handle is freed as a whole afterwards; objects libharu had half
// built belong to the document and go with it (valgrind finds no leak or bad
// access when a 32768-link page makes HPDF_Page_CreateLinkAnnot fail).
#pragma once

#include <hpdf.h>

#include <stdexcept>
#include <string>

namespace careplan::pdf {

// A libharu error: error_no is an HPDF_* code from hpdf_error.h, detail_no
// its detail (e.g. errno for file errors).
class PdfError : public std::runtime_error {
 public:
  PdfError(HPDF_STATUS error_no, HPDF_STATUS detail_no);
  HPDF_STATUS error_no() const { return error_no_; }
  HPDF_STATUS detail_no() const { return detail_no_; }

 private:
  HPDF_STATUS error_no_;
  HPDF_STATUS detail_no_;
};

// "HPDF_FILE_OPEN_ERROR (0x1017, detail 2)"; codes we do not expect are
// named "libharu error".
std::string DescribeHpdfError(HPDF_STATUS error_no, HPDF_STATUS detail_no);

class HpdfDocument {
 public:
  // Creates the handle with the throwing handler. Throws PdfError if libharu
  // cannot allocate it.
  HpdfDocument();
  ~HpdfDocument() { HPDF_Free(doc_); }
  HpdfDocument(const HpdfDocument&) = delete;
  HpdfDocument& operator=(const HpdfDocument&) = delete;

  HPDF_Doc get() const { return doc_; }
  HPDF_MMgr mmgr() const { return doc_->mmgr; }

  // Starts a new, empty document on the same handle. Loaded font
  // definitions and encoders survive; pages, font objects and info do not.
  void NewDocument();

  // Throws PdfError if status is not HPDF_OK or libharu has recorded an
  // error on the document (internal calls such as HPDF_Dict_Add record one
  // without calling the handler).
  void Check(HPDF_STATUS status) const;
  // Throws unless `object` is non-null and no error is recorded.
  template <typename T>
  T CheckObject(T object) const {
    Check(HPDF_OK);
    if (object == nullptr) throw PdfError(HPDF_INVALID_OBJECT, 0);
    return object;
  }

 private:
  HPDF_Doc doc_;
};

}  // namespace careplan::pdf
