#include "layout/layout_context.h"

#include <algorithm>

namespace careplan::layout {

LayoutContext::LayoutContext(const font::FontMetrics& metrics, const PageStyle& style)
    : metrics_(metrics),
      style_(style),
      ascent_em_(std::max(metrics.Ascent(font::Face::kRegular), metrics.Ascent(font::Face::kBold)) /
                 1000.0),
      descent_em_(
          -std::min(metrics.Descent(font::Face::kRegular), metrics.Descent(font::Face::kBold)) /
          1000.0),
      glyph_height_em_(ascent_em_ + descent_em_) {}

double LayoutContext::BaselineOffset(double size_pt, double line_height) const {
  return (line_height - glyph_height_em_ * size_pt) / 2 + ascent_em_ * size_pt;
}

std::vector<Line> LayoutContext::Break(const doc::RichText& text, double size_pt, double max_width,
                                       bool force_bold) const {
  const std::vector<TextRun> runs = RunsOf(text, force_bold);
  return BreakLines(runs, metrics_, size_pt, max_width);
}

std::vector<Line> LayoutContext::Break(std::string_view text, font::Face face, double size_pt,
                                       double max_width) const {
  const TextRun run{text, face};
  return BreakLines({&run, 1}, metrics_, size_pt, max_width);
}

std::string_view LayoutContext::Bullet() const {
  return metrics_.HasGlyph(font::Face::kRegular, U'\u2022') ? "\u2022" : "-";
}

std::string_view LayoutContext::Ellipsis() const {
  return metrics_.HasGlyph(font::Face::kRegular, U'\u2026') ? "\u2026" : "...";
}

void EmitLine(const Line& line, double x, double baseline_y, double size_pt, Color color,
              std::vector<PlacedItem>* items) {
  for (const LineFragment& fragment : line.fragments) {
    AddItem(items,
            TextItem{x + fragment.x, baseline_y, fragment.face, size_pt, color, fragment.text});
  }
}

std::vector<Box> LineBoxes(const std::vector<Line>& lines, const LayoutContext& context, double x,
                           double size_pt, double line_height, Color color) {
  std::vector<Box> boxes;
  boxes.reserve(lines.size());
  const double baseline = context.BaselineOffset(size_pt, line_height);
  for (const Line& line : lines) {
    Box box;
    box.height = line_height;
    EmitLine(line, x, baseline, size_pt, color, &box.items);
    boxes.push_back(std::move(box));
  }
  return boxes;
}

void KeepOrphansAndWidows(std::vector<Box>* line_boxes, size_t begin, size_t end) {
  if (end - begin < 2) return;
  (*line_boxes)[begin + 1].keep_with_previous = true;
  (*line_boxes)[end - 1].keep_with_previous = true;
}

}  // namespace careplan::layout
