// LayoutDocument in four steps: every block becomes boxes (block layouters),
// the boxes become pages (paginator), then what depends on page numbers is
// added — bookmarks, the contents' numbers and links — and last the page
// furniture, which needs the page count.
#include "layout/layout.h"

#include <algorithm>
#include <variant>

#include "layout/box_layout.h"
#include "layout/chart_layout.h"
#include "layout/contents_layout.h"
#include "layout/flow.h"
#include "layout/furniture.h"
#include "layout/image_layout.h"
#include "layout/layout_context.h"
#include "layout/paginator.h"
#include "layout/table_layout.h"
#include "layout/text_layout.h"

namespace careplan::layout {
namespace {

bool IsAnchored(const doc::Heading& heading) { return heading.level <= 2; }

// The level 1-2 headings in order; the i-th is anchor i. Collected before
// layout so that the contents, wherever it is, knows its entries.
std::vector<AnchorHeading> CollectAnchors(const doc::Document& document) {
  std::vector<AnchorHeading> anchors;
  for (const doc::Block& block : document.blocks) {
    if (const auto* heading = std::get_if<doc::Heading>(&block)) {
      if (IsAnchored(*heading)) {
        anchors.push_back({std::max(heading->level, 1), heading->text, heading->in_contents});
      }
    }
  }
  return anchors;
}

// Turns each block into boxes and adds them to the flow.
class BlockVisitor {
 public:
  BlockVisitor(const LayoutContext& context, const std::vector<AnchorHeading>& anchors, Flow* flow)
      : context_(context), anchors_(anchors), flow_(flow) {}

  void operator()(const doc::Heading& heading) {
    const int anchor = IsAnchored(heading) ? next_anchor_++ : -1;
    flow_->Add(LayoutHeading(heading, anchor, context_));
  }
  void operator()(const doc::Paragraph& block) { flow_->Add(LayoutParagraph(block, context_)); }
  void operator()(const doc::List& block) { flow_->Add(LayoutList(block, context_)); }
  void operator()(const doc::Table& block) { flow_->Add(LayoutTable(block, context_)); }
  void operator()(const doc::Checklist& block) { flow_->Add(LayoutChecklist(block, context_)); }
  void operator()(const doc::Callout& block) { flow_->Add(LayoutCallout(block, context_)); }
  void operator()(const doc::LabelValueList& block) {
    flow_->Add(LayoutLabelValueList(block, context_));
  }
  void operator()(const doc::WriteInLines& block) {
    flow_->Add(LayoutWriteInLines(block, context_));
  }
  void operator()(const doc::FormGrid& block) { flow_->Add(LayoutFormGrid(block, context_)); }
  void operator()(const doc::Chart& block) { flow_->Add(LayoutChart(block, context_)); }
  void operator()(const doc::Contents& block) {
    flow_->Add(LayoutContents(block, anchors_, context_));
  }
  void operator()(const doc::PageBreak&) { flow_->BreakPage(); }
  void operator()(const doc::Image& block) { flow_->Add(LayoutImage(block, context_)); }
  // Compose draws every picture (a Chart); one left here has nothing to show.
  void operator()(const doc::Picture&) {}

 private:
  const LayoutContext& context_;
  const std::vector<AnchorHeading>& anchors_;
  Flow* flow_;
  int next_anchor_ = 0;
};

}  // namespace

PagedDocument LayoutDocument(const doc::Document& document, const font::FontMetrics& metrics,
                             const PageStyle& page_style) {
  // A running header of several lines (a long name) pushes the body down.
  PageStyle style = page_style;
  style.margin_top += HeaderExtraHeight(document.info, LayoutContext(metrics, page_style));
  const LayoutContext context(metrics, style);
  const std::vector<AnchorHeading> anchors = CollectAnchors(document);

  Flow flow;
  BlockVisitor visitor(context, anchors, &flow);
  for (const doc::Block& block : document.blocks) std::visit(visitor, block);
  FlowContent content = flow.Finish();
  Pagination pagination = Paginate(&content, style);

  PagedDocument out;
  out.page_width = style.page_width;
  out.page_height = style.page_height;
  out.info = document.info;
  out.pages = std::move(pagination.pages);

  // Where each heading and each contents entry landed.
  std::vector<Placement> anchor_at(anchors.size());
  std::vector<Placement> entry_at(content.contents_entries.size());
  std::vector<double> entry_height(content.contents_entries.size());
  for (size_t i = 0; i < content.boxes.size(); ++i) {
    const Box& box = content.boxes[i];
    if (box.anchor >= 0) anchor_at[box.anchor] = pagination.placements[i];
    if (box.contents_entry >= 0) {
      entry_at[box.contents_entry] = pagination.placements[i];
      entry_height[box.contents_entry] = box.height;
    }
  }
  for (size_t i = 0; i < anchors.size(); ++i) {
    out.bookmarks.push_back(
        Bookmark{anchors[i].level, anchors[i].text, anchor_at[i].page, anchor_at[i].y});
  }
  AddContentsPageNumbers(content.contents_entries, entry_at, entry_height, anchor_at, context,
                         &out);
  AddPageFurniture(context, &out);
  return out;
}

}  // namespace careplan::layout
