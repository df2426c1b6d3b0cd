#include "pdf/pdf_strings.h"

#include <algorithm>

#include "base/utf8.h"

namespace careplan::pdf {
namespace {

bool IsPrintableAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

void AppendUtf16Unit(char16_t unit, std::string* out) {
  out->push_back(static_cast<char>(unit >> 8));
  out->push_back(static_cast<char>(unit & 0xFF));
}

}  // namespace

std::string EncodeTextString(std::string_view text) {
  if (IsPrintableAscii(text)) return std::string(text);
  std::string out = "\xFE\xFF";
  for (char32_t c : DecodeUtf8(text)) {
    if (c >= 0x10000) {
      c -= 0x10000;
      AppendUtf16Unit(static_cast<char16_t>(0xD800 + (c >> 10)), &out);
      AppendUtf16Unit(static_cast<char16_t>(0xDC00 + (c & 0x3FF)), &out);
    } else {
      AppendUtf16Unit(static_cast<char16_t>(c), &out);
    }
  }
  return out;
}

void SetTextString(const HpdfDocument& doc, HPDF_Dict dict, const char* key,
                   std::string_view text) {
  std::string bytes = EncodeTextString(text);
  void* value;
  if (IsPrintableAscii(bytes)) {
    // A literal string; libharu escapes ( ) and backslash.
    value = HPDF_String_New(doc.mmgr(), bytes.c_str(), nullptr);
  } else {
    // A hex string: binary-safe for the NUL bytes of UTF-16.
    value = HPDF_Binary_New(doc.mmgr(), reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                            static_cast<HPDF_UINT>(bytes.size()));
  }
  doc.Check(HPDF_Dict_Add(dict, key, doc.CheckObject(value)));
}

}  // namespace careplan::pdf
