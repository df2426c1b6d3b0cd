// FontMetrics: how wide text is and which characters the fonts can print.
// The layout stage measures text only through this interface. The real
// implementation reads the bundled TrueType files (truetype_metrics.h); tests
// use fixed metrics so that line and page breaks are exact.
#pragma once

#include <string_view>

#include "font/font_face.h"

namespace careplan::font {

class FontMetrics {
 public:
  virtual ~FontMetrics() = default;

  // Advance width of one character in thousandths of an em. A character the
  // face lacks measures as the face's fallback glyph (.notdef).
  virtual double Advance(Face face, char32_t code_point) const = 0;
  virtual bool HasGlyph(Face face, char32_t code_point) const = 0;
  // Distance from baseline to the top of tall glyphs, thousandths of an em (> 0).
  virtual double Ascent(Face face) const = 0;
  // Distance from baseline to the bottom of descenders, thousandths of an em (< 0).
  virtual double Descent(Face face) const = 0;

  // Width in points of UTF-8 text set at size_pt.
  double MeasureUtf8(Face face, std::string_view text, double size_pt) const;
};

}  // namespace careplan::font
