#include "layout/chart_layout.h"

#include <algorithm>
#include <cmath>
#include <variant>

namespace careplan::layout {
namespace {

// Turns chart items (points from the chart's top-left) into placed items.
class ChartPlacer {
 public:
  ChartPlacer(double left, double scale, const LayoutContext& context)
      : left_(left), scale_(scale), context_(context) {}

  PlacedItem operator()(const doc::ChartLine& line) const {
    return LineItem{X(line.x1),         Y(line.y1), X(line.x2), Y(line.y2),
                    Stroke(line.width), line.color, line.dashed};
  }
  PlacedItem operator()(const doc::ChartRect& rect) const {
    // A rectangle given with a negative width or height is the same shape
    // drawn from its other corner.
    RectItem out;
    out.x = X(std::min(rect.x, rect.x + rect.width));
    out.y = Y(std::min(rect.y, rect.y + rect.height));
    out.width = std::abs(rect.width) * scale_;
    out.height = std::abs(rect.height) * scale_;
    out.fill = rect.fill;
    out.fill_color = rect.fill_color;
    out.stroke = rect.outline;
    out.stroke_width = Stroke(0.75);
    out.stroke_color = rect.outline_color;
    out.dashed = rect.dashed_outline;
    return out;
  }
  PlacedItem operator()(const doc::ChartPolygon& polygon) const {
    PolygonItem out;
    out.fill_color = polygon.fill_color;
    for (const auto& [x, y] : polygon.points) out.points.emplace_back(X(x), Y(y));
    return out;
  }
  // Shrinking a wide chart never makes a label smaller than it was drawn (or
  // than the small size, if that is less), and in large print no label is
  // below the small size. Text keeps its anchor, then is kept inside the
  // text column.
  PlacedItem operator()(const doc::ChartText& text) const {
    const double floor =
        context_.scale() > 1 ? context_.small() : std::min(text.size_pt, context_.small());
    const double size = std::max(text.size_pt * scale_, floor);
    const font::Face face =
        text.style == doc::TextStyle::kBold ? font::Face::kBold : font::Face::kRegular;
    const double width = context_.Measure(face, text.text, size);
    double x = X(text.x);
    if (text.anchor == doc::TextAnchor::kMiddle) x -= width / 2;
    if (text.anchor == doc::TextAnchor::kEnd) x -= width;
    x = std::max(context_.left(), std::min(x, context_.right() - width));
    return TextItem{x, Y(text.y_baseline), face, size, text.color, text.text};
  }

 private:
  double X(double x) const { return left_ + x * scale_; }
  double Y(double y) const { return y * scale_; }
  double Stroke(double width) const { return std::max(width * scale_, 0.25); }

  double left_;
  double scale_;
  const LayoutContext& context_;
};

}  // namespace

BlockBoxes LayoutChart(const doc::Chart& chart, const LayoutContext& context) {
  const double size = context.body();
  const double line_height = context.LineHeight(size);
  const std::vector<Line> caption =
      context.Break(chart.description, font::Face::kRegular, size, context.width());
  const double caption_gap = caption.empty() ? 0 : 0.4 * size;
  const double caption_height = caption_gap + caption.size() * line_height;

  Box box;
  box.line_count = 2;  // enough for a heading above to stay with it
  box.optional = chart.optional;
  if (chart.width_pt > 0 && chart.height_pt > 0) {
    const double room = std::max(context.max_box_height() - caption_height, 1.0);
    const double scale =
        std::min({context.scale(), context.width() / chart.width_pt, room / chart.height_pt});
    const ChartPlacer placer(context.left(), scale, context);
    for (const doc::ChartItem& item : chart.items) AddItem(&box.items, std::visit(placer, item));
    box.height = chart.height_pt * scale;
  }
  Box caption_box = Stack(LineBoxes(caption, context, context.left(), size, line_height));
  AppendItems(caption_box, box.height + caption_gap, &box);
  box.height += caption_height;
  if (box.height <= 0) return {};

  BlockBoxes block;
  block.boxes.push_back(std::move(box));
  block.space_before = block.space_after = 1.5 * context.style().paragraph_gap;
  return block;
}

}  // namespace careplan::layout
