// Measures: the measures every chart in the plan is drawn with (width, text
// size, the font metrics that measure labels) and the text helpers that keep
// labels inside their room: measuring, the box a label covers, shortening
// with "…". Made once by BuildDocument from ComposeOptions.
#pragma once

#include <string>
#include <string_view>

#include "doc/document.h"
#include "font/font_metrics.h"

namespace careplan::compose {

// The rectangle a chart label covers, in points from the chart's top-left.
struct TextBox {
  double left = 0;
  double top = 0;
  double right = 0;
  double bottom = 0;
};

bool Overlaps(const TextBox& a, const TextBox& b);

struct Measures {
  const font::FontMetrics* metrics = nullptr;  // never null
  double width_pt = 0;                         // the text column
  double max_height_pt = 0;  // the tallest chart that fits on a page with its caption
  double body_size_pt = 12;  // body text: 12, or 18 in large print
  double text_size_pt = 0;   // labels: 0.9 of the body size (10.8 pt, or 16.2 in large print)

  double Measure(std::string_view text, doc::TextStyle style = doc::TextStyle::kRegular) const;
  double Ascent() const;   // points above the baseline
  double Descent() const;  // points below the baseline (> 0)
  double TextHeight() const { return Ascent() + Descent(); }

  // `text` if it fits in max_width, else as much of it as fits followed by
  // "…" (or "..." when the font lacks it); "" when not even "…" fits.
  std::string Fit(std::string_view text, double max_width,
                  doc::TextStyle style = doc::TextStyle::kRegular) const;

  // A label at the chart's text size.
  doc::ChartText Text(double x, double baseline, std::string text,
                      doc::TextAnchor anchor = doc::TextAnchor::kStart,
                      doc::TextStyle style = doc::TextStyle::kRegular) const;
  TextBox BoxOf(const doc::ChartText& text) const;
};

// Metrics for when the caller gives none: every character 0.6 em wide, with
// the bundled font's ascent and descent. Good enough to keep labels apart.
const font::FontMetrics& EstimatedMetrics();

}  // namespace careplan::compose
