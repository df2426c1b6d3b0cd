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

namespace {

// The measures of a call-out's frame.
struct CalloutFrame {
  CalloutFrame(const doc::Callout& callout, const LayoutContext& context)
      : warning(callout.kind == doc::CalloutKind::kWarning),
        border((warning ? 2.5 : 1.0) * context.scale()),
        pad(0.6 * context.body() + border),
        x(context.left() + pad),
        width(context.width() - 2 * pad),
        color(warning ? kBlack : context.style().accent) {}

  bool warning;
  double border;
  double pad;
  double x;      // where the text starts
  double width;  // the text's width
  Color color;
};

// The title's lines; a warning's starts with a drawn warning sign (not a "!").
std::vector<Box> TitleLines(const std::string& title, const CalloutFrame& frame,
                            const LayoutContext& context) {
  const double size = context.body();
  const double line_height = context.LineHeight(size);
  const doc::Icon icon = frame.warning ? doc::Icon::kWarning : doc::Icon::kNone;
  const double indent = IconIndent(icon, size);
  std::vector<Box> lines =
      LineBoxes(context.Break(title, font::Face::kBold, size, frame.width - indent), context,
                frame.x + indent, size, line_height);
  if (!lines.empty()) {
    PlaceIcon(icon, frame.x, context.BaselineOffset(size, line_height), size, kBlack,
              &lines.front().items);
  }
  return lines;
}

// The title and paragraph lines, one box per line.
std::vector<Box> HeadLines(const doc::Callout& callout, const CalloutFrame& frame,
                           const LayoutContext& context) {
  const double size = context.body();
  std::vector<Box> parts;
  if (!callout.title.empty()) parts = TitleLines(callout.title, frame, context);
  for (const doc::RichText& paragraph : callout.paragraphs) {
    std::vector<Box> lines = LineBoxes(context.Break(paragraph, size, frame.width), context,
                                       frame.x, size, context.LineHeight(size));
    if (lines.empty()) continue;
    if (!parts.empty()) lines.front().space_before = 0.5 * context.style().paragraph_gap;
    for (Box& line : lines) parts.push_back(std::move(line));
  }
  return parts;
}

void AddRule(double x1, double y1, double x2, double y2, const CalloutFrame& frame,
             std::vector<PlacedItem>* items) {
  AddItem(items, LineItem{x1, y1, x2, y2, frame.border, frame.color, false});
}

// One stretch of a split call-out: `inner` inside the frame's sides, with
// the frame's top above it when `top`, its foot below it when `foot`, and
// a foot drawn only if the page ends after it otherwise.
Box FrameStretch(const Box& inner, bool top, bool foot, const CalloutFrame& frame,
                 const LayoutContext& context) {
  const double left = context.left() + frame.border / 2;
  const double right = context.right() - frame.border / 2;
  Box box;
  box.line_count = inner.line_count;
  const double above = top ? frame.pad : inner.space_before;
  AppendItems(inner, above, &box);
  box.height = above + inner.height + (foot ? frame.pad : 0);
  AddRule(left, 0, left, box.height, frame, &box.items);
  AddRule(right, 0, right, box.height, frame, &box.items);
  const double edge = frame.border / 2;
  if (top) AddRule(left - edge, edge, right + edge, edge, frame, &box.items);
  // A stretch the call-out goes on from closes the frame only when a page
  // ends under it, a padding lower, so that no letter sits on the border.
  const double below = foot ? 0 : frame.pad;
  box.foot_if_page_ends = below;
  if (below > 0) {
    AddRule(left, box.height, left, box.height + below, frame, &box.items_if_page_ends);
    AddRule(right, box.height, right, box.height + below, frame, &box.items_if_page_ends);
  }
  const double bottom = box.height + below - edge;
  AddRule(left - edge, bottom, right + edge, bottom, frame,
          foot ? &box.items : &box.items_if_page_ends);
  return box;
}

// A call-out that may run onto the next page: its head (title and paragraph
// lines), then each item, are stretches of the frame (see FrameStretch). The
// head keeps the first two items with it; the next page repeats the title.
BlockBoxes LayoutSplitCallout(const std::string& title, const std::vector<Box>& head,
                              std::vector<Box> item_lines, const CalloutFrame& frame,
                              const LayoutContext& context) {
  std::vector<Box> units;
  if (!head.empty()) units.push_back(Stack(head));
  const size_t first_item = units.size();
  for (Box& line : item_lines) {
    // One box per line; each item's first line but the first has the gap.
    if (units.size() == first_item || line.space_before > 0) {
      units.push_back(std::move(line));
    } else {
      const double gap = units.back().space_before;  // Stack keeps none
      units.back() = Stack({units.back(), line});
      units.back().space_before = gap;
    }
  }

  BlockBoxes block;
  for (size_t i = 0; i < units.size(); ++i) {
    Box box = FrameStretch(units[i], i == 0, i + 1 == units.size(), frame, context);
    box.keep_with_previous = i > 0 && (i <= 2 || i + 1 == units.size());
    box.repeat_group = 0;
    block.boxes.push_back(std::move(box));
  }
  // At the top of the next page: the frame's top and the title, "(continued)".
  std::vector<Box> continued = TitleLines(title + " (continued)", frame, context);
  block.repeat_headers.push_back(FrameStretch(Stack(continued), true, false, frame, context));
  block.repeat_headers.back().items_if_page_ends.clear();
  block.repeat_headers.back().foot_if_page_ends = 0;
  block.space_before = block.space_after = 1.5 * context.style().paragraph_gap;
  return block;
}

// A framed call-out taller than this share of a page runs on between items
// from where it starts, as a may_split one does. Moved whole, it would leave
// the rest of the page before it empty: in large print the emergency signs
// fill most of a page, and page 1 showed a name and nothing else.
constexpr double kRunOnCalloutShare = 0.5;

bool RunsOn(const std::vector<Box>& head, const std::vector<Box>& items, const CalloutFrame& frame,
            const LayoutContext& context) {
  double height = 2 * frame.pad;
  for (const std::vector<Box>* boxes : {&head, &items}) {
    for (const Box& box : *boxes) height += box.space_before + box.height;
  }
  return height > kRunOnCalloutShare * context.max_box_height();
}

}  // namespace

BlockBoxes LayoutCallout(const doc::Callout& callout, const LayoutContext& context) {
  const CalloutFrame frame(callout, context);
  std::vector<Box> parts = HeadLines(callout, frame, context);
  std::vector<Box> items = BulletLineBoxes(callout.items, frame.x, frame.width, context);
  if (!items.empty() && !parts.empty()) items.front().space_before = 0.5 * context.item_gap();
  if ((callout.may_split || RunsOn(parts, items, frame, context)) && !items.empty())
    return LayoutSplitCallout(callout.title, parts, std::move(items), frame, context);
  for (Box& line : items) parts.push_back(std::move(line));
  if (parts.empty()) return {};

  // Frame each packed part; only a call-out taller than a page has several.
  const double pad = frame.pad;
  BlockBoxes block;
  for (const Box& inner :
       PackParts(parts, context.max_box_height() - 2 * pad, context.split_reserve())) {
    Box box;
    box.height = inner.height + 2 * pad;
    box.line_count = kWholeBoxLines;
    AppendItems(inner, pad, &box);
    RectItem rect;
    rect.x = context.left() + frame.border / 2;
    rect.y = frame.border / 2;
    rect.width = context.width() - frame.border;
    rect.height = box.height - frame.border;
    rect.stroke_width = frame.border;
    rect.stroke_color = frame.color;
    AddItem(&box.items, rect);
    block.boxes.push_back(std::move(box));
  }
  block.space_before = block.space_after = 1.5 * context.style().paragraph_gap;
  return block;
}

}  // namespace careplan::layout
