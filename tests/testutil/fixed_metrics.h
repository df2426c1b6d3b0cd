// FixedMetrics: a FontMetrics with fixed widths, so that tests can predict
// every line and page break exactly. Every character is 500/1000 em wide in
// the regular face and 550/1000 em in bold (so 6 pt and 6.6 pt at 12 pt),
// combining marks are 0 wide, ascent 800, descent -200. Every character has a
// glyph except those listed in `missing`.
#pragma once

#include <string>
#include <utility>

#include "font/font_metrics.h"

namespace careplan::testutil {

class FixedMetrics : public font::FontMetrics {
 public:
  FixedMetrics() = default;
  explicit FixedMetrics(std::u32string missing) : missing_(std::move(missing)) {}

  static constexpr double kRegularAdvance = 500;
  static constexpr double kBoldAdvance = 550;

  double Advance(font::Face face, char32_t code_point) const override;
  bool HasGlyph(font::Face face, char32_t code_point) const override;
  double Ascent(font::Face face) const override;
  double Descent(font::Face face) const override;

 private:
  std::u32string missing_;
};

}  // namespace careplan::testutil
