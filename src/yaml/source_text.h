// SourceText: the text of one YAML file as the parser sees it (no
// byte-order mark, LF line ends, valid UTF-8 without control characters),
// with the map from parser positions (0-based line, byte column) back to what
// an editor shows (1-based line, character column). Produced by
// PrepareSourceText; used by the profile's pre-scan, the YAML tree and
// diagnostics. The same for profiles and for the files of templates/.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_loc.h"

namespace careplan::yaml {

// How messages name the kind of file being read ("control character U+0007
// is not allowed in a profile").
struct FileKind {
  std::string_view singular;  // "a profile"
  std::string_view plural;    // "profiles"
};
inline constexpr FileKind kProfileFile{"a profile", "profiles"};
inline constexpr FileKind kTemplateFile{"a template file", "template files"};

// A 1-based line and a 1-based column counted in characters (code points).
struct TextPosition {
  int line = 1;
  int column = 1;
};

class SourceText {
 public:
  // REQUIRES: `text` is valid UTF-8 with LF line ends only.
  explicit SourceText(std::string text, FileKind kind = kProfileFile);

  const std::string& text() const { return text_; }
  // What kind of file it is, for messages.
  const FileKind& kind() const { return kind_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // The text of a 0-based line, without its '\n'.
  std::string_view Line(int line0) const;

  // The position of a byte on a 0-based line (yaml-cpp's Mark line and
  // column). Out-of-range values are clamped. Lookups that move forward on
  // one line reuse the previous count, so marks visited in order cost O(1)
  // each even on a single very long line.
  TextPosition Position(int line0, int byte_column) const;
  TextPosition PositionOfOffset(size_t offset) const;
  // The byte offset in text() of a 0-based line and byte column (clamped).
  size_t Offset(int line0, int byte_column) const;

 private:
  std::string text_;
  FileKind kind_;
  std::vector<size_t> line_starts_;  // byte offset of each line
  // Memo of the last Position() lookup.
  mutable int memo_line_ = -1;
  mutable size_t memo_byte_ = 0;
  mutable int memo_column_ = 0;
};

// Removes a UTF-8 byte-order mark and turns CRLF and lone CR line ends into
// LF, then reports invalid UTF-8 (at its first bad byte), control characters
// and the Unicode line separators U+0085, U+2028 and U+2029 (which the YAML
// parser mishandles). Returns nullopt when there was anything to report.
std::optional<SourceText> PrepareSourceText(std::string_view raw, const std::string& file,
                                            Diagnostics* diagnostics, FileKind kind = kProfileFile);

// A SourceLoc for `position` in `file`.
SourceLoc MakeLoc(const std::string& file, TextPosition position);

}  // namespace careplan::yaml
