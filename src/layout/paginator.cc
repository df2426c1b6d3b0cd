#include "layout/paginator.h"

#include <utility>

namespace careplan::layout {
namespace {

// Sums of heights may differ from the page height by rounding only.
constexpr double kEpsilon = 1e-6;

class Paginator {
 public:
  Paginator(FlowContent* content, const PageStyle& style)
      : boxes_(content->boxes),
        headers_(content->repeat_headers),
        top_(style.margin_top),
        bottom_(style.page_height - style.margin_bottom) {}

  Pagination Run() {
    result_.placements.resize(boxes_.size());
    NewPage();
    for (size_t begin = 0; begin < boxes_.size();) {
      const size_t end = ChainEnd(begin);
      if (boxes_[begin].page_break_before && !page_empty_) NewPage();
      if (!page_empty_ && !Fits(ChainHeight(begin, end))) NewPage();
      // Each box fits now unless the chain is taller than a page; then it
      // breaks wherever it must.
      for (size_t i = begin; i < end; ++i) {
        if (!page_empty_ && (boxes_[i].page_break_before || !Fits(BoxHeight(i)))) NewPage();
        Place(i);
      }
      begin = end;
    }
    return std::move(result_);
  }

 private:
  size_t ChainEnd(size_t begin) const {
    size_t end = begin + 1;
    while (end < boxes_.size() && boxes_[end].keep_with_previous) ++end;
    return end;
  }

  // Whether box i, placed at the top of a page, must have its group's
  // header repeated above it.
  bool ContinuesGroup(size_t i) const {
    return boxes_[i].repeat_group >= 0 && boxes_[i].repeat_group == last_group_;
  }

  // The height box i adds to the current page, with what comes with it.
  double BoxHeight(size_t i) const {
    if (!page_empty_) return boxes_[i].space_before + boxes_[i].height;
    const double header = ContinuesGroup(i) ? headers_[boxes_[i].repeat_group].height : 0;
    return header + boxes_[i].height;
  }

  double ChainHeight(size_t begin, size_t end) const {
    double height = BoxHeight(begin);
    for (size_t i = begin + 1; i < end; ++i) height += boxes_[i].space_before + boxes_[i].height;
    return height;
  }

  bool Fits(double height) const { return cursor_ + height <= bottom_ + kEpsilon; }

  void NewPage() {
    result_.pages.emplace_back();
    cursor_ = top_;
    page_empty_ = true;
  }

  void Place(size_t i) {
    Box& box = boxes_[i];
    Page& page = result_.pages.back();
    if (page_empty_ && ContinuesGroup(i)) {
      const Box& header = headers_[box.repeat_group];
      for (PlacedItem item : header.items) {
        Translate(0, cursor_, &item);
        page.items.push_back(std::move(item));
      }
      cursor_ += header.height;
    } else if (!page_empty_) {
      cursor_ += box.space_before;
    }
    result_.placements[i] = Placement{static_cast<int>(result_.pages.size()) - 1, cursor_};
    for (PlacedItem& item : box.items) {
      Translate(0, cursor_, &item);
      page.items.push_back(std::move(item));
    }
    box.items.clear();
    cursor_ += box.height;
    page_empty_ = false;
    last_group_ = box.repeat_group;
  }

  std::vector<Box>& boxes_;
  const std::vector<Box>& headers_;
  const double top_;
  const double bottom_;
  Pagination result_;
  double cursor_ = 0;
  bool page_empty_ = true;
  int last_group_ = -1;
};

}  // namespace

Pagination Paginate(FlowContent* content, const PageStyle& style) {
  return Paginator(content, style).Run();
}

}  // namespace careplan::layout
