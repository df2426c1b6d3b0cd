#include "base/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace careplan {

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
    text += loc.file;
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
  text += diagnostic.message;
  for (const std::string& hint : diagnostic.hints) text += "\n  hint: " + hint;
  return text;
}

std::string FormatDiagnostics(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& d : diagnostics.Sorted()) text += FormatDiagnostic(d) + "\n";
  return text;
}

}  // namespace careplan
