// LayoutContext: what every block layouter needs — the font metrics, the page
// style and the measures derived from it (line heights, paddings, the height
// of a handwriting line) — so that sizes are decided in one place and scale
// together in large print.
#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

#include "font/font_metrics.h"
#include "layout/box.h"
#include "layout/line_breaker.h"
#include "layout/page_style.h"

namespace careplan::layout {

class LayoutContext {
 public:
  LayoutContext(const font::FontMetrics& metrics, const PageStyle& style);

  const font::FontMetrics& metrics() const { return metrics_; }
  const PageStyle& style() const { return style_; }

  // The text column.
  double left() const { return style_.margin_left; }
  double width() const { return style_.content_width(); }
  double right() const { return left() + width(); }
  // The tallest box that fits on a page.
  double max_box_height() const { return style_.content_height(); }

  // 1 for normal print, 1.5 for large print (body 18 pt): spacing that is not
  // tied to one font size scales by this.
  double scale() const { return style_.body_size / 12.0; }
  double body() const { return style_.body_size; }
  double small() const { return style_.small_size; }

  // A line is never shorter than the fonts' ascent-to-descent height, so
  // that every glyph, accents included, lies inside its line (and so inside
  // the margins).
  double LineHeight(double size_pt) const {
    return size_pt * std::max(style_.line_spacing, glyph_height_em_);
  }
  // Headings are set tighter than body text.
  double HeadingLineHeight(double size_pt) const {
    return size_pt * std::max(std::min(style_.line_spacing, 1.25), glyph_height_em_);
  }
  // Baseline from the top of a line box of the given height: the glyphs'
  // ascent-to-descent band is centred in the line (half leading above).
  double BaselineOffset(double size_pt, double line_height) const;

  double Measure(font::Face face, std::string_view text, double size_pt) const {
    return metrics_.MeasureUtf8(face, text, size_pt);
  }
  std::vector<Line> Break(const doc::RichText& text, double size_pt, double max_width,
                          bool force_bold = false) const;
  std::vector<Line> Break(std::string_view text, font::Face face, double size_pt,
                          double max_width) const;

  // Derived measures.
  double cell_padding_x() const { return 0.4 * body(); }
  double cell_padding_y() const { return 0.25 * body(); }
  // Space between ruled lines to write on: 9 mm, more in large print.
  double write_line_spacing() const { return 9.0 * 72.0 / 25.4 * scale(); }
  double thin_rule() const { return 0.5; }
  double item_gap() const { return 0.25 * body(); }
  // A box taller than a page is cut into parts; its first part is shorter by
  // this much, so that a heading kept with it (two lines of the largest size)
  // still fits above it on one page.
  double split_reserve() const {
    return 2 * HeadingLineHeight(style_.heading_sizes[0]) + 0.5 * style_.heading_sizes[0] + body();
  }

  // "•" when the font has it, else "-".
  std::string_view Bullet() const;
  // "…" when the font has it, else "...".
  std::string_view Ellipsis() const;

 private:
  const font::FontMetrics& metrics_;
  const PageStyle& style_;
  double ascent_em_;        // the larger of the two faces', in ems
  double descent_em_;       // the deeper of the two faces', in ems, > 0
  double glyph_height_em_;  // ascent_em_ + descent_em_
};

inline constexpr Color kRuleGrey{0x80, 0x80, 0x80};

// Appends a line's fragments as text items, the line starting at x.
void EmitLine(const Line& line, double x, double baseline_y, double size_pt, Color color,
              std::vector<PlacedItem>* items);

// One box per line, each line_height tall, text starting at x.
std::vector<Box> LineBoxes(const std::vector<Line>& lines, const LayoutContext& context, double x,
                           double size_pt, double line_height, Color color = kBlack);

// Keeps the first two and the last two lines of a run of line boxes together,
// so that no first line is left alone at the bottom of a page (orphan) and no
// last line alone at the top (widow).
void KeepOrphansAndWidows(std::vector<Box>* line_boxes, size_t begin, size_t end);

}  // namespace careplan::layout
