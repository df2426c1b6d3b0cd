#include "base/dump_text.h"

#include <charconv>
#include <cmath>

namespace careplan {

std::string DumpNumber(double value) {
  double rounded = std::round(value * 100) / 100;
  if (rounded == 0) rounded = 0;
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 2);
  return std::string(buffer, result.ptr);
}

std::string DumpQuote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace careplan
