// TrueTypeMetrics: the real FontMetrics, measured from the bundled TrueType
// files (fonts/NotoSans-Regular.ttf and fonts/NotoSans-Bold.ttf) that the PDF
// writer embeds, so that layout measures exactly what is printed. Made once by
// the driver and shared read-only by every layout (thread-safe after Load).
//
// Lookups are two array loads (character -> glyph for the BMP, glyph ->
// advance), so measuring costs a few nanoseconds per character. Characters
// above U+FFFF are looked up in the format 12 cmap when the font has one; the
// bundled fonts do not, and the PDF writer prints such characters as U+FFFD
// anyway (libharu 2.3.0's UTF-8 path stops at the BMP).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "font/font_metrics.h"
#include "font/truetype_font.h"

namespace careplan::font {

class TrueTypeMetrics : public FontMetrics {
 public:
  // Reads and parses both files. On failure returns nullptr and sets *status
  // (NotFound for a missing file, InvalidArgument for a corrupt one).
  static std::unique_ptr<TrueTypeMetrics> Load(const std::string& regular_path,
                                               const std::string& bold_path, Status* status);
  // The same from file contents already in memory; names label errors.
  static std::unique_ptr<TrueTypeMetrics> FromBytes(std::string_view regular_bytes,
                                                    std::string_view bold_bytes, Status* status,
                                                    std::string_view regular_name = "regular font",
                                                    std::string_view bold_name = "bold font");

  double Advance(Face face, char32_t code_point) const override {
    return font(face).Advance(code_point);
  }
  bool HasGlyph(Face face, char32_t code_point) const override {
    return font(face).HasGlyph(code_point);
  }
  double Ascent(Face face) const override { return font(face).ascent(); }
  double Descent(Face face) const override { return font(face).descent(); }

  // Glyph id of a character in the face's font, 0 when missing.
  uint16_t GlyphId(Face face, char32_t code_point) const { return font(face).GlyphId(code_point); }
  const TrueTypeFont& font(Face face) const { return face == Face::kBold ? *bold_ : *regular_; }

 private:
  TrueTypeMetrics(std::unique_ptr<TrueTypeFont> regular, std::unique_ptr<TrueTypeFont> bold)
      : regular_(std::move(regular)), bold_(std::move(bold)) {}

  std::unique_ptr<TrueTypeFont> regular_;
  std::unique_ptr<TrueTypeFont> bold_;
};

}  // namespace careplan::font
