#include "pdf/hpdf_document.h"

#include <cstdio>

namespace careplan::pdf {
namespace {

// libharu's error callback: never returns, so libharu never continues past
// an error it reports.
void HPDF_STDCALL ThrowPdfError(HPDF_STATUS error_no, HPDF_STATUS detail_no, void* /*user*/) {
  throw PdfError(error_no, detail_no);
}

const char* ErrorName(HPDF_STATUS error_no) {
  switch (error_no) {
    case HPDF_ARRAY_COUNT_ERR:
      return "HPDF_ARRAY_COUNT_ERR";
    case HPDF_DICT_COUNT_ERR:
      return "HPDF_DICT_COUNT_ERR";
    case HPDF_FAILD_TO_ALLOC_MEM:
      return "HPDF_FAILD_TO_ALLOC_MEM";
    case HPDF_FILE_IO_ERROR:
      return "HPDF_FILE_IO_ERROR";
    case HPDF_FILE_OPEN_ERROR:
      return "HPDF_FILE_OPEN_ERROR";
    case HPDF_FONT_EXISTS:
      return "HPDF_FONT_EXISTS";
    case HPDF_INVALID_DOCUMENT:
      return "HPDF_INVALID_DOCUMENT";
    case HPDF_INVALID_OBJECT:
      return "HPDF_INVALID_OBJECT";
    case HPDF_INVALID_PARAMETER:
      return "HPDF_INVALID_PARAMETER";
    case HPDF_PAGE_INVALID_FONT_SIZE:
      return "HPDF_PAGE_INVALID_FONT_SIZE";
    case HPDF_PAGE_INVALID_GMODE:
      return "HPDF_PAGE_INVALID_GMODE";
    case HPDF_PAGE_INVALID_SIZE:
      return "HPDF_PAGE_INVALID_SIZE";
    case HPDF_PAGE_OUT_OF_RANGE:
      return "HPDF_PAGE_OUT_OF_RANGE";
    case HPDF_REAL_OUT_OF_RANGE:
      return "HPDF_REAL_OUT_OF_RANGE";
    case HPDF_STRING_OUT_OF_RANGE:
      return "HPDF_STRING_OUT_OF_RANGE";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
      return "HPDF_TTF_CANNOT_EMBEDDING_FONT";
    case HPDF_TTF_INVALID_CMAP:
      return "HPDF_TTF_INVALID_CMAP";
    case HPDF_TTF_INVALID_FOMAT:
      return "HPDF_TTF_INVALID_FOMAT";
    case HPDF_TTF_MISSING_TABLE:
      return "HPDF_TTF_MISSING_TABLE";
    case HPDF_ZLIB_ERROR:
      return "HPDF_ZLIB_ERROR";
    default:
      return "libharu error";
  }
}

}  // namespace

std::string DescribeHpdfError(HPDF_STATUS error_no, HPDF_STATUS detail_no) {
  char code[48];
  std::snprintf(code, sizeof code, " (0x%04X, detail %u)", static_cast<unsigned>(error_no),
                static_cast<unsigned>(detail_no));
  return ErrorName(error_no) + std::string(code);
}

PdfError::PdfError(HPDF_STATUS error_no, HPDF_STATUS detail_no)
    : std::runtime_error(DescribeHpdfError(error_no, detail_no)),
      error_no_(error_no),
      detail_no_(detail_no) {}

HpdfDocument::HpdfDocument() : doc_(HPDF_New(ThrowPdfError, nullptr)) {
  // HPDF_New reports its own allocation failures before the handler is set.
  if (doc_ == nullptr) throw PdfError(HPDF_FAILD_TO_ALLOC_MEM, 0);
}

void HpdfDocument::NewDocument() { Check(HPDF_NewDoc(doc_)); }

void HpdfDocument::Check(HPDF_STATUS status) const {
  if (status != HPDF_OK) throw PdfError(status, HPDF_GetErrorDetail(doc_));
  if (HPDF_GetError(doc_) != HPDF_OK) {
    throw PdfError(HPDF_GetError(doc_), HPDF_GetErrorDetail(doc_));
  }
}

}  // namespace careplan::pdf
