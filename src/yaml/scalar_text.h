// Scalar text hygiene: what the YAML tree does to every scalar after
// yaml-cpp has unescaped it. The raw file is checked for control characters
// before parsing (source_text.h), but a double-quoted "\0", "\e" or "\x07"
// makes one only now; those are errors at their escape, like raw ones.
// Direction controls (which can make text read in a misleading order) are a
// warning. The text is returned in Unicode NFC, so that an accent typed as a
// separate combining mark (as macOS often saves it) prints on its letter.
// A plain value followed on its line by " #..." is remembered: YAML reads
// that as a comment, which the field reader points out for short text.
// Used by ReadYamlTree (yaml_tree.cc).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "yaml/source_text.h"

namespace careplan::yaml {

// A comment that follows a plain value on its line, such as "#0077123" in
// `identifier: MRN #0077123`.
struct TrailingComment {
  TextPosition position;  // of the '#'
  std::string text;       // from the '#' to the end of the line, trailing blanks removed
  bool looks_deliberate;  // two or more blanks before the '#' and a blank after it
};

// The comment after the plain scalar `value` that starts at byte
// `byte_column` of 0-based line `line0`, when `value` is written on that one
// line exactly as read (true of every one-line plain scalar).
std::optional<TrailingComment> FindTrailingComment(const SourceText& source, int line0,
                                                   int byte_column, std::string_view value);

// Checks `value`, the text yaml-cpp read for the scalar whose first
// character (its opening quote, for quoted text) is at byte `offset` of the
// source, and returns it cleaned: in NFC, and with the raw bytes yaml-cpp
// writes for the escapes \N and \_ turned into UTF-8. Reports control
// characters other than line break and tab (errors) and the first direction
// control (a warning), each at the character or escape that wrote it.
std::string CheckScalarText(std::string value, const SourceText& source, size_t offset,
                            const std::string& file, Diagnostics* diagnostics);

}  // namespace careplan::yaml
