// PdfFonts: the regular and bold faces inside one PDF document.
//
// The TrueType files are loaded into a libharu handle once (LoadFontFiles);
// libharu keeps their definitions across HPDF_NewDoc. Each document then
// asks for font objects through the UTF-8 encoder, for which libharu 2.3.0
// writes a Type0 font over a CIDFontType2 with Identity-H encoding, where the
// CID of a character is its UTF-16 code unit (a CIDToGIDMap maps CIDs to
// glyphs), and embeds a subset holding only the glyphs used.
//
// Two things are fixed up here before saving (Finish):
//  - libharu's /ToUnicode stream is an encoding CMap (begincidrange), which
//    poppler rejects ("Invalid 'begincidrange' operator in ToUnicode CMap")
//    and other readers may too; it is rewritten as a real ToUnicode CMap
//    listing the characters drawn.
//  - libharu's /W array lists the width of every character in the font and
//    its CIDToGIDMap covers CIDs up to U+FFFD; both are cut down to the
//    characters drawn (font dictionaries are not compressed, and the full
//    arrays and maps add about 20 KB to every file).
//
// And one is checked after saving (CheckEmbedded): libharu 2.3.0 reads the
// glyphs from the still-open font file when it saves, and if that read fails
// (the file was truncated or rewritten in the meantime) it silently writes
// the font without its FontDescriptor and FontFile2, i.e. not embedded.
#pragma once

#include <bitset>
#include <string>
#include <string_view>

#include "font/font_face.h"
#include "pdf/hpdf_document.h"
#include "pdf/pdf_writer.h"

namespace careplan::pdf {

// libharu's names for the loaded faces (what HPDF_GetFont takes).
struct LoadedFonts {
  std::string regular;
  std::string bold;
};

// Loads one TrueType file, to be embedded, into the handle and returns its
// libharu name. Call once per file and handle, after HPDF_UseUTFEncodings.
// Throws PdfError (HPDF_FILE_OPEN_ERROR for a missing file).
std::string LoadFontFile(const HpdfDocument& doc, const std::string& path);

class PdfFonts {
 public:
  PdfFonts(const HpdfDocument& doc, const LoadedFonts& names) : doc_(doc), names_(names) {}

  // The face's font object in the current document, created on first use so
  // that a face the document never uses is not written at all.
  HPDF_Font font(font::Face face);

  // `text` as libharu's UTF-8 encoder can take it: invalid bytes, control
  // characters and characters above U+FFFF (which libharu silently turns
  // into spaces) become U+FFFD. Records the characters as drawn in `face`.
  std::string PrepareText(font::Face face, std::string_view text);

  // Rewrites /ToUnicode, /W and /CIDToGIDMap of the fonts used. Call once,
  // before saving.
  void Finish();

  // Whether every font used has an embedded font file. Call after saving
  // (libharu adds the FontDescriptor while it saves).
  bool AllEmbedded() const;

 private:
  static constexpr int kFaces = 2;
  static int Index(font::Face face) { return face == font::Face::kBold ? 1 : 0; }
  void WriteToUnicode(int face);
  void WriteWidths(int face);
  void WriteGlyphMap(int face);

  const HpdfDocument& doc_;
  const LoadedFonts& names_;
  HPDF_Font fonts_[kFaces] = {nullptr, nullptr};
  std::bitset<0x10000> used_[kFaces];  // BMP code points drawn, per face
};

}  // namespace careplan::pdf
