#include "layout/page_style.h"

namespace careplan::layout {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

}  // namespace

PageStyle PageStyle::Make(PaperSize paper, bool large_print) {
  PageStyle style;
  if (paper == PaperSize::kLetter) {
    style.page_width = 612;
    style.page_height = 792;
  } else {
    style.page_width = 595.276;
    style.page_height = 841.89;
  }
  // 15 mm at the sides (more than the 0.5 in minimum; wider lines keep Part 1
  // to about four pages) and 20 mm above and below, for the running header
  // and the footer.
  style.margin_left = style.margin_right = 15 * kPointsPerMm;
  style.margin_top = style.margin_bottom = 20 * kPointsPerMm;
  style.body_size = 12;
  style.line_spacing = 1.35;
  style.heading_sizes[0] = 20;
  style.heading_sizes[1] = 16;
  style.heading_sizes[2] = 13.5;
  style.small_size = 10;
  style.paragraph_gap = 6;
  if (!large_print) return style;

  // Large print: 18 pt body with 1.5 line spacing; everything else scaled by
  // the same factor, and no text below 16 pt (header, footer, "(continued)").
  const double scale = 18.0 / 12.0;
  style.body_size = 18;
  style.line_spacing = 1.5;
  for (double& size : style.heading_sizes) size *= scale;
  style.small_size = 16;
  style.paragraph_gap *= scale;
  // The 16 pt header and footer need a taller band outside the body.
  style.margin_top = style.margin_bottom = 25 * kPointsPerMm;
  return style;
}

}  // namespace careplan::layout
