#include "pdf/pdf_drawing.h"

#include <cmath>

namespace careplan::pdf {
namespace {

using layout::LineItem;
using layout::PolygonItem;
using layout::RectItem;
using layout::TextItem;

// Pattern fills are drawn as strokes and dots rather than tints, so that
// they stay distinct on a black-and-white printer.
constexpr double kHatchSpacing = 4;         // points between hatch lines
constexpr double kHatchWidth = 0.6;         // line width of hatch lines
constexpr double kDotSpacing = 3;           // points between dot centres
constexpr double kDotSize = 1;              // side of a dot (a small square)
const HPDF_UINT16 kDashPattern[] = {3, 2};  // on, off, in points

HPDF_REAL Real(double value) { return static_cast<HPDF_REAL>(value); }
HPDF_REAL Channel(uint8_t value) { return static_cast<HPDF_REAL>(value / 255.0); }

bool SameColor(HPDF_RGBColor current, Color wanted) {
  return current.r == Channel(wanted.r) && current.g == Channel(wanted.g) &&
         current.b == Channel(wanted.b);
}

// A rectangle in PDF coordinates (origin bottom-left).
struct Box {
  double left, bottom, right, top;
};

// Draws onto one page. Every Set* call compares with the graphics state
// libharu tracks, so that the content stream only says what changes.
class PageCanvas {
 public:
  PageCanvas(const HpdfDocument& doc, HPDF_Page page, double page_height, PdfFonts* fonts)
      : doc_(doc), page_(page), page_height_(page_height), fonts_(fonts) {}

  void operator()(const TextItem& text);
  void operator()(const LineItem& line);
  void operator()(const RectItem& rect);
  void operator()(const PolygonItem& polygon);
  // Closes an open text object. Call after the last item.
  void Finish() { EndText(); }

 private:
  double FlipY(double y) const { return page_height_ - y; }
  void Ok(HPDF_STATUS status) const { doc_.Check(status); }

  void BeginText();
  void EndText();
  void SetFont(HPDF_Font font, double size);
  void SetFill(Color color);
  void SetStroke(Color color, double width, bool dashed);

  void FillPattern(const Box& box, doc::Fill fill, Color color);
  void Hatch(const Box& box, bool rising);
  void Dots(const Box& box);

  const HpdfDocument& doc_;
  HPDF_Page page_;
  double page_height_;
  PdfFonts* fonts_;
  bool in_text_ = false;
};

void PageCanvas::BeginText() {
  if (!in_text_) Ok(HPDF_Page_BeginText(page_));
  in_text_ = true;
}

void PageCanvas::EndText() {
  if (in_text_) Ok(HPDF_Page_EndText(page_));
  in_text_ = false;
}

void PageCanvas::SetFont(HPDF_Font font, double size) {
  if (HPDF_Page_GetCurrentFont(page_) != font ||
      HPDF_Page_GetCurrentFontSize(page_) != Real(size)) {
    Ok(HPDF_Page_SetFontAndSize(page_, font, Real(size)));
  }
}

void PageCanvas::SetFill(Color color) {
  if (!SameColor(HPDF_Page_GetRGBFill(page_), color)) {
    Ok(HPDF_Page_SetRGBFill(page_, Channel(color.r), Channel(color.g), Channel(color.b)));
  }
}

void PageCanvas::SetStroke(Color color, double width, bool dashed) {
  if (!SameColor(HPDF_Page_GetRGBStroke(page_), color)) {
    Ok(HPDF_Page_SetRGBStroke(page_, Channel(color.r), Channel(color.g), Channel(color.b)));
  }
  if (HPDF_Page_GetLineWidth(page_) != Real(width)) Ok(HPDF_Page_SetLineWidth(page_, Real(width)));
  bool is_dashed = HPDF_Page_GetDash(page_).num_ptn != 0;
  if (dashed && !is_dashed) Ok(HPDF_Page_SetDash(page_, kDashPattern, 2, 0));
  if (!dashed && is_dashed) Ok(HPDF_Page_SetDash(page_, nullptr, 0, 0));
}

// Consecutive text items share one text object (BT ... ET).
void PageCanvas::operator()(const TextItem& text) {
  if (text.text.empty()) return;
  std::string prepared = fonts_->PrepareText(text.face, text.text);
  HPDF_Font font = fonts_->font(text.face);
  BeginText();
  SetFont(font, text.size_pt);
  SetFill(text.color);
  Ok(HPDF_Page_TextOut(page_, Real(text.x), Real(FlipY(text.baseline_y)), prepared.c_str()));
}

void PageCanvas::operator()(const LineItem& line) {
  EndText();
  SetStroke(line.color, line.width, line.dashed);
  Ok(HPDF_Page_MoveTo(page_, Real(line.x1), Real(FlipY(line.y1))));
  Ok(HPDF_Page_LineTo(page_, Real(line.x2), Real(FlipY(line.y2))));
  Ok(HPDF_Page_Stroke(page_));
}

void PageCanvas::operator()(const RectItem& rect) {
  EndText();
  Box box{rect.x, FlipY(rect.y + rect.height), rect.x + rect.width, FlipY(rect.y)};
  if (rect.fill == doc::Fill::kSolid) {
    SetFill(rect.fill_color);
    Ok(HPDF_Page_Rectangle(page_, Real(box.left), Real(box.bottom), Real(rect.width),
                           Real(rect.height)));
    Ok(HPDF_Page_Fill(page_));
  } else if (rect.fill != doc::Fill::kNone) {
    FillPattern(box, rect.fill, rect.fill_color);
  }
  if (rect.stroke) {
    SetStroke(rect.stroke_color, rect.stroke_width, rect.dashed);
    Ok(HPDF_Page_Rectangle(page_, Real(box.left), Real(box.bottom), Real(rect.width),
                           Real(rect.height)));
    Ok(HPDF_Page_Stroke(page_));
  }
}

void PageCanvas::operator()(const PolygonItem& polygon) {
  if (polygon.points.size() < 3) return;  // encloses nothing
  EndText();
  SetFill(polygon.fill_color);
  const auto& [x0, y0] = polygon.points.front();
  Ok(HPDF_Page_MoveTo(page_, Real(x0), Real(FlipY(y0))));
  for (size_t i = 1; i < polygon.points.size(); ++i) {
    const auto& [x, y] = polygon.points[i];
    Ok(HPDF_Page_LineTo(page_, Real(x), Real(FlipY(y))));
  }
  Ok(HPDF_Page_ClosePath(page_));
  Ok(HPDF_Page_Fill(page_));
}

// Draws the pattern clipped to the box, inside q/Q so the clip ends there.
void PageCanvas::FillPattern(const Box& box, doc::Fill fill, Color color) {
  Ok(HPDF_Page_GSave(page_));
  Ok(HPDF_Page_Rectangle(page_, Real(box.left), Real(box.bottom), Real(box.right - box.left),
                         Real(box.top - box.bottom)));
  Ok(HPDF_Page_Clip(page_));
  Ok(HPDF_Page_EndPath(page_));
  if (fill == doc::Fill::kDotted) {
    SetFill(color);
    Dots(box);
  } else {
    SetStroke(color, kHatchWidth, false);
    Hatch(box, /*rising=*/true);
    if (fill == doc::Fill::kCrossHatched) Hatch(box, /*rising=*/false);
  }
  Ok(HPDF_Page_GRestore(page_));
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
    Ok(HPDF_Page_MoveTo(page_, Real(x_bottom), Real(box.bottom)));
    Ok(HPDF_Page_LineTo(page_, Real(x_top), Real(box.top)));
    any = true;
  }
  if (any) Ok(HPDF_Page_Stroke(page_));  // Stroke with no path is a libharu error
}

// Small squares on a page-fixed grid, filled as one path.
void PageCanvas::Dots(const Box& box) {
  bool any = false;
  for (double i = std::ceil(box.left / kDotSpacing); i * kDotSpacing <= box.right; ++i) {
    for (double j = std::ceil(box.bottom / kDotSpacing); j * kDotSpacing <= box.top; ++j) {
      Ok(HPDF_Page_Rectangle(page_, Real(i * kDotSpacing - kDotSize / 2),
                             Real(j * kDotSpacing - kDotSize / 2), Real(kDotSize), Real(kDotSize)));
      any = true;
    }
  }
  if (any) Ok(HPDF_Page_Fill(page_));
}

}  // namespace

void DrawPageItems(const HpdfDocument& doc, HPDF_Page page, double page_height,
                   const std::vector<layout::PlacedItem>& items, PdfFonts* fonts) {
  PageCanvas canvas(doc, page, page_height, fonts);
  for (const layout::PlacedItem& item : items) std::visit(canvas, item);
  canvas.Finish();
}

}  // namespace careplan::pdf
