#include "pdf/content_stream.h"

#include <cassert>
#include <charconv>
#include <cmath>

namespace careplan::pdf {
namespace {

constexpr int64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000};

int64_t Scaled(double value, int decimals) {
  return std::llround(value * static_cast<double>(kPowersOfTen[decimals]));
}

bool IsGrey(Color color) { return color.r == color.g && color.g == color.b; }

}  // namespace

// `scaled` / 10^decimals, e.g. (-12345, 2) -> "-123.45", (1500, 3) -> "1.5".
void ContentStream::Fixed(int64_t scaled, int decimals) {
  if (scaled < 0) {
    bytes_.push_back('-');
    scaled = -scaled;
  }
  const int64_t unit = kPowersOfTen[decimals];
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, scaled / unit).ptr;
  bytes_.append(digits, end);
  int64_t fraction = scaled % unit;
  if (fraction == 0) return;
  bytes_.push_back('.');
  for (int64_t digit = unit / 10; fraction != 0; digit /= 10) {
    bytes_.push_back(static_cast<char>('0' + fraction / digit));
    fraction %= digit;
  }
}

void ContentStream::Number(double value, int decimals) { Fixed(Scaled(value, decimals), decimals); }

void ContentStream::Point(double x, double y) {
  Number(x, 2);
  bytes_.push_back(' ');
  Number(y, 2);
}

// "r g b " with three decimals each (1/255 steps are 0.0039 apart), or one
// value for a grey.
void ContentStream::ColorOperands(Color color) {
  for (uint8_t channel : {color.r, color.g, color.b}) {
    Fixed(std::lround(channel * 1000 / 255.0), 3);
    bytes_.push_back(' ');
    if (IsGrey(color)) break;
  }
}

void ContentStream::SetFillColor(Color color) {
  if (state_.fill == color) return;
  state_.fill = color;
  ColorOperands(color);
  bytes_.append(IsGrey(color) ? "g\n" : "rg\n");
}

void ContentStream::SetStrokeColor(Color color) {
  if (state_.stroke == color) return;
  state_.stroke = color;
  ColorOperands(color);
  bytes_.append(IsGrey(color) ? "G\n" : "RG\n");
}

void ContentStream::SetLineWidth(double width) {
  const int64_t scaled = Scaled(width, 3);
  if (state_.line_width == scaled) return;
  state_.line_width = scaled;
  Fixed(scaled, 3);
  bytes_.append(" w\n");
}

void ContentStream::SetDash(bool dashed) {
  if (state_.dashed == dashed) return;
  state_.dashed = dashed;
  bytes_.append(dashed ? "[3 2] 0 d\n" : "[] 0 d\n");
}

void ContentStream::Save() {
  assert(!in_text_);
  saved_.push_back(state_);
  bytes_.append("q\n");
}

void ContentStream::Restore() {
  assert(!in_text_ && !saved_.empty());
  state_ = saved_.back();
  saved_.pop_back();
  bytes_.append("Q\n");
}

void ContentStream::MoveTo(double x, double y) {
  Point(x, y);
  bytes_.append(" m\n");
}

void ContentStream::LineTo(double x, double y) {
  Point(x, y);
  bytes_.append(" l\n");
}

void ContentStream::Rectangle(double x, double y, double width, double height) {
  Point(x, y);
  bytes_.push_back(' ');
  Point(width, height);
  bytes_.append(" re\n");
}

void ContentStream::ClosePath() { bytes_.append("h\n"); }
void ContentStream::Stroke() { bytes_.append("S\n"); }
void ContentStream::Fill() { bytes_.append("f\n"); }
void ContentStream::ClipToPath() { bytes_.append("W n\n"); }

void ContentStream::BeginText() {
  if (in_text_) return;
  in_text_ = true;
  line_x_ = line_y_ = 0;  // BT resets the text matrices
  bytes_.append("BT\n");
}

void ContentStream::EndText() {
  if (!in_text_) return;
  in_text_ = false;
  bytes_.append("ET\n");
}

void ContentStream::SetFont(std::string_view resource_name, double size) {
  assert(in_text_);
  const int64_t scaled = Scaled(size, 2);
  if (state_.font == resource_name && state_.font_size == scaled) return;
  state_.font = resource_name;
  state_.font_size = scaled;
  bytes_.push_back('/');
  bytes_.append(resource_name);
  bytes_.push_back(' ');
  Fixed(scaled, 2);
  bytes_.append(" Tf\n");
}

// Td moves by the difference of the rounded positions, so rounding never
// accumulates along a text object.
void ContentStream::ShowTextAt(double x, double y, std::string_view string) {
  assert(in_text_);
  const int64_t to_x = Scaled(x, 2), to_y = Scaled(y, 2);
  Fixed(to_x - line_x_, 2);
  bytes_.push_back(' ');
  Fixed(to_y - line_y_, 2);
  bytes_.append(" Td\n");
  line_x_ = to_x, line_y_ = to_y;
  ShowText(string);
}

void ContentStream::ShowText(std::string_view string) {
  assert(in_text_);
  bytes_.append(string);
  bytes_.append(" Tj\n");
}

}  // namespace careplan::pdf
