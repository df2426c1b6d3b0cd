#include "pdf/pdf_metadata.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <cstdio>
#include <string_view>
#include <utility>

#include "base/utf8.h"
#include "pdf/pdf_strings.h"

namespace careplan::pdf {
namespace {

// The info dictionary, which libharu creates on the first HPDF_SetInfoAttr.
HPDF_Dict InfoDictionary(const HpdfDocument& doc) {
  doc.Check(HPDF_SetInfoAttr(doc.get(), HPDF_INFO_PRODUCER, kProducer));
  return doc.CheckObject(doc.get()->info);
}

void AddCatalogEntries(const HpdfDocument& doc, const std::string& language) {
  HPDF_Dict catalog = doc.get()->catalog;
  if (!language.empty()) {
    doc.Check(HPDF_Dict_Add(
        catalog, "Lang", doc.CheckObject(HPDF_String_New(doc.mmgr(), language.c_str(), nullptr))));
  }
  HPDF_Dict preferences = doc.CheckObject(HPDF_Dict_New(doc.mmgr()));
  doc.Check(HPDF_Dict_Add(catalog, "ViewerPreferences", preferences));
  doc.Check(HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE));
}

// A viewer shows the title in its window bar and file lists, where a
// direction control could reorder it to mislead ("Care plan for" a name
// shown backwards, a file type that seems to change) and a control
// character has no business. They are left out; page text keeps them.
std::string MetadataText(std::string_view text) {
  std::u32string kept;
  for (const char32_t c : DecodeUtf8(text)) {
    if (IsBidiControl(c)) continue;
    kept.push_back(IsControlCharacter(c) ? U' ' : c);
  }
  return EncodeUtf8(kept);
}

}  // namespace

std::string PdfDate(const Date& date) {
  char text[32];
  std::snprintf(text, sizeof text, "D:%04d%02d%02d000000Z", date.year(), date.month(), date.day());
  return text;
}

void SetDocumentInfo(const HpdfDocument& doc, const doc::DocumentInfo& info) {
  HPDF_Dict dict = InfoDictionary(doc);
  const std::pair<const char*, const std::string*> fields[] = {
      {"Title", &info.title},       {"Subject", &info.subject}, {"Author", &info.author},
      {"Keywords", &info.keywords}, {"Creator", &info.creator},
  };
  for (const auto& [key, value] : fields) {
    if (!value->empty()) SetTextString(doc, dict, key, MetadataText(*value));
  }
  // Written by hand: libharu's HPDF_SetInfoDateAttr adds "Z00'00'".
  const std::string date = PdfDate(info.creation_date);
  SetTextString(doc, dict, "CreationDate", date);
  SetTextString(doc, dict, "ModDate", date);
  AddCatalogEntries(doc, info.language);
}

void SetDocumentId(const HpdfDocument& doc, const DocumentId& id) {
  HPDF_Array pair = doc.CheckObject(HPDF_Array_New(doc.mmgr()));
  doc.Check(HPDF_Dict_Add(doc.get()->trailer, "ID", pair));
  for (int i = 0; i < 2; ++i) {
    HPDF_Binary value = HPDF_Binary_New(doc.mmgr(), const_cast<HPDF_BYTE*>(id.data()),
                                        static_cast<HPDF_UINT>(id.size()));
    doc.Check(HPDF_Array_Add(pair, doc.CheckObject(value)));
  }
}

}  // namespace careplan::pdf
