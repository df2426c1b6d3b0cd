#include "pdf/pdf_drawing.h"

#include <hpdf_pages.h>

#include <algorithm>
#include <cmath>
#include <string_view>

#include "pdf/content_stream.h"
#include "pdf/pdf_images.h"

namespace careplan::pdf {
namespace {

using layout::LineItem;
using layout::PolygonItem;
using layout::RectItem;
using layout::TextItem;

// Pattern fills are drawn as strokes and dots rather than tints, so that
// they stay distinct on a black-and-white printer.
constexpr double kHatchSpacing = 4;  // points between hatch lines
constexpr double kHatchWidth = 0.6;  // line width of hatch lines
constexpr double kDotSpacing = 3;    // points between dot centres
constexpr double kDotSize = 1;       // side of a dot (a small square)

// A rectangle in PDF coordinates (origin bottom-left).
struct Box {
  double left, bottom, right, top;
};

// Draws onto one page: the operators go into a ContentStream, which writes
// only what changes, and from there into libharu's page stream (before an
// image, which libharu draws itself, and at the end).
class PageCanvas {
 public:
  PageCanvas(const HpdfDocument& doc, HPDF_Page page, double page_height, PdfFonts* fonts)
      : doc_(doc), page_(page), page_height_(page_height), fonts_(fonts) {}

  void operator()(const TextItem& text);
  void operator()(const LineItem& line);
  void operator()(const RectItem& rect);
  void operator()(const PolygonItem& polygon);
  void operator()(const layout::ImageItem& image) {
    out_.EndText();
    Flush();
    DrawImage(doc_, page_, page_height_, image);
  }
  // Closes an open text object, writes the operators into the page and adds
  // the fonts used to its resources. Call after the last item.
  void Finish();

 private:
  double FlipY(double y) const { return page_height_ - y; }
  void Flush();
  void SetStroke(Color color, double width, bool dashed);

  void FillPattern(const Box& box, doc::Fill fill, Color color);
  void Hatch(const Box& box, bool rising);
  void Dots(const Box& box);

  const HpdfDocument& doc_;
  HPDF_Page page_;
  double page_height_;
  PdfFonts* fonts_;
  ContentStream out_;
  std::string text_;                 // scratch: one item's encoded strings
  std::vector<PdfFonts::Run> runs_;  // scratch: and their fonts
  std::vector<int> page_fonts_;      // the fonts used on this page
};

void PageCanvas::Flush() {
  const std::string& bytes = out_.bytes();
  if (bytes.empty()) return;
  HPDF_Stream stream = static_cast<HPDF_PageAttr>(page_->attr)->stream;
  doc_.Check(HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                               static_cast<HPDF_UINT>(bytes.size())));
  out_.ClearBytes();
}

void PageCanvas::Finish() {
  out_.EndText();
  Flush();
  auto resources = doc_.CheckObject(
      static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page_, "Resources", HPDF_OCLASS_DICT)));
  // libharu's /ProcSet has been obsolete since PDF 1.4 (not found: fine).
  HPDF_Dict_RemoveElement(resources, "ProcSet");
  if (page_fonts_.empty()) return;
  std::sort(page_fonts_.begin(), page_fonts_.end());
  HPDF_Dict font_resources = doc_.CheckObject(HPDF_Dict_New(doc_.mmgr()));
  doc_.Check(HPDF_Dict_Add(resources, "Font", font_resources));
  for (int font : page_fonts_) {
    doc_.Check(
        HPDF_Dict_Add(font_resources, PdfFonts::ResourceName(font).c_str(), fonts_->font(font)));
  }
}

void PageCanvas::SetStroke(Color color, double width, bool dashed) {
  out_.SetStrokeColor(color);
  out_.SetLineWidth(width);
  out_.SetDash(dashed);
}

// Consecutive text items share one text object (BT ... ET). An item whose
// characters are in more than one font (one-byte codes: only in documents
// that draw over 255 different characters in a face) is shown in pieces,
// each continuing where the last ended.
void PageCanvas::operator()(const TextItem& text) {
  if (text.text.empty()) return;
  text_.clear();
  runs_.clear();
  fonts_->Encode(text.face, text.text, &text_, &runs_);
  out_.BeginText();
  out_.SetFillColor(text.color);
  for (size_t i = 0; i < runs_.size(); ++i) {
    const PdfFonts::Run& run = runs_[i];
    if (std::find(page_fonts_.begin(), page_fonts_.end(), run.font) == page_fonts_.end()) {
      page_fonts_.push_back(run.font);
    }
    out_.SetFont(PdfFonts::ResourceName(run.font), text.size_pt);
    const std::string_view string(text_.data() + run.begin, run.end - run.begin);
    if (i == 0) {
      out_.ShowTextAt(text.x, FlipY(text.baseline_y), string);
    } else {
      out_.ShowText(string);
    }
  }
}

void PageCanvas::operator()(const LineItem& line) {
  out_.EndText();
  SetStroke(line.color, line.width, line.dashed);
  out_.MoveTo(line.x1, FlipY(line.y1));
  out_.LineTo(line.x2, FlipY(line.y2));
  out_.Stroke();
}

void PageCanvas::operator()(const RectItem& rect) {
  out_.EndText();
  Box box{rect.x, FlipY(rect.y + rect.height), rect.x + rect.width, FlipY(rect.y)};
  if (rect.fill == doc::Fill::kSolid) {
    out_.SetFillColor(rect.fill_color);
    out_.Rectangle(box.left, box.bottom, rect.width, rect.height);
    out_.Fill();
  } else if (rect.fill != doc::Fill::kNone) {
    FillPattern(box, rect.fill, rect.fill_color);
  }
  if (rect.stroke) {
    SetStroke(rect.stroke_color, rect.stroke_width, rect.dashed);
    out_.Rectangle(box.left, box.bottom, rect.width, rect.height);
    out_.Stroke();
  }
}

void PageCanvas::operator()(const PolygonItem& polygon) {
  if (polygon.points.size() < 3) return;  // encloses nothing
  out_.EndText();
  out_.SetFillColor(polygon.fill_color);
  const auto& [x0, y0] = polygon.points.front();
  out_.MoveTo(x0, FlipY(y0));
  for (size_t i = 1; i < polygon.points.size(); ++i) {
    const auto& [x, y] = polygon.points[i];
    out_.LineTo(x, FlipY(y));
  }
  out_.ClosePath();
  out_.Fill();
}

// Draws the pattern clipped to the box, inside q/Q so the clip ends there.
void PageCanvas::FillPattern(const Box& box, doc::Fill fill, Color color) {
  out_.Save();
  out_.Rectangle(box.left, box.bottom, box.right - box.left, box.top - box.bottom);
  out_.ClipToPath();
  if (fill == doc::Fill::kDotted) {
    out_.SetFillColor(color);
    Dots(box);
  } else {
    SetStroke(color, kHatchWidth, false);
    Hatch(box, /*rising=*/true);
    if (fill == doc::Fill::kCrossHatched) Hatch(box, /*rising=*/false);
  }
  out_.Restore();
}

// 45-degree lines on a grid fixed to the page (x - y or x + y a multiple of
// the spacing), so that neighbouring boxes' patterns line up.
void PageCanvas::Hatch(const Box& box, bool rising) {
  double from = rising ? box.left - box.top : box.left + box.bottom;
  double to = rising ? box.right - box.bottom : box.right + box.top;
  bool any = false;
  for (double k = std::ceil(from / kHatchSpacing); k * kHatchSpacing <= to; ++k) {
    double c = k * kHatchSpacing;
    // rising: x = y + c; falling: x = c - y.
    double x_bottom = rising ? box.bottom + c : c - box.bottom;
    double x_top = rising ? box.top + c : c - box.top;
    out_.MoveTo(x_bottom, box.bottom);
    out_.LineTo(x_top, box.top);
    any = true;
  }
  if (any) out_.Stroke();
}

// Small squares on a page-fixed grid, filled as one path.
void PageCanvas::Dots(const Box& box) {
  bool any = false;
  for (double i = std::ceil(box.left / kDotSpacing); i * kDotSpacing <= box.right; ++i) {
    for (double j = std::ceil(box.bottom / kDotSpacing); j * kDotSpacing <= box.top; ++j) {
      out_.Rectangle(i * kDotSpacing - kDotSize / 2, j * kDotSpacing - kDotSize / 2, kDotSize,
                     kDotSize);
      any = true;
    }
  }
  if (any) out_.Fill();
}

}  // namespace

void DrawPageItems(const HpdfDocument& doc, HPDF_Page page, double page_height,
                   const std::vector<layout::PlacedItem>& items, PdfFonts* fonts) {
  PageCanvas canvas(doc, page, page_height, fonts);
  for (const layout::PlacedItem& item : items) std::visit(canvas, item);
  canvas.Finish();
}

}  // namespace careplan::pdf
