#include "layout/text_layout.h"

#include <algorithm>
#include <string>

#include "layout/icon_layout.h"

namespace careplan::layout {
namespace {

int ClampLevel(int level) { return std::clamp(level, 1, 3); }

// Space above a heading, as a share of its size: more above a major part.
constexpr double kHeadingSpaceBefore[3] = {1.0, 0.9, 0.7};
// Space below a heading, as a share of the body size.
constexpr double kHeadingSpaceAfter[3] = {0.5, 0.35, 0.25};

// Where list markers go and where item text starts.
struct ListGeometry {
  double marker_column = 0;  // width of the widest marker
  double indent = 0;         // from the left of the list to the item text
};

ListGeometry MeasureMarkers(const std::vector<std::string>& markers, const LayoutContext& context) {
  ListGeometry geometry;
  for (const std::string& marker : markers) {
    geometry.marker_column = std::max(
        geometry.marker_column, context.Measure(font::Face::kRegular, marker, context.body()));
  }
  geometry.indent = std::max(geometry.marker_column + 0.5 * context.body(), 1.25 * context.body());
  return geometry;
}

// The boxes of one list item: its lines, the marker (right-aligned in the
// marker column, so that "9." and "10." line up) on the first one.
std::vector<Box> ItemLineBoxes(const doc::RichText& text, const std::string& marker, double x,
                               double width, const ListGeometry& geometry,
                               const LayoutContext& context) {
  const double size = context.body();
  const double line_height = context.LineHeight(size);
  std::vector<Line> lines = context.Break(text, size, width - geometry.indent);
  if (lines.empty()) lines.emplace_back();
  std::vector<Box> boxes = LineBoxes(lines, context, x + geometry.indent, size, line_height);
  const double marker_width = context.Measure(font::Face::kRegular, marker, size);
  AddItem(&boxes.front().items, TextItem{x + geometry.marker_column - marker_width,
                                         context.BaselineOffset(size, line_height),
                                         font::Face::kRegular, size, kBlack, marker});
  return boxes;
}

// A heading, a lead-in paragraph or a label keeps this many lines of what
// follows on its page.
constexpr int kLinesKeptAfter = 2;

// Whether the text ends with a colon (trailing spaces aside): it introduces
// what follows.
bool EndsWithColon(const doc::RichText& text) {
  for (auto span = text.rbegin(); span != text.rend(); ++span) {
    const size_t last = span->text.find_last_not_of(" \t\n");
    if (last != std::string::npos) return span->text[last] == ':';
  }
  return false;
}

// Joins all of a block's boxes and keeps them with the next block's first
// lines, as for a heading.
void KeepWholeWithNext(BlockBoxes* block) {
  for (size_t i = 1; i < block->boxes.size(); ++i) block->boxes[i].keep_with_previous = true;
  block->keep_lines_after = kLinesKeptAfter;
}

}  // namespace

BlockBoxes LayoutHeading(const doc::Heading& heading, int anchor, const LayoutContext& context) {
  const int level = ClampLevel(heading.level);
  const double size = context.style().heading_sizes[level - 1];
  const double line_height = context.HeadingLineHeight(size);
  const Color color = level == 1 ? context.style().accent : kBlack;
  const double indent = IconIndent(heading.icon, size);
  std::vector<Line> lines =
      context.Break(heading.text, font::Face::kBold, size, context.width() - indent);
  if (lines.empty()) lines.emplace_back();

  Box box = Stack(LineBoxes(lines, context, context.left() + indent, size, line_height, color));
  PlaceIcon(heading.icon, context.left(), context.BaselineOffset(size, line_height), size, color,
            &box.items);
  if (level == 1) {  // a rule under a major heading
    const double rule_width = 1.5 * context.scale();
    const double rule_y = box.height + 0.15 * size + rule_width / 2;
    AddItem(&box.items,
            LineItem{context.left(), rule_y, context.right(), rule_y, rule_width, color, false});
    box.height = rule_y + rule_width / 2;
  }
  box.anchor = anchor;
  box.page_break_before = heading.page_break_before;
  box.break_unless_spilled = heading.page_break_before && heading.unless_spilled;

  BlockBoxes block;
  block.boxes.push_back(std::move(box));
  block.space_before = kHeadingSpaceBefore[level - 1] * size;
  block.space_after = kHeadingSpaceAfter[level - 1] * context.body();
  block.keep_lines_after = kLinesKeptAfter;
  return block;
}

BlockBoxes LayoutParagraph(const doc::Paragraph& paragraph, const LayoutContext& context) {
  const double size = context.body();
  BlockBoxes block;
  block.boxes = LineBoxes(context.Break(paragraph.text, size, context.width()), context,
                          context.left(), size, context.LineHeight(size));
  KeepOrphansAndWidows(&block.boxes, 0, block.boxes.size());
  if (paragraph.keep_with_next) {
    KeepWholeWithNext(&block);
  } else if (EndsWithColon(paragraph.text)) {
    // A lead-in: its last lines (kept together by the widow rule) stay with
    // what they introduce; a long lead-in may still start on the page before.
    block.keep_lines_after = kLinesKeptAfter;
  }
  block.space_before = block.space_after = context.style().paragraph_gap;
  return block;
}

BlockBoxes LayoutList(const doc::List& list, const LayoutContext& context) {
  std::vector<std::string> markers;
  for (size_t i = 0; i < list.items.size(); ++i) {
    markers.push_back(list.numbered ? std::to_string(i + 1) + "." : std::string(context.Bullet()));
  }
  const ListGeometry geometry = MeasureMarkers(markers, context);

  BlockBoxes block;
  for (size_t i = 0; i < list.items.size(); ++i) {
    std::vector<Box> lines = ItemLineBoxes(list.items[i], markers[i], context.left(),
                                           context.width(), geometry, context);
    const size_t first = block.boxes.size();
    if (lines.size() <= kMaxKeptItemLines) {
      block.boxes.push_back(Stack(lines));
    } else {
      for (Box& line : lines) block.boxes.push_back(std::move(line));
      KeepOrphansAndWidows(&block.boxes, first, block.boxes.size());
    }
    if (i > 0) block.boxes[first].space_before = context.item_gap();
  }
  block.space_before = block.space_after = context.style().paragraph_gap;
  return block;
}

std::vector<Box> BulletLineBoxes(const std::vector<doc::RichText>& items, double x, double width,
                                 const LayoutContext& context) {
  const std::string bullet(context.Bullet());
  const ListGeometry geometry = MeasureMarkers({bullet}, context);
  std::vector<Box> boxes;
  for (size_t i = 0; i < items.size(); ++i) {
    std::vector<Box> lines = ItemLineBoxes(items[i], bullet, x, width, geometry, context);
    if (i > 0) lines.front().space_before = context.item_gap();
    for (Box& line : lines) boxes.push_back(std::move(line));
  }
  return boxes;
}

BlockBoxes LayoutWriteInLines(const doc::WriteInLines& write_in, const LayoutContext& context) {
  const double size = context.body();
  BlockBoxes block;
  block.boxes =
      LineBoxes(context.Break(write_in.label, font::Face::kRegular, size, context.width()), context,
                context.left(), size, context.LineHeight(size));
  for (size_t i = 1; i < block.boxes.size(); ++i) block.boxes[i].keep_with_previous = true;

  const size_t first_rule = block.boxes.size();
  const double spacing = context.write_line_spacing();
  for (int i = 0; i < write_in.count; ++i) {
    Box rule;
    rule.height = spacing;
    rule.spare = i >= static_cast<int>(kFirmBlankRows);
    AddItem(&rule.items, LineItem{context.left(), spacing, context.right(), spacing,
                                  context.thin_rule(), kRuleGrey, false});
    block.boxes.push_back(std::move(rule));
  }
  // The label stays with the first lines; no rule alone at either end.
  if (first_rule > 0 && first_rule < block.boxes.size()) {
    block.boxes[first_rule].keep_with_previous = true;
  }
  KeepOrphansAndWidows(&block.boxes, first_rule, block.boxes.size());
  if (write_in.keep_with_next) KeepWholeWithNext(&block);
  block.space_before = block.space_after = context.style().paragraph_gap;
  return block;
}

}  // namespace careplan::layout
