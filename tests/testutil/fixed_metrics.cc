#include "testutil/fixed_metrics.h"

namespace careplan::testutil {

double FixedMetrics::Advance(font::Face face, char32_t code_point) const {
  if (code_point >= 0x0300 && code_point <= 0x036F) return 0;  // combining marks
  return face == font::Face::kBold ? kBoldAdvance : kRegularAdvance;
}

bool FixedMetrics::HasGlyph(font::Face, char32_t code_point) const {
  return missing_.find(code_point) == std::u32string::npos;
}

double FixedMetrics::Ascent(font::Face) const { return 800; }

double FixedMetrics::Descent(font::Face) const { return -200; }

}  // namespace careplan::testutil
