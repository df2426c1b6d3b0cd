#include "compose/hand_pen.h"

#include <cmath>
#include <numbers>

#include "compose/numbered_mark.h"

namespace careplan::compose {

void HandPen::Finger(double left, double top, double bottom, double inset, Color color) const {
  const double radius = kFingerWidth / 2 - inset;
  const double cx = left + kFingerWidth / 2;
  const double cy = top + kFingerWidth / 2;
  Points points;
  points.emplace_back(cx - radius, bottom);
  for (int i = 0; i <= kFingerArcSides; ++i) {
    const double angle = std::numbers::pi * (1.0 + static_cast<double>(i) / kFingerArcSides);
    points.emplace_back(cx + radius * std::cos(angle), cy + radius * std::sin(angle));
  }
  points.emplace_back(cx + radius, bottom);
  Polygon(std::move(points), color);
}

void HandPen::Block(double left, double top, double right, double bottom, Color color) const {
  Polygon({{left, top}, {right, top}, {right, bottom}, {left, bottom}}, color);
}

void HandPen::Polygon(Points points, Color color) const {
  doc::ChartPolygon polygon;
  polygon.fill_color = color;
  for (auto& [x, y] : points) polygon.points.emplace_back(x * scale_, y * scale_);
  items_->push_back(std::move(polygon));
}

void HandPen::Line(double x1, double y1, double x2, double y2, double width, Color color) const {
  items_->push_back(doc::ChartLine{x1 * scale_, y1 * scale_, x2 * scale_, y2 * scale_,
                                   width * scale_, color, false});
}

void HandPen::Mark(double cx, double cy, int number, double text_size) const {
  AddNumberedMark({number, cx, cy, scale_, text_size, 2 * kFingerArcSides}, items_);
}

double HandLeft(int panel, double panel_width, double shift) {
  const double hand_width = 4 * kFingerWidth + 3 * kFingerGap;
  return panel * panel_width + (panel_width - hand_width) / 2 + shift;
}

double FingerLeft(double hand_left, int finger) {
  return hand_left + finger * (kFingerWidth + kFingerGap);
}

double AddPanelWords(std::span<const PanelWords> panels, double panel_width, double hand_bottom,
                     double scale, const Measures& measures, doc::Chart* chart) {
  const double text_size = measures.text_size_pt > 0 ? measures.text_size_pt : 0.9 * 12;
  const double word_baseline = hand_bottom * scale + 0.4 * text_size + measures.Ascent();
  const double meaning_baseline = word_baseline + 1.2 * text_size;
  for (size_t panel = 0; panel < panels.size(); ++panel) {
    const double middle = (static_cast<double>(panel) + 0.5) * panel_width * scale;
    chart->items.push_back(measures.Text(middle, word_baseline, panels[panel].word,
                                         doc::TextAnchor::kMiddle, doc::TextStyle::kBold));
    chart->items.push_back(
        measures.Text(middle, meaning_baseline, panels[panel].meaning, doc::TextAnchor::kMiddle));
  }
  return meaning_baseline + measures.Descent();
}

}  // namespace careplan::compose
