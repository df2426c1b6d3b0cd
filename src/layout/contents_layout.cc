#include "layout/contents_layout.h"

#include <string>

#include "layout/text_layout.h"

namespace careplan::layout {
namespace {

font::Face EntryFace(int level) { return level == 1 ? font::Face::kBold : font::Face::kRegular; }

// Room kept at the right of every entry for its page number.
double NumberRoom(const LayoutContext& context) {
  return context.Measure(font::Face::kBold, "0000", context.body()) + 0.5 * context.body();
}

Box EntryBox(const AnchorHeading& heading, int entry, const LayoutContext& context,
             ContentsEntry* info) {
  const double size = context.body();
  const double line_height = context.LineHeight(size);
  const double indent = heading.level == 1 ? 0 : 1.5 * size;
  const double x = context.left() + indent;
  const font::Face face = EntryFace(heading.level);
  std::vector<Line> lines =
      context.Break(heading.text, face, size, context.width() - indent - NumberRoom(context));
  if (lines.empty()) lines.emplace_back();

  Box box = Stack(LineBoxes(lines, context, x, size, line_height));
  box.contents_entry = entry;
  box.space_before = (heading.level == 1 ? 0.4 : 0.1) * size;
  info->face = face;
  info->size_pt = size;
  info->text_end_x = x + lines.back().width;
  info->last_baseline_y =
      (lines.size() - 1) * line_height + context.BaselineOffset(size, line_height);
  return box;
}

// ". . . ." filling [from, to], ending at `to`, or "" if too narrow.
std::string DotLeader(double from, double to, const ContentsEntry& entry,
                      const LayoutContext& context, double* width) {
  const double dot = context.Measure(entry.face, ". ", entry.size_pt);
  const int count = dot > 0 ? static_cast<int>((to - from) / dot) : 0;
  std::string leader;
  for (int i = 0; i < count; ++i) leader += i == 0 ? "." : " .";
  *width = context.Measure(entry.face, leader, entry.size_pt);
  return count >= 2 ? leader : "";
}

}  // namespace

BlockBoxes LayoutContents(const doc::Contents& contents, const std::vector<AnchorHeading>& headings,
                          const LayoutContext& context) {
  doc::Heading title;
  title.level = 1;
  title.text = contents.title;
  BlockBoxes block = LayoutHeading(title, -1, context);
  block.keep_lines_after = 0;
  for (size_t anchor = 0; anchor < headings.size(); ++anchor) {
    if (!headings[anchor].in_contents) continue;
    ContentsEntry info;
    info.anchor = static_cast<int>(anchor);
    const int entry = static_cast<int>(block.contents_entries.size());
    block.boxes.push_back(EntryBox(headings[anchor], entry, context, &info));
    block.contents_entries.push_back(info);
  }
  // The title stays with the first two entries.
  for (size_t i = 1; i < block.boxes.size() && i <= 2; ++i) {
    block.boxes[i].keep_with_previous = true;
  }
  if (block.boxes.size() > 1) block.boxes[1].space_before = block.space_after;
  block.space_after = context.style().paragraph_gap;
  return block;
}

void AddContentsPageNumbers(const std::vector<ContentsEntry>& entries,
                            const std::vector<Placement>& entry_boxes,
                            const std::vector<double>& entry_heights,
                            const std::vector<Placement>& anchors, const LayoutContext& context,
                            PagedDocument* document) {
  for (size_t i = 0; i < entries.size(); ++i) {
    const ContentsEntry& entry = entries[i];
    const Placement& box = entry_boxes[i];
    const Placement& target = anchors[entry.anchor];
    if (box.page < 0 || target.page < 0) continue;
    Page& page = document->pages[box.page];

    const std::string number = std::to_string(target.page + 1);
    const double number_width = context.Measure(entry.face, number, entry.size_pt);
    const double number_x = context.right() - number_width;
    const double baseline = box.y + entry.last_baseline_y;
    const double gap = 0.3 * entry.size_pt;
    double leader_width = 0;
    const std::string leader =
        DotLeader(entry.text_end_x + gap, number_x - gap, entry, context, &leader_width);
    if (!leader.empty()) {
      AddItem(&page.items, TextItem{number_x - gap - leader_width, baseline, entry.face,
                                    entry.size_pt, kBlack, leader});
    }
    AddItem(&page.items, TextItem{number_x, baseline, entry.face, entry.size_pt, kBlack, number});
    page.links.push_back(
        LinkItem{context.left(), box.y, context.width(), entry_heights[i], target.page, target.y});
  }
}

}  // namespace careplan::layout
