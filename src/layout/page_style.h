// PageStyle: page size, margins, type sizes and spacing for one document.
// Made from the reader's preferences (paper size, large print) by the driver;
// consumed by LayoutDocument.
#pragma once

#include "base/color.h"

namespace careplan::layout {

enum class PaperSize { kA4, kLetter };

struct PageStyle {
  double page_width = 595.276;  // A4
  double page_height = 841.89;
  double margin_left = 42.52;  // 15 mm
  double margin_right = 42.52;
  double margin_top = 56.7;     // below this sits the body; the header is above it
  double margin_bottom = 56.7;  // above this sits the body; the footer is below it

  double body_size = 12;       // points
  double line_spacing = 1.35;  // line height = size * line_spacing
  double heading_sizes[3] = {20, 16, 13.5};
  double small_size = 10;    // header, footer, table text never go below 10 pt
  double paragraph_gap = 6;  // space after a paragraph, points

  Color accent{0x1f, 0x4e, 0x79};  // headings and rules; dark enough for greyscale

  // A4 or US letter; large print sets body text to 16 pt or more with 1.5
  // line spacing and scales everything else, footers included, to match.
  static PageStyle Make(PaperSize paper, bool large_print);

  double content_width() const { return page_width - margin_left - margin_right; }
  double content_height() const { return page_height - margin_top - margin_bottom; }
};

}  // namespace careplan::layout
