#include "yaml/source_text.h"

#include <algorithm>
#include <cstdio>

#include "base/utf8.h"
#include "yaml/yaml_limits.h"

namespace careplan::yaml {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string NormalizeLineEnds(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out.push_back(text[i]);
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out.push_back('\n');  // a lone CR (old Mac files) ends a line too
    }
  }
  return out;
}

std::string CodePointName(char32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
  return buffer;
}

// The code point at text[pos] when it is one that no YAML file may contain: C0 controls other than
// tab and LF, DEL, C1 controls (NEL among them) and the line and paragraph separators, which
// yaml-cpp silently drops or misplaces. REQUIRES: `text` is valid UTF-8, so byte tests are exact.
std::optional<char32_t> ForbiddenAt(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) {
    return pos + i < text.size() ? static_cast<unsigned char>(text[pos + i]) : 0;
  };
  const unsigned char lead = byte(0);
  if ((lead < 0x20 && lead != '\t' && lead != '\n') || lead == 0x7F) return lead;
  if (lead == 0xC2 && byte(1) >= 0x80 && byte(1) <= 0x9F) return byte(1);
  if (lead == 0xE2 && byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9))
    return 0x2000 + byte(2) - 0x80;
  return std::nullopt;
}

void ReportForbiddenCharacters(const SourceText& source, const std::string& file,
                               Diagnostics* diagnostics) {
  const std::string& text = source.text();
  int reported = 0;  // a binary file would otherwise give one error per byte
  for (size_t pos = 0; pos < text.size() && reported < kMaxErrorsPerFile; ++pos) {
    const std::optional<char32_t> found = ForbiddenAt(text, pos);
    if (!found) continue;
    const char32_t code_point = *found;
    const bool separator = code_point == 0x85 || code_point >= 0x2028;
    diagnostics->Error(MakeLoc(file, source.PositionOfOffset(pos)),
                       separator ? "the line separator " + CodePointName(code_point) +
                                       " is not supported; use an ordinary line break"
                                 : "control character " + CodePointName(code_point) +
                                       " is not allowed in " + std::string(source.kind().singular));
    ++reported;
  }
}

}  // namespace

SourceText::SourceText(std::string text, FileKind kind) : text_(std::move(text)), kind_(kind) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

std::string_view SourceText::Line(int line0) const {
  if (line0 < 0 || line0 >= line_count()) return {};
  const size_t start = line_starts_[line0];
  const size_t end = line0 + 1 < line_count() ? line_starts_[line0 + 1] - 1 : text_.size();
  return std::string_view(text_).substr(start, end - start);
}

TextPosition SourceText::Position(int line0, int byte_column) const {
  line0 = std::clamp(line0, 0, line_count() - 1);
  const std::string_view line = Line(line0);
  const size_t byte = std::min(static_cast<size_t>(std::max(byte_column, 0)), line.size());
  size_t from = 0;
  int column = 0;
  if (line0 == memo_line_ && byte >= memo_byte_) {
    from = memo_byte_;
    column = memo_column_;
  }
  for (size_t i = from; i < byte; ++i)
    if (!IsContinuationByte(line[i])) ++column;
  memo_line_ = line0;
  memo_byte_ = byte;
  memo_column_ = column;
  return {line0 + 1, column + 1};
}

size_t SourceText::Offset(int line0, int byte_column) const {
  line0 = std::clamp(line0, 0, line_count() - 1);
  const size_t length = Line(line0).size();
  return line_starts_[line0] + std::min(static_cast<size_t>(std::max(byte_column, 0)), length);
}

TextPosition SourceText::PositionOfOffset(size_t offset) const {
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const int line0 = static_cast<int>(next - line_starts_.begin()) - 1;
  return Position(line0, static_cast<int>(offset - line_starts_[line0]));
}

std::optional<SourceText> PrepareSourceText(std::string_view raw, const std::string& file,
                                            Diagnostics* diagnostics, FileKind kind) {
  if (raw.substr(0, kByteOrderMark.size()) == kByteOrderMark) raw.remove_prefix(3);
  SourceText source(NormalizeLineEnds(raw), kind);
  if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF")) {
    diagnostics->Error(SourceLoc{file, 1, 1},
                       "the file is in UTF-16; " + std::string(kind.plural) + " are UTF-8",
                       {"save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)"});
    return std::nullopt;
  }
  if (const auto bad = FindInvalidUtf8(source.text())) {
    // The bytes before the bad one on its line are valid, so the column is right.
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(source.text()[*bad]));
    diagnostics->Error(MakeLoc(file, source.PositionOfOffset(*bad)),
                       std::string("invalid UTF-8 (byte ") + byte + ")",
                       {"save the file as UTF-8; it may be in Latin-1 or Windows-1252"});
    return std::nullopt;
  }
  const int errors_before = diagnostics->error_count();
  ReportForbiddenCharacters(source, file, diagnostics);
  if (diagnostics->error_count() != errors_before) return std::nullopt;
  return source;
}

SourceLoc MakeLoc(const std::string& file, TextPosition position) {
  return SourceLoc{file, position.line, position.column};
}

}  // namespace careplan::yaml
