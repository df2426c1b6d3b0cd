// TrueTypeSubsetter: cuts a TrueType font down to the characters one
// document draws, for embedding in a PDF as the font program (FontFile2) of
// a CIDFontType2 font. Made once per font file by the PDF writer and used
// for every document; const after Load, so threads may share one.
//
// A subset holds only the glyphs used, renumbered from 0 in the order of
// their ids in the font (.notdef stays glyph 0), and the tables a PDF reader
// needs to draw them: glyf and loca, hmtx, head, hhea and maxp with the new
// counts, a (3,1) format 4 cmap for the characters asked for, OS/2, post as
// format 3 (no glyph names), name records 0-6 (copyright, family, style,
// unique ID, full name, version, PostScript name), and cvt, fpgm and prep
// when the font has them. A composite glyph brings its components along.
// The bytes depend only on the font and the set of characters, never on
// their order or repeats.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "font/truetype_font.h"

namespace careplan::font {

struct FontSubset {
  // glyphs[i] is the font's id of the subset's glyph i; glyphs[0] == 0,
  // the rest ascending.
  std::vector<uint16_t> glyphs;
  // The subset as a TrueType file.
  std::string program;

  // The subset's id of the font's glyph `original`; 0 when not in the subset.
  uint16_t NewGlyphId(uint16_t original) const;
};

class TrueTypeSubsetter {
 public:
  // Parses `bytes` (a whole .ttf file; `name` labels errors) with
  // TrueTypeFont and checks the glyph data (loca, glyf, composite glyphs),
  // so that Subset cannot fail later. On failure returns nullptr and sets
  // *status (InvalidArgument).
  static std::unique_ptr<TrueTypeSubsetter> Load(std::string bytes, std::string_view name,
                                                 Status* status);

  // The font's metrics and character map.
  const TrueTypeFont& font() const { return *font_; }

  // The subset for `code_points` (any order, repeats allowed). Characters
  // the font lacks get no glyph and no cmap entry; characters above U+FFFF
  // are drawn by their glyph but are not in the format 4 cmap.
  FontSubset Subset(const std::vector<char32_t>& code_points) const;

 private:
  struct Table {
    std::string tag;  // 4 characters
    std::string_view data;
  };
  // Where a glyph's data is in glyf, and the components of a composite one
  // (with the offset of each component's glyph id inside the glyph data).
  struct Glyph {
    uint32_t offset = 0;
    uint32_t length = 0;
    std::vector<std::pair<uint16_t, uint32_t>> components;  // glyph id, offset
  };

  TrueTypeSubsetter() = default;
  Status ReadGlyphs(std::string_view name);
  std::string_view FindTable(std::string_view tag) const;

  std::string bytes_;
  std::unique_ptr<TrueTypeFont> font_;
  std::vector<Table> tables_;
  std::vector<Glyph> glyphs_;  // per glyph id of the font
};

}  // namespace careplan::font
