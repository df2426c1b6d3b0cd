// ContentStream: the operators of one page's content stream, written as
// text into a string, in PDF's coordinates (origin bottom-left, points).
// It tracks the graphics state it sets (colours, line width, dash, font) so
// that each Set* call writes only what changes, and saves and restores that
// state with q and Q. Numbers are rounded (coordinates and font sizes to
// 0.01, line widths and colour components to 0.001) and printed without a
// locale, an exponent or trailing zeros, so the same page always gives the
// same bytes.
//
// Used by pdf_drawing.cc, which moves the bytes into libharu's page stream
// (libharu compresses it when the document is saved). Writing the operators
// here rather than through libharu's HPDF_Page_* calls gives about 40% fewer
// bytes to compress (literal strings instead of hex, two decimals instead of
// five) and takes less time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/color.h"

namespace careplan::pdf {

class ContentStream {
 public:
  // Graphics state. PDF's initial state is black fill and stroke, line
  // width 1, solid lines, no font.
  void SetFillColor(Color color);
  void SetStrokeColor(Color color);
  void SetLineWidth(double width);
  // Dashed: 3 on, 2 off; else solid.
  void SetDash(bool dashed);
  // q and Q. REQUIRES: not inside a text object; Restore only after Save.
  void Save();
  void Restore();

  // Path construction and painting.
  void MoveTo(double x, double y);
  void LineTo(double x, double y);
  void Rectangle(double x, double y, double width, double height);
  void ClosePath();
  void Stroke();
  void Fill();
  // Intersects the clipping path with the current path, then ends the path
  // without painting it (W n).
  void ClipToPath();

  // Text. BeginText and EndText do nothing when already in (out of) a text
  // object, so consecutive text shares one BT ... ET.
  void BeginText();
  void EndText();
  bool in_text() const { return in_text_; }
  // REQUIRES: in a text object.
  void SetFont(std::string_view resource_name, double size);
  // Starts a line at (x, y) and shows `string`, a PDF string with its
  // delimiters. REQUIRES: in a text object, a font set.
  void ShowTextAt(double x, double y, std::string_view string);
  // Shows `string` where the last one ended. REQUIRES: as for ShowTextAt.
  void ShowText(std::string_view string);

  const std::string& bytes() const { return bytes_; }
  // Forgets the bytes written so far (once they have been copied out) but
  // keeps the graphics state.
  void ClearBytes() { bytes_.clear(); }

 private:
  struct State {
    Color fill = kBlack;
    Color stroke = kBlack;
    int64_t line_width = 1000;  // thousandths of a point
    bool dashed = false;
    std::string font;
    int64_t font_size = 0;  // hundredths of a point
  };

  void Number(double value, int decimals);
  void Fixed(int64_t scaled, int decimals);
  void Point(double x, double y);
  void ColorOperands(Color color);

  std::string bytes_;
  State state_;
  std::vector<State> saved_;
  bool in_text_ = false;
  int64_t line_x_ = 0, line_y_ = 0;  // start of the current text line, hundredths
};

}  // namespace careplan::pdf
