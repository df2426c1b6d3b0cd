#include "layout/box.h"

#include <variant>

namespace careplan::layout {

void AddItem(std::vector<PlacedItem>* items, PlacedItem item) { items->push_back(std::move(item)); }

void Translate(double dx, double dy, PlacedItem* item) {
  struct Mover {
    double dx, dy;
    void operator()(TextItem& t) const {
      t.x += dx;
      t.baseline_y += dy;
    }
    void operator()(LineItem& l) const {
      l.x1 += dx, l.x2 += dx;
      l.y1 += dy, l.y2 += dy;
    }
    void operator()(RectItem& r) const {
      r.x += dx;
      r.y += dy;
    }
    void operator()(PolygonItem& p) const {
      for (auto& [x, y] : p.points) x += dx, y += dy;
    }
    void operator()(ImageItem& i) const {
      i.x += dx;
      i.y += dy;
    }
  };
  std::visit(Mover{dx, dy}, *item);
}

void AppendItems(const Box& from, double dy, Box* to) {
  for (PlacedItem item : from.items) {
    Translate(0, dy, &item);
    to->items.push_back(std::move(item));
  }
}

Box Stack(const std::vector<Box>& parts) {
  Box out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out.height += parts[i].space_before;
    AppendItems(parts[i], out.height, &out);
    out.height += parts[i].height;
  }
  out.line_count = 0;
  for (const Box& part : parts) out.line_count += part.line_count;
  return out;
}

std::vector<Box> PackParts(const std::vector<Box>& parts, double max_height, double first_reserve) {
  std::vector<Box> packed;
  std::vector<Box> current;
  double height = 0;
  for (const Box& part : parts) {
    const double added = current.empty() ? part.height : part.space_before + part.height;
    const double limit = packed.empty() ? max_height - first_reserve : max_height;
    if (!current.empty() && height + added > limit + 1e-6) {
      packed.push_back(Stack(current));
      current.clear();
      height = 0;
    }
    height += current.empty() ? part.height : part.space_before + part.height;
    current.push_back(part);
  }
  if (!current.empty()) packed.push_back(Stack(current));
  return packed;
}

}  // namespace careplan::layout
