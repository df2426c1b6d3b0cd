#include "layout/box_layout.h"

#include <string>

#include "layout/icon_layout.h"
#include "layout/text_layout.h"

namespace careplan::layout {
namespace {

// A box of this many lines satisfies a heading's "keep two lines with me".
constexpr int kWholeBoxLines = 2;

// The parts of one checklist item: the text lines (tick box on the first)
// and the ruled lines below.
std::vector<Box> ChecklistItemParts(const doc::ChecklistItem& item, const LayoutContext& context) {
  const double size = context.body();
  const double line_height = context.LineHeight(size);
  const double side = 0.8 * size;
  const double indent = side + 0.6 * size;
  std::vector<Line> lines = context.Break(item.text, size, context.width() - indent);
  if (lines.empty()) lines.emplace_back();
  std::vector<Box> parts = LineBoxes(lines, context, context.left() + indent, size, line_height);

  // The tick box is drawn, not a glyph, so it prints whatever the font; it
  // sits on the baseline of the first line, about as tall as a capital.
  const double baseline = context.BaselineOffset(size, line_height);
  RectItem square;
  square.x = context.left();
  square.y = baseline + 0.05 * size - side;
  square.width = square.height = side;
  square.stroke_width = 1.0 * context.scale();
  AddItem(&parts.front().items, square);

  const double spacing = context.write_line_spacing();
  for (int i = 0; i < item.write_lines; ++i) {
    Box rule;
    rule.height = spacing;
    AddItem(&rule.items, LineItem{context.left() + indent, spacing, context.right(), spacing,
                                  context.thin_rule(), kRuleGrey, false});
    parts.push_back(std::move(rule));
  }
  return parts;
}

}  // namespace

BlockBoxes LayoutChecklist(const doc::Checklist& checklist, const LayoutContext& context) {
  BlockBoxes block;
  for (const doc::ChecklistItem& item : checklist.items) {
    const size_t first = block.boxes.size();
    for (Box& box : PackParts(ChecklistItemParts(item, context), context.max_box_height(),
                              context.split_reserve())) {
      block.boxes.push_back(std::move(box));
    }
    if (first > 0) block.boxes[first].space_before = 0.5 * context.body();
  }
  block.space_before = block.space_after = context.style().paragraph_gap;
  return block;
}

BlockBoxes LayoutCallout(const doc::Callout& callout, const LayoutContext& context) {
  const bool warning = callout.kind == doc::CalloutKind::kWarning;
  const double border = (warning ? 2.5 : 1.0) * context.scale();
  const double pad = 0.6 * context.body() + border;
  const double x = context.left() + pad;
  const double width = context.width() - 2 * pad;
  const double size = context.body();
  const double line_height = context.LineHeight(size);

  std::vector<Box> parts;
  if (!callout.title.empty()) {
    // A warning's title starts with a drawn warning sign (not a "!" glyph).
    const doc::Icon icon = warning ? doc::Icon::kWarning : doc::Icon::kNone;
    const double indent = IconIndent(icon, size);
    parts = LineBoxes(context.Break(callout.title, font::Face::kBold, size, width - indent),
                      context, x + indent, size, line_height);
    if (!parts.empty()) {
      PlaceIcon(icon, x, context.BaselineOffset(size, line_height), size, kBlack,
                &parts.front().items);
    }
  }
  for (const doc::RichText& paragraph : callout.paragraphs) {
    std::vector<Box> lines =
        LineBoxes(context.Break(paragraph, size, width), context, x, size, line_height);
    if (lines.empty()) continue;
    if (!parts.empty()) lines.front().space_before = 0.5 * context.style().paragraph_gap;
    for (Box& line : lines) parts.push_back(std::move(line));
  }
  std::vector<Box> items = BulletLineBoxes(callout.items, x, width, context);
  if (!items.empty() && !parts.empty()) items.front().space_before = 0.5 * context.item_gap();
  for (Box& line : items) parts.push_back(std::move(line));
  if (parts.empty()) return {};

  // Frame each packed part; only a call-out taller than a page has several.
  BlockBoxes block;
  for (const Box& inner :
       PackParts(parts, context.max_box_height() - 2 * pad, context.split_reserve())) {
    Box box;
    box.height = inner.height + 2 * pad;
    box.line_count = kWholeBoxLines;
    AppendItems(inner, pad, &box);
    RectItem frame;
    frame.x = context.left() + border / 2;
    frame.y = border / 2;
    frame.width = context.width() - border;
    frame.height = box.height - border;
    frame.stroke_width = border;
    frame.stroke_color = warning ? kBlack : context.style().accent;
    AddItem(&box.items, frame);
    block.boxes.push_back(std::move(box));
  }
  block.space_before = block.space_after = 1.5 * context.style().paragraph_gap;
  return block;
}

}  // namespace careplan::layout
