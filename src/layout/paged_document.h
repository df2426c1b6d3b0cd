// PagedDocument: the result of layout, pages of positioned items ready to be
// drawn. Produced by LayoutDocument (layout.h); consumed by the PDF writer,
// which only draws what is here. Units are points; the origin is the top-left
// corner of the page and y grows downwards (the writer flips it for PDF).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/color.h"
#include "base/image_info.h"
#include "doc/document.h"
#include "font/font_face.h"

namespace careplan::layout {

struct TextItem {
  double x = 0;
  double baseline_y = 0;
  font::Face face = font::Face::kRegular;
  double size_pt = 12;
  Color color = kBlack;
  std::string text;  // UTF-8, one line, no tabs or newlines
};

struct LineItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.75;
  Color color = kBlack;
  bool dashed = false;
};

struct RectItem {
  double x = 0, y = 0, width = 0, height = 0;  // y is the top edge
  doc::Fill fill = doc::Fill::kNone;
  Color fill_color = kBlack;
  bool stroke = true;
  double stroke_width = 0.75;
  Color stroke_color = kBlack;
  bool dashed = false;
};

struct PolygonItem {
  std::vector<std::pair<double, double>> points;
  Color fill_color = kBlack;
};

// A checked PNG or JPEG drawn into the rectangle (x, y) width x height, y the
// top edge; the writer stretches it to fill exactly that rectangle.
struct ImageItem {
  double x = 0, y = 0, width = 0, height = 0;
  std::shared_ptr<const CheckedImage> image;  // never null
};

using PlacedItem = std::variant<TextItem, LineItem, RectItem, PolygonItem, ImageItem>;

// A clickable area that goes to a place in the document (contents entries).
struct LinkItem {
  double x = 0, y = 0, width = 0, height = 0;
  int target_page = 0;  // 0-based
  double target_y = 0;
};

// A PDF bookmark (outline entry) for a heading of level 1 or 2.
struct Bookmark {
  int level = 1;
  std::string title;
  int page = 0;  // 0-based
  double y = 0;
};

struct Page {
  std::vector<PlacedItem> items;
  std::vector<LinkItem> links;
};

struct PagedDocument {
  double page_width = 595.276;
  double page_height = 841.89;
  doc::DocumentInfo info;
  std::vector<Page> pages;
  std::vector<Bookmark> bookmarks;  // in document order
};

}  // namespace careplan::layout
