// Diagnostics: the sink every stage reports problems into (errors and
// warnings, each with a location and optional hints). Stages keep going after
// an error so that one run reports every problem; the driver stops between
// stages once has_errors(). Text is produced only by FormatDiagnostic.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/source_loc.h"

namespace careplan {

enum class Severity { kError, kWarning };

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLoc loc;
  std::string message;
  std::vector<std::string> hints;  // printed as "  hint: ..." lines
};

class Diagnostics {
 public:
  void Error(const SourceLoc& loc, std::string message, std::vector<std::string> hints = {});
  void Warning(const SourceLoc& loc, std::string message, std::vector<std::string> hints = {});
  void Add(Diagnostic diagnostic);
  void Append(const Diagnostics& other);

  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  int warning_count() const { return static_cast<int>(items_.size()) - error_count_; }
  const std::vector<Diagnostic>& items() const { return items_; }

  // Items sorted by file, line and column (stable), as a compiler prints them.
  std::vector<Diagnostic> Sorted() const;

 private:
  std::vector<Diagnostic> items_;
  int error_count_ = 0;
};

// "file:12:7: error: message" followed by one "  hint: ..." line per hint.
// Parts of the location that are unknown (0) are left out. Control and
// direction-control characters in the file name, message and hints are
// written as \u001B (and bytes that are not UTF-8 as \xFF), so that a
// profile cannot move the cursor, recolour the terminal or forge a line.
std::string FormatDiagnostic(const Diagnostic& diagnostic);

// `text` as a terminal may safely show it: control and direction characters
// as \u001B, bytes that are not UTF-8 as \xFF (as FormatDiagnostic does).
std::string PrintableText(std::string_view text);

// Every diagnostic, sorted, one FormatDiagnostic each, newline-terminated.
std::string FormatDiagnostics(const Diagnostics& diagnostics);

}  // namespace careplan
