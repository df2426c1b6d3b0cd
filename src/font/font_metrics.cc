#include "font/font_metrics.h"

#include "base/utf8.h"

namespace careplan::font {

double FontMetrics::MeasureUtf8(Face face, std::string_view text, double size_pt) const {
  double thousandths = 0;
  for (char32_t code_point : DecodeUtf8(text)) thousandths += Advance(face, code_point);
  return thousandths * size_pt / 1000.0;
}

}  // namespace careplan::font
