// Helpers shared by the layout tests: a small page on which pagination is
// easy to predict, finding text on pages, and the check that nothing is
// placed outside the page margins.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "doc/document.h"
#include "font/font_metrics.h"
#include "layout/page_style.h"
#include "layout/paged_document.h"

namespace careplan::layout::testing {

// A 240 x 300 pt page with 60 pt margins: a text column of 120 pt (20
// regular characters of the fixed metrics at 12 pt) and 180 pt tall: ten
// body lines of 18 pt. No paragraph gap; headings 12 pt.
inline PageStyle SmallPage() {
  PageStyle style;
  style.page_width = 240;
  style.page_height = 300;
  style.margin_left = style.margin_right = 60;
  style.margin_top = style.margin_bottom = 60;
  style.body_size = 12;
  style.line_spacing = 1.5;
  style.heading_sizes[0] = style.heading_sizes[1] = style.heading_sizes[2] = 12;
  style.small_size = 10;
  style.paragraph_gap = 0;
  return style;
}

// Where a text item was found.
struct Found {
  int page = -1;  // 0-based
  TextItem item;
};

// Every text item whose text is exactly `text`, in page order.
inline std::vector<Found> FindAll(const PagedDocument& document, std::string_view text) {
  std::vector<Found> found;
  for (size_t p = 0; p < document.pages.size(); ++p) {
    for (const PlacedItem& item : document.pages[p].items) {
      const auto* t = std::get_if<TextItem>(&item);
      if (t != nullptr && t->text == text) found.push_back({static_cast<int>(p), *t});
    }
  }
  return found;
}

// The one text item with this text; fails the test if there is not exactly one.
inline Found FindOne(const PagedDocument& document, std::string_view text) {
  std::vector<Found> found = FindAll(document, text);
  EXPECT_EQ(found.size(), 1u) << "text \"" << text << "\"";
  return found.empty() ? Found{} : found.front();
}

template <typename T>
std::vector<T> ItemsOf(const Page& page) {
  std::vector<T> out;
  for (const PlacedItem& item : page.items) {
    if (const auto* t = std::get_if<T>(&item)) out.push_back(*t);
  }
  return out;
}

// Paragraph text made of explicit lines "prefix1", "prefix2", ...
inline doc::Paragraph Lines(const std::string& prefix, int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) text += (i > 1 ? "\n" : "") + prefix + std::to_string(i);
  return doc::Paragraph{doc::Plain(text)};
}

struct Extent {
  double left, top, right, bottom;
};

inline Extent ExtentOf(const PlacedItem& item, const font::FontMetrics& metrics) {
  struct Visitor {
    const font::FontMetrics& metrics;
    Extent operator()(const TextItem& t) const {
      const double width = metrics.MeasureUtf8(t.face, t.text, t.size_pt);
      return {t.x, t.baseline_y - metrics.Ascent(t.face) * t.size_pt / 1000, t.x + width,
              t.baseline_y - metrics.Descent(t.face) * t.size_pt / 1000};
    }
    Extent operator()(const LineItem& l) const {
      return {std::min(l.x1, l.x2), std::min(l.y1, l.y2), std::max(l.x1, l.x2),
              std::max(l.y1, l.y2)};
    }
    Extent operator()(const RectItem& r) const { return {r.x, r.y, r.x + r.width, r.y + r.height}; }
    Extent operator()(const ImageItem& i) const {
      return {i.x, i.y, i.x + i.width, i.y + i.height};
    }
    Extent operator()(const PolygonItem& p) const {
      Extent e{1e9, 1e9, -1e9, -1e9};
      for (const auto& [x, y] : p.points) {
        e = {std::min(e.left, x), std::min(e.top, y), std::max(e.right, x), std::max(e.bottom, y)};
      }
      return e;
    }
  };
  return std::visit(Visitor{metrics}, item);
}

// Checks every item of every page (lines and frames by their centre lines,
// text by its measured width and the font's ascent and descent):
//  - nothing lies outside the left and right margins;
//  - nothing lies within 0.5 in of the page's edges;
//  - an item is either wholly in the body (between the top and bottom
//    margins) or wholly in the header or footer band, and the bands hold only
//    furniture: small-size text and a horizontal rule;
//  - links lie in the body.
inline ::testing::AssertionResult WithinMargins(const PagedDocument& document,
                                                const PageStyle& style,
                                                const font::FontMetrics& metrics) {
  constexpr double kTolerance = 0.01;
  constexpr double kHalfInch = 36;
  const double left = style.margin_left - kTolerance;
  const double right = style.page_width - style.margin_right + kTolerance;
  const double body_top = style.margin_top - kTolerance;
  const double body_bottom = style.page_height - style.margin_bottom + kTolerance;
  for (size_t p = 0; p < document.pages.size(); ++p) {
    for (size_t i = 0; i < document.pages[p].items.size(); ++i) {
      const PlacedItem& item = document.pages[p].items[i];
      const Extent e = ExtentOf(item, metrics);
      std::ostringstream where;
      where << "page " << p + 1 << " item " << i << " at (" << e.left << ", " << e.top << ")-("
            << e.right << ", " << e.bottom << ")";
      if (const auto* t = std::get_if<TextItem>(&item)) where << " \"" << t->text << "\"";
      if (e.left < left || e.right > right) {
        return ::testing::AssertionFailure() << where.str() << " is outside the side margins";
      }
      if (e.top < kHalfInch - kTolerance || e.bottom > style.page_height - kHalfInch + kTolerance) {
        return ::testing::AssertionFailure() << where.str() << " is within 0.5 in of the edge";
      }
      const bool in_body = e.top >= body_top && e.bottom <= body_bottom;
      const bool in_band = e.bottom <= body_top || e.top >= body_bottom;
      if (!in_body && !in_band) {
        return ::testing::AssertionFailure() << where.str() << " crosses a margin";
      }
      if (in_band && !in_body) {
        const auto* t = std::get_if<TextItem>(&item);
        const auto* l = std::get_if<LineItem>(&item);
        const bool furniture =
            (t != nullptr && t->size_pt == style.small_size) || (l != nullptr && l->y1 == l->y2);
        if (!furniture) {
          return ::testing::AssertionFailure() << where.str() << " is in a margin band";
        }
      }
    }
    for (const LinkItem& link : document.pages[p].links) {
      if (link.x < left || link.x + link.width > right || link.y < body_top ||
          link.y + link.height > body_bottom) {
        return ::testing::AssertionFailure() << "page " << p + 1 << " has a link outside the body";
      }
    }
  }
  return ::testing::AssertionSuccess();
}

}  // namespace careplan::layout::testing
