#include "layout/paginator.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace careplan::layout {
namespace {

// Sums of heights may differ from the page height by rounding only.
constexpr double kEpsilon = 1e-6;

// Where the boxes of one page lie: [begin, end) in flow order, and the
// repeat group whose header heads the page, or -1.
struct PagePlan {
  size_t begin = 0;
  size_t end = 0;
  int header_group = -1;
  double used = 0;  // the height from the top of the body to the last box's foot
};

class Paginator {
 public:
  Paginator(FlowContent* content, const PageStyle& style)
      : boxes_(content->boxes),
        headers_(content->repeat_headers),
        top_(style.margin_top),
        bottom_(style.page_height - style.margin_bottom) {}

  Pagination Run() {
    result_.placements.resize(boxes_.size());
    dropped_.assign(boxes_.size(), false);
    for (size_t begin = 0; begin < boxes_.size();) {
      size_t end = RunEnd(begin);
      while (end < boxes_.size() && boxes_[end].break_unless_spilled && Spills(begin, end)) {
        end = RunEnd(end);
      }
      LayOutRun(begin, end);
      begin = end;
    }
    if (pages_.empty()) pages_.emplace_back();
    Emit();
    return std::move(result_);
  }

 private:
  // Room taken off the foot of one page, to leave more for the next.
  struct Cut {
    size_t page = SIZE_MAX;
    double height = 0;
  };

  // A run is the boxes from one forced page break to the next: it starts a
  // page, and what it leaves on its last page cannot be filled by what follows.
  size_t RunEnd(size_t begin) const {
    size_t end = begin + 1;
    while (end < boxes_.size() && !boxes_[end].page_break_before) ++end;
    return end;
  }

  // Whether the run [begin, end) takes more than one page. Lays it out and
  // takes the pages back: the run is placed again, for good, by the caller.
  bool Spills(size_t begin, size_t end) {
    const size_t first_page = pages_.size();
    LayOutRun(begin, end);
    const bool spills = pages_.size() - first_page > 1;
    pages_.resize(first_page);
    return spills;
  }

  // Greedy placement first; then a last page of optional boxes only is left
  // out; a last page less than half full is left out if it holds only spare
  // boxes (writing space), or avoided if the run fits one page fewer with
  // its gaps tightened; failing both, a short last page is filled to the
  // short mark by the page before giving up enough (paginator.h).
  void LayOutRun(size_t begin, size_t end) {
    const size_t first_page = pages_.size();
    Place(begin, end, 1.0, {});
    if (pages_.size() - first_page < 2) return;
    if (DropLastPageIf(begin, &Box::optional)) return;
    if (!WorthTightening(pages_.back())) return;
    if (DropLastPageIf(begin, &Box::spare)) return;
    const bool short_page = Short(pages_.back());
    const size_t greedy_pages = pages_.size();
    const double greedy_last_used = pages_.back().used;
    for (double gap_scale : kGapScales) {
      PlaceAgain(first_page, begin, end, gap_scale, {});
      if (pages_.size() < greedy_pages) return;
    }
    if (!short_page) {
      PlaceAgain(first_page, begin, end, 1.0, {});
      return;
    }
    const Cut cut{greedy_pages - 2, ShortMark() - greedy_last_used};
    PlaceAgain(first_page, begin, end, 1.0, cut);
    const bool balanced = pages_.size() == greedy_pages && !Short(pages_[cut.page]) &&
                          pages_.back().used > greedy_last_used;
    if (!balanced) PlaceAgain(first_page, begin, end, 1.0, {});
  }

  void PlaceAgain(size_t first_page, size_t begin, size_t end, double gap_scale, Cut cut) {
    pages_.resize(first_page);
    Place(begin, end, gap_scale, cut);
  }

  // Places boxes [begin, end) from the top of a new page, each gap between
  // boxes multiplied by gap_scale.
  void Place(size_t begin, size_t end, double gap_scale, Cut cut) {
    gap_scale_ = gap_scale;
    cut_ = cut;
    last_group_ = begin > 0 ? boxes_[begin - 1].repeat_group : -1;
    NewPage(begin);
    for (size_t i = begin; i < end; ++i) dropped_[i] = false;
    for (size_t chain = begin; chain < end;) {
      const size_t chain_end = ChainEnd(chain, end);
      if (!page_empty_ && !Fits(ChainHeight(chain, chain_end) + Foot(chain_end - 1))) {
        const size_t spare_end = std::max(SpareRowsEnd(chain, end), SpareLinesEnd(chain, end));
        if (spare_end > chain) {
          DropRows(chain, spare_end);
          chain = spare_end;
          continue;
        }
        NewPage(chain);
      }
      // Each box fits now unless the chain is taller than a page; then it
      // breaks wherever it must.
      for (size_t i = chain; i < chain_end; ++i) {
        if (!page_empty_ && !Fits(BoxHeight(i) + Foot(i))) NewPage(i);
        PlaceBox(i);
      }
      chain = chain_end;
    }
  }

  size_t ChainEnd(size_t begin, size_t end) const {
    size_t chain_end = begin + 1;
    while (chain_end < end && boxes_[chain_end].keep_with_previous) ++chain_end;
    return chain_end;
  }

  // Whether box i, placed at the top of a page, must have its group's
  // header repeated above it.
  bool ContinuesGroup(size_t i) const {
    return boxes_[i].repeat_group >= 0 && boxes_[i].repeat_group == last_group_;
  }

  double Gap(size_t i) const { return gap_scale_ * boxes_[i].space_before; }

  // The room box i needs under it should the page end there.
  double Foot(size_t i) const { return boxes_[i].foot_if_page_ends; }

  // The height box i adds to the current page, with what comes with it.
  double BoxHeight(size_t i) const {
    if (!page_empty_) return Gap(i) + boxes_[i].height;
    const double header = ContinuesGroup(i) ? headers_[boxes_[i].repeat_group].height : 0;
    return header + boxes_[i].head_if_page_starts + boxes_[i].height;
  }

  double ChainHeight(size_t begin, size_t end) const {
    double height = BoxHeight(begin);
    for (size_t i = begin + 1; i < end; ++i) height += Gap(i) + boxes_[i].height;
    return height;
  }

  // When the form grid box `begin` belongs to would spill onto a new page
  // with nothing but spare blank rows, the end of those rows (they are left
  // out: the form ends with the rows that fit), else `begin`. Only when at
  // least kMinKeptFormRows of the form's rows stay on this page and no more
  // rows are left out than stay.
  size_t SpareRowsEnd(size_t begin, size_t end) const {
    const int group = boxes_[begin].repeat_group;
    if (group < 0) return begin;
    size_t spare_end = begin;
    while (spare_end < end && boxes_[spare_end].spare && boxes_[spare_end].repeat_group == group) {
      ++spare_end;
    }
    // The form must end there: no row that is not spare, nothing kept with it.
    const bool form_ends = spare_end == end || (boxes_[spare_end].repeat_group != group &&
                                                !boxes_[spare_end].keep_with_previous);
    if (spare_end == begin || !form_ends) return begin;
    const size_t kept = RowsOnPage(group, begin);
    const bool enough_kept = kept >= kMinKeptFormRows && spare_end - begin <= kept;
    return enough_kept ? spare_end : begin;
  }

  // When a short tail of writing lines beyond a block's first few (spare,
  // in no form grid; at most kMaxDroppedSpareLines) would start a new page,
  // the end of them (they are left out: two lines at the top of a page,
  // above a chart, are no place to write), else `begin`. A longer run of
  // lines (a notes page) goes on.
  size_t SpareLinesEnd(size_t begin, size_t end) const {
    size_t spare_end = begin;
    while (spare_end < end && boxes_[spare_end].spare && boxes_[spare_end].repeat_group < 0) {
      ++spare_end;
    }
    return spare_end - begin <= kMaxDroppedSpareLines ? spare_end : begin;
  }

  // The rows of `group` on the current page before box `before`, less the
  // group's first box (its header row) when the group starts on this page.
  size_t RowsOnPage(int group, size_t before) const {
    size_t rows = 0;
    size_t first = before;
    for (size_t i = pages_.back().begin; i < before; ++i) {
      if (boxes_[i].repeat_group != group) continue;
      if (rows++ == 0) first = i;
    }
    const bool starts_here = rows > 0 && (first == 0 || boxes_[first - 1].repeat_group != group);
    return starts_here ? rows - 1 : rows;
  }

  // Leaves out boxes [begin, end): they count as placed at the foot of the
  // current page, and print nothing.
  void DropRows(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      result_.placements[i] = Placement{static_cast<int>(pages_.size()) - 1, bottom_};
      dropped_[i] = true;
    }
    pages_.back().end = end;
  }

  bool Fits(double height) const {
    const double bottom = pages_.size() - 1 == cut_.page ? bottom_ - cut_.height : bottom_;
    return cursor_ + height <= bottom + kEpsilon;
  }

  double ShortMark() const { return kShortPageShare * (bottom_ - top_); }
  bool Short(const PagePlan& page) const { return page.used < ShortMark(); }
  bool WorthTightening(const PagePlan& page) const {
    return page.used < kTightenPageShare * (bottom_ - top_);
  }

  // Leaves out the run's last page when every box on it has `flag` (spare,
  // or optional).
  bool DropLastPageIf(size_t run_begin, bool Box::*flag) {
    const PagePlan& last = pages_.back();
    if (last.begin == run_begin) return false;
    for (size_t i = last.begin; i < last.end; ++i) {
      if (!(boxes_[i].*flag)) return false;
    }
    const int previous_page = static_cast<int>(pages_.size()) - 2;
    for (size_t i = last.begin; i < last.end; ++i) {
      result_.placements[i] = Placement{previous_page, bottom_};
      dropped_[i] = true;
    }
    pages_[previous_page].end = last.end;
    pages_.pop_back();
    return true;
  }

  void NewPage(size_t first_box) {
    pages_.push_back(PagePlan{first_box, first_box, -1});
    cursor_ = top_;
    page_empty_ = true;
  }

  void PlaceBox(size_t i) {
    PagePlan& page = pages_.back();
    if (page_empty_ && ContinuesGroup(i)) {
      page.header_group = boxes_[i].repeat_group;
      cursor_ += headers_[page.header_group].height;
    }
    if (page_empty_) {
      cursor_ += boxes_[i].head_if_page_starts;
    } else {
      cursor_ += Gap(i);
    }
    result_.placements[i] = Placement{static_cast<int>(pages_.size()) - 1, cursor_};
    cursor_ += boxes_[i].height;
    page.used = cursor_ - top_;
    page.end = i + 1;
    page_empty_ = false;
    last_group_ = boxes_[i].repeat_group;
  }

  // Moves every box's items to where it was placed.
  void Emit() {
    for (const PagePlan& plan : pages_) {
      Page& page = result_.pages.emplace_back();
      if (plan.header_group >= 0) {
        for (PlacedItem item : headers_[plan.header_group].items) {
          Translate(0, top_, &item);
          page.items.push_back(std::move(item));
        }
      }
      for (size_t i = plan.begin; i < plan.end;) {
        size_t row_end = i + 1;
        while (row_end < plan.end && boxes_[row_end].continues_row && !dropped_[row_end]) {
          ++row_end;
        }
        for (size_t b = i; b < row_end; ++b) Finish(b, b == plan.begin, b + 1 == plan.end);
        EmitRow(i, row_end, &page);
        i = row_end;
      }
    }
  }

  // Clears a left-out box; adds the foot of its frame to the last box of a
  // page, and the name of a continued row to the first.
  void Finish(size_t i, bool starts_page, bool ends_page) {
    if (dropped_[i]) {
      boxes_[i].items.clear();
      return;
    }
    if (ends_page) {
      for (PlacedItem& item : boxes_[i].items_if_page_ends) {
        boxes_[i].items.push_back(std::move(item));
      }
    }
    if (starts_page && !boxes_[i].items_if_page_starts.empty()) {
      // Before the part's own text: the name reads first.
      std::vector<PlacedItem> items = std::move(boxes_[i].items_if_page_starts);
      const size_t added = items.size();
      for (PlacedItem& item : boxes_[i].items) items.push_back(std::move(item));
      boxes_[i].items = std::move(items);
      for (size_t& end : boxes_[i].cell_item_ends) end += added;
    }
  }

  // Writes boxes [begin, end), the parts of one table row on this page (or
  // one box), cell by cell: each cell's lines, then the rules.
  void EmitRow(size_t begin, size_t end, Page* page) {
    const size_t cells = boxes_[begin].cell_item_ends.size();
    bool by_cell = end - begin > 1 && cells > 0;
    for (size_t b = begin; b < end; ++b)
      by_cell = by_cell && boxes_[b].cell_item_ends.size() == cells;
    const auto emit = [&](size_t b, size_t from, size_t to) {
      for (size_t k = from; k < to && k < boxes_[b].items.size(); ++k) {
        PlacedItem item = std::move(boxes_[b].items[k]);
        Translate(0, result_.placements[b].y, &item);
        page->items.push_back(std::move(item));
      }
    };
    if (by_cell) {
      for (size_t c = 0; c < cells; ++c) {
        for (size_t b = begin; b < end; ++b) {
          emit(b, c == 0 ? 0 : boxes_[b].cell_item_ends[c - 1], boxes_[b].cell_item_ends[c]);
        }
      }
      for (size_t b = begin; b < end; ++b) {
        emit(b, boxes_[b].cell_item_ends.back(), boxes_[b].items.size());
      }
    } else {
      for (size_t b = begin; b < end; ++b) emit(b, 0, boxes_[b].items.size());
    }
    for (size_t b = begin; b < end; ++b) boxes_[b].items.clear();
  }

  std::vector<Box>& boxes_;
  const std::vector<Box>& headers_;
  const double top_;
  const double bottom_;
  Pagination result_;
  std::vector<PagePlan> pages_;
  std::vector<bool> dropped_;  // spare boxes left out: they print nothing
  double cursor_ = 0;
  double gap_scale_ = 1.0;
  Cut cut_;
  bool page_empty_ = true;
  int last_group_ = -1;
};

}  // namespace

Pagination Paginate(FlowContent* content, const PageStyle& style) {
  return Paginator(content, style).Run();
}

}  // namespace careplan::layout
