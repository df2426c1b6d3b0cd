#include "pdf/pdf_fonts.h"

#include <hpdf_font.h>
#include <hpdf_objects.h>

#include <cstdio>
#include <vector>

#include "base/utf8.h"

namespace careplan::pdf {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Characters libharu's UTF-8 path cannot print as themselves.
bool NeedsReplacement(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0) || c > 0xFFFF; }

// Up to this many entries per bfchar block (a limit of the CMap format).
constexpr size_t kMaxCMapBlock = 100;

std::string Hex4(unsigned value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "<%04X>", value);
  return buffer;
}

// A ToUnicode CMap mapping each CID (here: the UTF-16 code unit) to itself.
std::string ToUnicodeCMap(const std::vector<char16_t>& codes) {
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  for (size_t begin = 0; begin < codes.size(); begin += kMaxCMapBlock) {
    size_t end = std::min(codes.size(), begin + kMaxCMapBlock);
    cmap += std::to_string(end - begin) + " beginbfchar\n";
    for (size_t i = begin; i < end; ++i) cmap += Hex4(codes[i]) + " " + Hex4(codes[i]) + "\n";
    cmap += "endbfchar\n";
  }
  cmap +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return cmap;
}

}  // namespace

std::string LoadFontFile(const HpdfDocument& doc, const std::string& path) {
  const char* name = HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE);
  return doc.CheckObject(name);
}

HPDF_Font PdfFonts::font(font::Face face) {
  int i = Index(face);
  if (fonts_[i] == nullptr) {
    const std::string& name = i == 0 ? names_.regular : names_.bold;
    fonts_[i] = doc_.CheckObject(HPDF_GetFont(doc_.get(), name.c_str(), "UTF-8"));
  }
  return fonts_[i];
}

std::string PdfFonts::PrepareText(font::Face face, std::string_view text) {
  std::u32string code_points = DecodeUtf8(text);
  for (char32_t& c : code_points) {
    if (NeedsReplacement(c)) c = kReplacement;
    used_[Index(face)].set(c);
  }
  return EncodeUtf8(code_points);
}

void PdfFonts::Finish() {
  for (int i = 0; i < kFaces; ++i) {
    if (fonts_[i] == nullptr) continue;
    WriteToUnicode(i);
    WriteWidths(i);
    WriteGlyphMap(i);
  }
}

bool PdfFonts::AllEmbedded() const {
  for (HPDF_Font font : fonts_) {
    if (font == nullptr) continue;
    HPDF_Dict cid_font = static_cast<HPDF_FontAttr>(font->attr)->descendant_font;
    auto descriptor =
        static_cast<HPDF_Dict>(HPDF_Dict_GetItem(cid_font, "FontDescriptor", HPDF_OCLASS_DICT));
    if (descriptor == nullptr ||
        HPDF_Dict_GetItem(descriptor, "FontFile2", HPDF_OCLASS_DICT) == nullptr) {
      return false;
    }
  }
  return true;
}

void PdfFonts::WriteToUnicode(int face) {
  std::vector<char16_t> codes;
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (used_[face][c]) codes.push_back(static_cast<char16_t>(c));
  }
  std::string cmap = ToUnicodeCMap(codes);
  // Reuse libharu's stream object: its filter follows the font's (Flate).
  HPDF_Dict stream =
      static_cast<HPDF_Dict>(HPDF_Dict_GetItem(fonts_[face], "ToUnicode", HPDF_OCLASS_DICT));
  if (stream == nullptr) {
    stream = doc_.CheckObject(HPDF_DictStream_New(doc_.mmgr(), doc_.get()->xref));
    stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    doc_.Check(HPDF_Dict_Add(fonts_[face], "ToUnicode", stream));
  }
  // An encoding CMap's entries mean nothing in a ToUnicode stream.
  for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) {
    HPDF_STATUS status = HPDF_Dict_RemoveElement(stream, key);
    if (status != HPDF_DICT_ITEM_NOT_FOUND) doc_.Check(status);
  }
  HPDF_MemStream_FreeData(stream->stream);
  doc_.Check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                               static_cast<HPDF_UINT>(cmap.size())));
}

void PdfFonts::WriteWidths(int face) {
  HPDF_Font font = fonts_[face];
  HPDF_Dict cid_font = static_cast<HPDF_FontAttr>(font->attr)->descendant_font;
  HPDF_Array widths = doc_.CheckObject(HPDF_Array_New(doc_.mmgr()));
  HPDF_Array run = nullptr;  // widths of consecutive CIDs: [first [w1 w2 ...]]
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (!used_[face][c]) {
      run = nullptr;
      continue;
    }
    if (run == nullptr) {
      run = doc_.CheckObject(HPDF_Array_New(doc_.mmgr()));
      doc_.Check(HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(c)));
      doc_.Check(HPDF_Array_Add(widths, run));
    }
    HPDF_INT32 width = HPDF_Font_GetUnicodeWidth(font, static_cast<HPDF_UNICODE>(c));
    doc_.Check(HPDF_Array_AddNumber(run, width));
  }
  doc_.Check(HPDF_Dict_Add(cid_font, "W", widths));
}

// CID -> glyph id, two bytes per CID from 0 up to the last CID drawn; CIDs
// not drawn map to glyph 0. Glyph ids come from libharu's own cmap lookup, the
// one its subsetter uses.
void PdfFonts::WriteGlyphMap(int face) {
  auto* attr = static_cast<HPDF_FontAttr>(fonts_[face]->attr);
  if (attr->map_stream == nullptr) return;  // only written for embedded fonts
  std::string map;
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (!used_[face][c]) continue;
    map.resize(2 * (c + 1), '\0');
    HPDF_UINT16 glyph = HPDF_TTFontDef_GetGlyphid(attr->fontdef, static_cast<HPDF_UINT16>(c));
    map[2 * c] = static_cast<char>(glyph >> 8);
    map[2 * c + 1] = static_cast<char>(glyph & 0xFF);
  }
  if (map.empty()) map.assign(2, '\0');
  HPDF_MemStream_FreeData(attr->map_stream->stream);
  doc_.Check(HPDF_Stream_Write(attr->map_stream->stream,
                               reinterpret_cast<const HPDF_BYTE*>(map.data()),
                               static_cast<HPDF_UINT>(map.size())));
}

}  // namespace careplan::pdf
