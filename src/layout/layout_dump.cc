#include "layout/layout_dump.h"

#include <string>
#include <variant>

#include "base/dump_text.h"

namespace careplan::layout {
namespace {

std::string Num(double value) { return DumpNumber(value); }
std::string Quote(const std::string& text) { return DumpQuote(text); }

std::string Hex(Color color) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "#";
  for (uint8_t byte : {color.r, color.g, color.b}) {
    out += kDigits[byte >> 4];
    out += kDigits[byte & 15];
  }
  return out;
}

const char* FillName(doc::Fill fill) {
  switch (fill) {
    case doc::Fill::kNone:
      return "none";
    case doc::Fill::kSolid:
      return "solid";
    case doc::Fill::kHatched:
      return "hatched";
    case doc::Fill::kCrossHatched:
      return "crosshatched";
    case doc::Fill::kDotted:
      return "dotted";
  }
  return "?";
}

struct ItemDumper {
  std::ostream& out;
  void operator()(const TextItem& t) const {
    out << "  text " << Num(t.x) << " " << Num(t.baseline_y) << " "
        << (t.face == font::Face::kBold ? "bold" : "regular") << " " << Num(t.size_pt) << " "
        << Hex(t.color) << " " << Quote(t.text) << "\n";
  }
  void operator()(const LineItem& l) const {
    out << "  line " << Num(l.x1) << " " << Num(l.y1) << " " << Num(l.x2) << " " << Num(l.y2)
        << " w=" << Num(l.width) << " " << Hex(l.color) << (l.dashed ? " dashed" : "") << "\n";
  }
  void operator()(const RectItem& r) const {
    out << "  rect " << Num(r.x) << " " << Num(r.y) << " " << Num(r.width) << " " << Num(r.height)
        << " fill=" << FillName(r.fill);
    if (r.fill != doc::Fill::kNone) out << " " << Hex(r.fill_color);
    if (r.stroke) {
      out << " stroke=" << Num(r.stroke_width) << " " << Hex(r.stroke_color)
          << (r.dashed ? " dashed" : "");
    }
    out << "\n";
  }
  void operator()(const PolygonItem& p) const {
    out << "  polygon " << Hex(p.fill_color);
    for (const auto& [x, y] : p.points) out << " " << Num(x) << "," << Num(y);
    out << "\n";
  }
  // "image 56.70 60.00 113.39 56.69 png 480x240".
  void operator()(const ImageItem& i) const {
    out << "  image " << Num(i.x) << " " << Num(i.y) << " " << Num(i.width) << " " << Num(i.height);
    if (i.image) {
      const ImageInfo& info = i.image->info();
      out << " " << (info.format == ImageFormat::kPng ? "png" : "jpeg") << " " << info.width_px
          << "x" << info.height_px;
    }
    out << "\n";
  }
};

}  // namespace

void DumpLayout(const PagedDocument& document, std::ostream& out) {
  out << "document " << Num(document.page_width) << " x " << Num(document.page_height) << ", "
      << document.pages.size() << " pages\n";
  for (size_t i = 0; i < document.pages.size(); ++i) {
    const Page& page = document.pages[i];
    out << "page " << i + 1 << "\n";
    for (const PlacedItem& item : page.items) std::visit(ItemDumper{out}, item);
    for (const LinkItem& link : page.links) {
      out << "  link " << Num(link.x) << " " << Num(link.y) << " " << Num(link.width) << " "
          << Num(link.height) << " -> page " << link.target_page + 1 << " y " << Num(link.target_y)
          << "\n";
    }
  }
  for (const Bookmark& bookmark : document.bookmarks) {
    out << "bookmark " << bookmark.level << " " << Quote(bookmark.title) << " -> page "
        << bookmark.page + 1 << " y " << Num(bookmark.y) << "\n";
  }
}

}  // namespace careplan::layout
