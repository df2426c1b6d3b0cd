#include "yaml/scalar_text.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <vector>

#include "base/utf8.h"

namespace careplan::yaml {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// One character of a scalar as written in the source.
struct SourceChar {
  size_t offset = 0;         // of the character, or of the backslash of its escape
  char32_t code_point = 0;   // what it reads as
  std::string_view written;  // the escape as written ("\e"), empty for a raw character
};

size_t Utf8Length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// The raw character at text[pos]. REQUIRES: valid UTF-8 (PrepareSourceText).
SourceChar RawChar(std::string_view text, size_t pos) {
  const std::string_view bytes = text.substr(pos, Utf8Length(text[pos]));
  const std::u32string decoded = DecodeUtf8(bytes);
  return SourceChar{pos, decoded.empty() ? U'\uFFFD' : decoded[0], {}};
}

// What the escape \<letter> reads as, for the escapes of one letter.
std::optional<char32_t> SingleEscape(char letter) {
  switch (letter) {
    case '0':
      return 0x00;
    case 'a':
      return 0x07;
    case 'b':
      return 0x08;
    case 't':
    case '\t':
      return 0x09;
    case 'n':
      return 0x0A;
    case 'v':
      return 0x0B;
    case 'f':
      return 0x0C;
    case 'r':
      return 0x0D;
    case 'e':
      return 0x1B;
    case ' ':
      return 0x20;
    case '"':
      return '"';
    case '/':
      return '/';
    case '\\':
      return '\\';
    case 'N':
      return 0x85;
    case '_':
      return 0xA0;
    case 'L':
      return 0x2028;
    case 'P':
      return 0x2029;
    default:
      return std::nullopt;
  }
}

// The escape that starts with the backslash at text[pos]: \e, \x1B, \u001B,
// \U0000001B. nullopt for an escaped line break (which reads as nothing) or
// an escape yaml-cpp would have refused.
std::optional<SourceChar> EscapeAt(std::string_view text, size_t pos) {
  if (pos + 1 >= text.size()) return std::nullopt;
  const char letter = text[pos + 1];
  if (auto code_point = SingleEscape(letter))
    return SourceChar{pos, *code_point, text.substr(pos, 2)};
  const size_t digits = letter == 'x' ? 2 : letter == 'u' ? 4 : letter == 'U' ? 8 : 0;
  if (digits == 0 || pos + 2 + digits > text.size()) return std::nullopt;
  unsigned value = 0;
  const char* first = text.data() + pos + 2;
  const auto [end, error] = std::from_chars(first, first + digits, value, 16);
  if (error != std::errc() || end != first + digits) return std::nullopt;
  return SourceChar{pos, static_cast<char32_t>(value), text.substr(pos, 2 + digits)};
}

// The characters of the double-quoted scalar whose opening quote is at
// text[open], escapes read as what they stand for, up to the closing quote.
std::vector<SourceChar> DoubleQuotedChars(std::string_view text, size_t open) {
  std::vector<SourceChar> chars;
  size_t pos = open + 1;
  while (pos < text.size() && text[pos] != '"') {
    if (text[pos] != '\\') {
      chars.push_back(RawChar(text, pos));
      pos += Utf8Length(text[pos]);
      continue;
    }
    const std::optional<SourceChar> escape = EscapeAt(text, pos);
    if (!escape) {
      pos += 2;  // an escaped line break
      continue;
    }
    chars.push_back(*escape);
    pos += escape->written.size();
  }
  return chars;
}

// The first raw character from text[from] on for which `wanted` is true.
template <typename Predicate>
std::optional<SourceChar> FindRaw(std::string_view text, size_t from, Predicate wanted) {
  for (size_t pos = from; pos < text.size(); pos += Utf8Length(text[pos])) {
    const SourceChar c = RawChar(text, pos);
    if (wanted(c.code_point)) return c;
  }
  return std::nullopt;
}

bool IsForbiddenControl(char32_t code_point) {
  return (IsControlCharacter(code_point) && code_point != '\n' && code_point != '\t') ||
         code_point == 0x2028 || code_point == 0x2029;
}

std::string CodePointName(char32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
  return buffer;
}

std::string_view BidiControlName(char32_t code_point) {
  switch (code_point) {
    case 0x061C:
      return "ARABIC LETTER MARK";
    case 0x200E:
      return "LEFT-TO-RIGHT MARK";
    case 0x200F:
      return "RIGHT-TO-LEFT MARK";
    case 0x202A:
      return "LEFT-TO-RIGHT EMBEDDING";
    case 0x202B:
      return "RIGHT-TO-LEFT EMBEDDING";
    case 0x202C:
      return "POP DIRECTIONAL FORMATTING";
    case 0x202D:
      return "LEFT-TO-RIGHT OVERRIDE";
    case 0x202E:
      return "RIGHT-TO-LEFT OVERRIDE";
    case 0x2066:
      return "LEFT-TO-RIGHT ISOLATE";
    case 0x2067:
      return "RIGHT-TO-LEFT ISOLATE";
    case 0x2068:
      return "FIRST STRONG ISOLATE";
    default:
      return "POP DIRECTIONAL ISOLATE";
  }
}

// yaml-cpp writes the escapes \N and \_ as the single bytes 0x85 and 0xA0,
// which are not UTF-8; they become U+0085 and U+00A0.
void RepairYamlCppEscapes(std::string* text) {
  while (const std::optional<size_t> bad = FindInvalidUtf8(*text)) {
    const char byte = (*text)[*bad];
    const bool escape_byte = byte == '\x85' || byte == '\xA0';
    text->replace(*bad, 1, escape_byte ? std::string{'\xC2', byte} : "\xEF\xBF\xBD");
  }
}

template <typename Predicate>
bool Contains(std::string_view text, Predicate wanted) {
  for (const char32_t c : DecodeUtf8(text))
    if (wanted(c)) return true;
  return false;
}

void ReportControls(const std::vector<SourceChar>& chars, const SourceText& source,
                    const std::string& file, TextPosition scalar, Diagnostics* diagnostics) {
  bool reported = false;
  for (const SourceChar& c : chars) {
    if (!IsForbiddenControl(c.code_point)) continue;
    const std::string written =
        c.written.empty() ? "" : " (written \"" + std::string(c.written) + "\")";
    const bool separator = c.code_point == 0x85 || c.code_point >= 0x2028;
    diagnostics->Error(MakeLoc(file, source.PositionOfOffset(c.offset)),
                       separator ? "the line separator " + CodePointName(c.code_point) + written +
                                       " is not supported; use an ordinary line break"
                                 : "control character " + CodePointName(c.code_point) + written +
                                       " is not allowed in " + std::string(source.kind().singular),
                       {"remove it: it cannot be printed, and it may hide what the text says"});
    reported = true;
  }
  if (!reported) {  // not found where expected (a tag before the quote): the scalar itself
    diagnostics->Error(MakeLoc(file, scalar),
                       "the text has a control character, which is not allowed in " +
                           std::string(source.kind().singular));
  }
}

void WarnBidi(const SourceChar& c, const SourceText& source, const std::string& file,
              Diagnostics* diagnostics) {
  diagnostics->Warning(
      MakeLoc(file, source.PositionOfOffset(c.offset)),
      "invisible direction control " + CodePointName(c.code_point) + " (" +
          std::string(BidiControlName(c.code_point)) +
          ") can make text read in a misleading order; it is left out of the PDF's "
          "document properties",
      {"delete it unless right-to-left text needs it; most editors do not show it"});
}

}  // namespace

std::optional<TrailingComment> FindTrailingComment(const SourceText& source, int line0,
                                                   int byte_column, std::string_view value) {
  if (value.empty() || value.find('\n') != std::string_view::npos) return std::nullopt;
  const std::string_view line = source.Line(line0);
  const size_t start = static_cast<size_t>(byte_column);
  if (start > line.size() || line.substr(start, value.size()) != value) return std::nullopt;
  size_t hash = start + value.size();
  while (hash < line.size() && IsBlank(line[hash])) ++hash;
  const size_t blanks = hash - (start + value.size());
  if (blanks == 0 || hash >= line.size() || line[hash] != '#') return std::nullopt;
  std::string_view text = line.substr(hash);
  while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  const bool blank_after = hash + 1 >= line.size() || IsBlank(line[hash + 1]);
  return TrailingComment{source.Position(line0, static_cast<int>(hash)), std::string(text),
                         blanks >= 2 && blank_after};
}

std::string CheckScalarText(std::string value, const SourceText& source, size_t offset,
                            const std::string& file, Diagnostics* diagnostics) {
  RepairYamlCppEscapes(&value);
  const std::string_view text = source.text();
  const bool has_control = Contains(value, IsForbiddenControl);
  const bool has_bidi = Contains(value, IsBidiControl);
  if (has_control || has_bidi) {
    const bool double_quoted = offset < text.size() && text[offset] == '"';
    const std::vector<SourceChar> chars =
        double_quoted ? DoubleQuotedChars(text, offset) : std::vector<SourceChar>{};
    if (has_control) {
      ReportControls(chars, source, file, source.PositionOfOffset(offset), diagnostics);
    }
    if (has_bidi) {
      std::optional<SourceChar> bidi;
      for (const SourceChar& c : chars) {
        if (IsBidiControl(c.code_point)) {
          bidi = c;
          break;
        }
      }
      if (!bidi) bidi = FindRaw(text, std::min(offset, text.size()), IsBidiControl);
      if (bidi) WarnBidi(*bidi, source, file, diagnostics);
    }
  }
  return NormalizeNfc(value);
}

}  // namespace careplan::yaml
