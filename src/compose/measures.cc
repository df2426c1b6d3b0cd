#include "compose/measures.h"

#include "base/utf8.h"

namespace careplan::compose {
namespace {

font::Face FaceOf(doc::TextStyle style) {
  return style == doc::TextStyle::kBold ? font::Face::kBold : font::Face::kRegular;
}

bool IsCombining(char32_t c) { return c >= 0x0300 && c <= 0x036F; }

class Estimated : public font::FontMetrics {
 public:
  double Advance(font::Face face, char32_t c) const override {
    if (IsCombining(c)) return 0;
    return face == font::Face::kBold ? 640 : 600;
  }
  bool HasGlyph(font::Face, char32_t) const override { return true; }
  double Ascent(font::Face) const override { return 1069; }
  double Descent(font::Face) const override { return -293; }
};

}  // namespace

bool Overlaps(const TextBox& a, const TextBox& b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const font::FontMetrics& EstimatedMetrics() {
  static const Estimated* metrics = new Estimated();
  return *metrics;
}

double Measures::Measure(std::string_view text, doc::TextStyle style) const {
  return metrics->MeasureUtf8(FaceOf(style), text, text_size_pt);
}

double Measures::Ascent() const {
  return metrics->Ascent(font::Face::kRegular) * text_size_pt / 1000.0;
}

double Measures::Descent() const {
  return -metrics->Descent(font::Face::kRegular) * text_size_pt / 1000.0;
}

std::string Measures::Fit(std::string_view text, double max_width, doc::TextStyle style) const {
  if (Measure(text, style) <= max_width) return std::string(text);
  const std::string ellipsis = metrics->HasGlyph(FaceOf(style), U'\u2026') ? "\u2026" : "...";
  std::u32string kept = DecodeUtf8(text);
  while (!kept.empty()) {
    kept.pop_back();
    // Never cut a letter from its accents, and drop spaces before the "…".
    while (!kept.empty() && IsCombining(kept.back())) kept.pop_back();
    if (kept.empty()) break;
    std::u32string trimmed = kept;
    while (!trimmed.empty() && trimmed.back() == U' ') trimmed.pop_back();
    const std::string candidate = EncodeUtf8(trimmed) + ellipsis;
    if (!trimmed.empty() && Measure(candidate, style) <= max_width) return candidate;
  }
  return Measure(ellipsis, style) <= max_width ? ellipsis : "";
}

doc::ChartText Measures::Text(double x, double baseline, std::string text, doc::TextAnchor anchor,
                              doc::TextStyle style) const {
  doc::ChartText label;
  label.x = x;
  label.y_baseline = baseline;
  label.text = std::move(text);
  label.size_pt = text_size_pt;
  label.style = style;
  label.anchor = anchor;
  return label;
}

TextBox Measures::BoxOf(const doc::ChartText& text) const {
  const font::Face face = FaceOf(text.style);
  const double width = metrics->MeasureUtf8(face, text.text, text.size_pt);
  double left = text.x;
  if (text.anchor == doc::TextAnchor::kMiddle) left -= width / 2;
  if (text.anchor == doc::TextAnchor::kEnd) left -= width;
  return TextBox{left, text.y_baseline - metrics->Ascent(face) * text.size_pt / 1000.0,
                 left + width, text.y_baseline - metrics->Descent(face) * text.size_pt / 1000.0};
}

}  // namespace careplan::compose
