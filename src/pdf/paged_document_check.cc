#include "pdf/paged_document_check.h"

#include <cmath>
#include <initializer_list>
#include <string>

namespace careplan::pdf {
namespace {

constexpr double kMinPageSize = 3;
constexpr double kMaxPageSize = 14400;
constexpr double kMaxCoordinate = 32767;
constexpr double kMaxFontSize = 600;
constexpr double kMaxLineWidth = 100;

// Collects the first problem; later checks are skipped once there is one.
class Checker {
 public:
  void Fail(const std::string& message) {
    if (status_.ok()) status_ = Status::InvalidArgument("cannot write PDF: " + message);
  }
  void Coordinates(std::initializer_list<double> values, const std::string& where) {
    for (double v : values) {
      if (!std::isfinite(v) || std::abs(v) > kMaxCoordinate) {
        return Fail(where + " has a coordinate out of range (" + std::to_string(v) + ")");
      }
    }
  }
  void Extent(double width, double height, const std::string& where) {
    if (width < 0 || height < 0) Fail(where + " has a negative width or height");
  }
  void LineWidth(double width, const std::string& where) {
    if (!(width >= 0 && width <= kMaxLineWidth)) Fail(where + " has a bad line width");
  }
  void PageIndex(int page, size_t page_count, const std::string& where) {
    if (page < 0 || static_cast<size_t>(page) >= page_count) {
      Fail(where + " points to page " + std::to_string(page + 1) + " of " +
           std::to_string(page_count));
    }
  }
  const Status& status() const { return status_; }

 private:
  Status status_;
};

bool IsLanguageTag(const std::string& tag) {
  if (tag.empty()) return true;  // no /Lang is written
  if (tag.front() == '-' || tag.back() == '-') return false;
  for (char c : tag) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return true;
}

void CheckItem(const layout::TextItem& t, const std::string& where, Checker* check) {
  check->Coordinates({t.x, t.baseline_y}, where);
  if (!(t.size_pt > 0 && t.size_pt <= kMaxFontSize)) check->Fail(where + " has a bad font size");
}

void CheckItem(const layout::LineItem& l, const std::string& where, Checker* check) {
  check->Coordinates({l.x1, l.y1, l.x2, l.y2}, where);
  check->LineWidth(l.width, where);
}

void CheckItem(const layout::RectItem& r, const std::string& where, Checker* check) {
  check->Coordinates({r.x, r.y, r.width, r.height, r.x + r.width, r.y + r.height}, where);
  check->Extent(r.width, r.height, where);
  check->LineWidth(r.stroke_width, where);
}

void CheckItem(const layout::PolygonItem& p, const std::string& where, Checker* check) {
  for (const auto& [x, y] : p.points) check->Coordinates({x, y}, where);
}

void CheckItem(const layout::ImageItem& i, const std::string& where, Checker* check) {
  check->Coordinates({i.x, i.y, i.width, i.height, i.x + i.width, i.y + i.height}, where);
  check->Extent(i.width, i.height, where);
  if (!i.image) check->Fail(where + " is an image without its data");
}

void CheckPage(const layout::Page& page, size_t index, size_t page_count, Checker* check) {
  const std::string on_page = " on page " + std::to_string(index + 1);
  for (size_t i = 0; i < page.items.size(); ++i) {
    const std::string where = "item " + std::to_string(i + 1) + on_page;
    std::visit([&](const auto& item) { CheckItem(item, where, check); }, page.items[i]);
  }
  for (size_t i = 0; i < page.links.size(); ++i) {
    const layout::LinkItem& link = page.links[i];
    const std::string where = "link " + std::to_string(i + 1) + on_page;
    check->Coordinates({link.x, link.y, link.width, link.height, link.target_y}, where);
    check->Extent(link.width, link.height, where);
    check->PageIndex(link.target_page, page_count, where);
  }
}

}  // namespace

Status CheckPagedDocument(const layout::PagedDocument& document) {
  Checker check;
  if (document.pages.empty()) check.Fail("the document has no pages");
  for (double size : {document.page_width, document.page_height}) {
    if (!(size >= kMinPageSize && size <= kMaxPageSize)) {
      check.Fail("page size " + std::to_string(document.page_width) + " x " +
                 std::to_string(document.page_height) + " pt is out of range");
    }
  }
  if (!IsLanguageTag(document.info.language)) {
    check.Fail("language '" + document.info.language + "' is not a language tag");
  }
  for (size_t i = 0; i < document.pages.size(); ++i) {
    CheckPage(document.pages[i], i, document.pages.size(), &check);
  }
  for (size_t i = 0; i < document.bookmarks.size(); ++i) {
    const layout::Bookmark& bookmark = document.bookmarks[i];
    const std::string where = "bookmark '" + bookmark.title + "'";
    check.PageIndex(bookmark.page, document.pages.size(), where);
    check.Coordinates({bookmark.y}, where);
    if (bookmark.level < 1) check.Fail(where + " has level " + std::to_string(bookmark.level));
  }
  return check.status();
}

}  // namespace careplan::pdf
