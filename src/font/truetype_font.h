// TrueTypeFont: the metrics of one TrueType face (advance widths, vertical
// metrics, character-to-glyph map) read straight from the font file's bytes.
// Made by TrueTypeMetrics for each bundled face; it needs no font library.
// Every offset in the file is bounds-checked, so a truncated or corrupt file
// gives an error, never a crash.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace careplan::font {

class TrueTypeFont {
 public:
  // Parses `bytes` (the whole .ttf file). `name` only labels error messages.
  // Reads head, hhea, maxp, hmtx and cmap: (3,10) or (0,4) format 12 when
  // present, and (3,1) or (0,3) format 4 for the Basic Multilingual Plane;
  // and, when present, OS/2, post and name for description().
  // On failure returns nullptr and sets *status.
  static std::unique_ptr<TrueTypeFont> Parse(std::string_view bytes, std::string_view name,
                                             Status* status);

  // Glyph for a character, 0 (.notdef) when the font lacks it.
  uint16_t GlyphId(char32_t code_point) const {
    return code_point < kBmpSize ? bmp_glyph_[code_point] : SupplementaryGlyphId(code_point);
  }
  // Advance width of a glyph in thousandths of an em.
  // REQUIRES: glyph < num_glyphs()
  double GlyphAdvance(uint16_t glyph) const { return glyph_advance_[glyph]; }
  // Advance of a character; a missing one measures as .notdef.
  double Advance(char32_t code_point) const { return glyph_advance_[GlyphId(code_point)]; }
  bool HasGlyph(char32_t code_point) const { return GlyphId(code_point) != 0; }

  int units_per_em() const { return units_per_em_; }
  int num_glyphs() const { return static_cast<int>(glyph_advance_.size()); }
  // hhea ascender and descender in thousandths of an em (ascent > 0,
  // descent < 0): what libharu writes into the PDF font descriptor.
  double ascent() const { return ascent_; }
  double descent() const { return descent_; }

  // What a PDF font descriptor needs beyond ascent and descent. Lengths in
  // thousandths of an em; tables the font lacks leave the defaults.
  struct Description {
    std::string postscript_name;                        // name ID 6, printable ASCII; empty if none
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // head: all glyphs' bounds
    double italic_angle = 0;   // post: degrees, counter-clockwise from vertical
    bool fixed_pitch = false;  // post
    int weight_class = 400;    // OS/2: 400 regular, 700 bold
    double x_height = 0;       // OS/2 version 2 and later
    double cap_height = 0;     // OS/2 version 2 and later
  };
  const Description& description() const { return description_; }

 private:
  static constexpr char32_t kBmpSize = 0x10000;

  // A format 12 group: characters [start, end] map to glyphs from `glyph`.
  struct Group {
    char32_t start;
    char32_t end;
    uint32_t glyph;
  };

  TrueTypeFont() = default;
  uint16_t SupplementaryGlyphId(char32_t code_point) const;

  friend class TrueTypeParser;

  int units_per_em_ = 1000;
  double ascent_ = 0;
  double descent_ = 0;
  Description description_;
  std::vector<double> glyph_advance_;  // per glyph id
  std::vector<uint16_t> bmp_glyph_;    // kBmpSize entries: the hot path is one load
  std::vector<Group> supplementary_;   // sorted, characters >= U+10000 only
};

}  // namespace careplan::font
