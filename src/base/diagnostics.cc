#include "base/diagnostics.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "base/utf8.h"

namespace careplan {
namespace {

// Characters a terminal would act on or that would hide or reorder what is
// shown: controls (an escape sequence can recolour or clear the screen, a
// carriage return or line break can forge a line such as "ok"), direction
// controls and the Unicode line separators.
bool ShownEscaped(char32_t code_point) {
  return IsControlCharacter(code_point) || IsBidiControl(code_point) || code_point == 0x2028 ||
         code_point == 0x2029;
}

// Appends `text` with every ShownEscaped character written as \u001B and
// every byte that is not valid UTF-8 as \xFF, so that what a profile or a
// file name contains is shown, never acted on.
void AppendPrintable(std::string_view text, std::string* out) {
  char escaped[16];
  size_t pos = 0;
  while (pos < text.size()) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string_view piece = text.substr(pos, length);
    if (FindInvalidUtf8(piece) || piece.size() < length) {
      std::snprintf(escaped, sizeof escaped, "\\x%02X", lead);
      *out += escaped;
      pos += 1;
      continue;
    }
    const char32_t code_point = DecodeUtf8(piece)[0];
    if (ShownEscaped(code_point)) {
      std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(code_point));
      *out += escaped;
    } else {
      *out += piece;
    }
    pos += length;
  }
}

}  // namespace

std::string PrintableText(std::string_view text) {
  std::string out;
  AppendPrintable(text, &out);
  return out;
}

void Diagnostics::Error(const SourceLoc& loc, std::string message, std::vector<std::string> hints) {
  Add({Severity::kError, loc, std::move(message), std::move(hints)});
}

void Diagnostics::Warning(const SourceLoc& loc, std::string message,
                          std::vector<std::string> hints) {
  Add({Severity::kWarning, loc, std::move(message), std::move(hints)});
}

void Diagnostics::Add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::kError) ++error_count_;
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::Append(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) Add(d);
}

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> sorted = items_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.loc.file, a.loc.line, a.loc.column) <
           std::tie(b.loc.file, b.loc.line, b.loc.column);
  });
  return sorted;
}

std::string FormatDiagnostic(const Diagnostic& diagnostic) {
  std::string text;
  const SourceLoc& loc = diagnostic.loc;
  if (!loc.file.empty()) {
    AppendPrintable(loc.file, &text);
    // Appended piece by piece: GCC 12 at -O2 and above reports a false
    // -Wrestrict for ":" + std::to_string(...) (GCC bug 105329).
    if (loc.line > 0) {
      text += ':';
      text += std::to_string(loc.line);
      if (loc.column > 0) {
        text += ':';
        text += std::to_string(loc.column);
      }
    }
    text += ": ";
  }
  text += diagnostic.severity == Severity::kError ? "error: " : "warning: ";
  AppendPrintable(diagnostic.message, &text);
  for (const std::string& hint : diagnostic.hints) {
    text += "\n  hint: ";
    AppendPrintable(hint, &text);
  }
  return text;
}

std::string FormatDiagnostics(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& d : diagnostics.Sorted()) text += FormatDiagnostic(d) + "\n";
  return text;
}

}  // namespace careplan
