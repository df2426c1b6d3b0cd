#include "yaml/yaml_syntax_help.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace careplan::yaml {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// True when line[pos] is followed by a blank or the end of the line, as the
// indicators ": " and "- " must be.
bool EndsToken(std::string_view line, size_t pos) {
  return pos + 1 >= line.size() || IsBlank(line[pos + 1]);
}

size_t Indentation(std::string_view line) {
  const size_t first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? line.size() : first;
}

// Lines with nothing for YAML: blank, or only a comment.
bool IsEmptyLine(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  return first == std::string_view::npos || line[first] == '#';
}

// Where a line's value starts, after its indentation and any "- ".
size_t ContentStart(std::string_view line) {
  size_t pos = Indentation(line);
  while (pos < line.size() && line[pos] == '-' && EndsToken(line, pos)) {
    pos = line.find_first_not_of(' ', pos + 1);
    if (pos == std::string_view::npos) return line.size();
  }
  return pos;
}

std::string Shortened(std::string_view text) {
  constexpr size_t kMaxBytes = 40;
  return text.size() <= kMaxBytes ? std::string(text)
                                  : std::string(text.substr(0, kMaxBytes)) + "...";
}

// --- Quoted text not closed on its line --------------------------------------

struct QuoteSpan {
  int open_line = 0;
  size_t open_byte = 0;
  char quote = '"';
  int close_line = -1;  // -1: never closed
};

// Follows quoted text through lines 0..last (only quotes where a value
// starts open text, as in YAML; block scalars are skipped) and returns the
// quoted texts that run over a line end.
class QuoteTracker {
 public:
  explicit QuoteTracker(const SourceText& source) : source_(source) {}

  std::vector<QuoteSpan> SpansOverLines(int last) {
    for (int line0 = 0; line0 <= last && line0 < source_.line_count(); ++line0) ScanLine(line0);
    return spans_;
  }

 private:
  void ScanLine(int line0) {
    const std::string_view line = source_.Line(line0);
    size_t pos = 0;
    bool value_start = true;
    if (open_) {
      pos = SkipQuoted(line, 0);
      if (open_) return;
      spans_.back().close_line = line0;
      value_start = false;
    } else if (block_parent_ && (IsEmptyLine(line) || Indentation(line) > *block_parent_)) {
      return;  // inside a | or > block: text, not YAML
    } else {
      block_parent_.reset();
      pos = ContentStart(line);
    }
    ScanTokens(line0, line, pos, value_start);
  }

  void ScanTokens(int line0, std::string_view line, size_t pos, bool value_start) {
    for (; pos < line.size(); ++pos) {
      const char c = line[pos];
      if (IsBlank(c)) continue;
      if (c == '#' && (pos == 0 || IsBlank(line[pos - 1]))) return;
      if (value_start && (c == '"' || c == '\'')) {
        open_ = c;
        const size_t end = SkipQuoted(line, pos + 1);
        if (open_) {
          spans_.push_back(QuoteSpan{line0, pos, c, -1});
          return;
        }
        pos = end - 1;
        value_start = false;
        continue;
      }
      if (value_start && (c == '|' || c == '>')) {
        block_parent_ = Indentation(line);
        return;
      }
      value_start = (c == ':' && EndsToken(line, pos)) || c == '[' || c == '{' || c == ',';
    }
  }

  // The position after the closing quote, or the end of the line (with open_
  // still set) when the quoted text goes on.
  size_t SkipQuoted(std::string_view line, size_t pos) {
    while (pos < line.size()) {
      const char c = line[pos];
      if (open_ == '"' && c == '\\') {
        pos += 2;
      } else if (c == open_ && open_ == '\'' && pos + 1 < line.size() && line[pos + 1] == '\'') {
        pos += 2;
      } else if (c == open_) {
        open_ = 0;
        return pos + 1;
      } else {
        ++pos;
      }
    }
    return line.size();
  }

  const SourceText& source_;
  std::vector<QuoteSpan> spans_;
  char open_ = 0;
  std::optional<size_t> block_parent_;
};

std::optional<SyntaxProblem> UnclosedQuote(const SourceText& source, int line0) {
  const std::vector<QuoteSpan> spans = QuoteTracker(source).SpansOverLines(line0);
  if (spans.empty()) return std::nullopt;
  const QuoteSpan& span = spans.back();
  // Quoted text may run over lines on purpose; only text that ends at (or
  // after) the error, or the line before it, is the likely cause.
  if (span.open_line >= line0 || (span.close_line >= 0 && span.close_line < line0 - 1))
    return std::nullopt;
  const std::string quote(1, span.quote);
  std::string message = "the " + quote + " here starts quoted text that is not closed on its line";
  if (span.close_line >= 0) {
    message +=
        ", so YAML reads on to the " + quote + " on line " + std::to_string(span.close_line + 1);
  }
  return SyntaxProblem{source.Position(span.open_line, static_cast<int>(span.open_byte)),
                       message,
                       {"end the text with " + quote + " on this line; " +
                        (span.quote == '"' ? "a \" inside double-quoted text is written \\\""
                                           : "a ' inside single-quoted text is written ''")}};
}

// --- Line by line causes ------------------------------------------------------

std::optional<SyntaxProblem> MisplacedNbsp(const SourceText& source, int line0) {
  for (int line = std::max(0, line0 - 1); line <= line0; ++line) {
    if (const auto byte = FindMisplacedNbsp(source.Line(line))) {
      return SyntaxProblem{source.Position(line, static_cast<int>(*byte)),
                           std::string(kNbspMessage),
                           {std::string(kNbspHint)}};
    }
  }
  return std::nullopt;
}

// `name:Anna`: a key, a colon and no space. The key is a word of letters,
// digits and underscores, as every profile key is.
std::optional<SyntaxProblem> MissingSpaceAfterColon(const SourceText& source, int line0) {
  for (int line = line0; line >= std::max(0, line0 - 1); --line) {
    const std::string_view text = source.Line(line);
    const size_t start = ContentStart(text);
    size_t colon = start;
    while (colon < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[colon])) || text[colon] == '_'))
      ++colon;
    if (colon == start || colon + 1 >= text.size() || text[colon] != ':') continue;
    const char next = text[colon + 1];
    if (IsBlank(next) || next == ':' || next == '/') continue;  // a key, or a URL
    const std::string key(text.substr(start, colon - start));
    std::string_view value = text.substr(colon + 1);
    value = value.substr(0, value.find(" #"));
    while (!value.empty() && IsBlank(value.back())) value.remove_suffix(1);
    const std::string written = key + ":" + Shortened(value);
    return SyntaxProblem{source.Position(line, static_cast<int>(colon)),
                         "a space is missing after \"" + key + ":\"; YAML reads \"" + written +
                             "\" as one piece of text, not as a key and its value",
                         {"write \"" + key + ": " + Shortened(value) + "\""}};
  }
  return std::nullopt;
}

// A line at the indentation of the "- " entries of a list above it, without
// a "- " of its own.
std::optional<SyntaxProblem> MissingDash(const SourceText& source, int line0) {
  const std::string_view line = source.Line(line0);
  if (IsEmptyLine(line)) return std::nullopt;
  const size_t indent = Indentation(line);
  if (line[indent] == '-' && EndsToken(line, indent)) return std::nullopt;
  for (int above = line0 - 1; above >= 0; --above) {
    const std::string_view previous = source.Line(above);
    if (IsEmptyLine(previous) || Indentation(previous) > indent) continue;
    if (Indentation(previous) < indent) return std::nullopt;
    if (previous[indent] != '-' || !EndsToken(previous, indent)) return std::nullopt;
    return SyntaxProblem{
        source.Position(line0, static_cast<int>(indent)),
        "this line is in line with the list entries above it, but has no \"- \" in front",
        {"write \"- \" in front to start a new list entry, or indent the line to make it part "
         "of the entry above"}};
  }
  return std::nullopt;
}

// --- yaml-cpp's own words, made plain --------------------------------------

std::pair<std::string, std::vector<std::string>> PlainWords(std::string_view message) {
  struct Plain {
    std::string_view start;
    std::string_view words;
    std::string_view hint;
  };
  static constexpr Plain kPlain[] = {
      {"illegal map value", "this \":\" cannot start a value here",
       "text that contains \": \" must be in quotes; otherwise check the indentation of this "
       "line and the one before"},
      {"end of map not found", "this line does not fit in the mapping above it",
       "check the indentation: the keys of one mapping must line up"},
      {"end of sequence not found", "this line does not fit in the list above it",
       "check the indentation: the items of one list must line up"},
      {"end of sequence flow not found", "a list that starts with [ is not closed",
       "a list that starts with [ must end with ]"},
      {"end of map flow not found", "a mapping that starts with { is not closed",
       "a mapping that starts with { must end with }"},
      {"illegal flow end", "this ] or } closes nothing", "this ] or } has no matching [ or {"},
      {"illegal block entry", "a \"- \" list entry cannot start here", "check the indentation"},
      {"illegal map key", "a \"? \" key cannot start here", "check the indentation"},
      {"unknown escape character", "unknown escape in double-quoted text",
       "in double quotes a backslash starts an escape such as \\n; write \\\\ for a backslash, "
       "or use single quotes"},
      {"bad character found while scanning hex number",
       "an escape \\x, \\u or \\U must be followed by hexadecimal digits (0-9, A-F)", ""},
      {"invalid unicode", "this escape is not a Unicode character", ""},
      {"illegal EOF in scalar", "the file ends inside quoted text", "close the quotes"},
      {"illegal document indicator in scalar", "a \"---\" or \"...\" line is inside quoted text",
       "close the quotes before it"},
  };
  for (const Plain& plain : kPlain) {
    if (!message.starts_with(plain.start)) continue;
    std::vector<std::string> hints;
    if (!plain.hint.empty()) hints.emplace_back(plain.hint);
    return {std::string(plain.words), hints};
  }
  return {"the YAML cannot be read here (" + std::string(message) + ")", {}};
}

}  // namespace

std::optional<size_t> FindMisplacedNbsp(std::string_view line) {
  for (size_t pos = line.find(kNbsp); pos != std::string_view::npos;
       pos = line.find(kNbsp, pos + kNbsp.size())) {
    const std::string_view before = line.substr(0, pos);
    const bool in_indentation =
        before.find_first_not_of(" -") == std::string_view::npos || before.ends_with(kNbsp);
    const bool after_indicator = !before.empty() && (before.back() == ':' || before.back() == '-');
    if (in_indentation || after_indicator) return pos;
  }
  return std::nullopt;
}

SyntaxProblem ExplainSyntaxError(const SourceText& source, int line0, int byte_column,
                                 std::string_view parser_message) {
  line0 = std::clamp(line0, 0, source.line_count() - 1);
  if (auto problem = MisplacedNbsp(source, line0)) return *problem;
  if (auto problem = UnclosedQuote(source, line0)) return *problem;
  if (auto problem = MissingSpaceAfterColon(source, line0)) return *problem;
  if (auto problem = MissingDash(source, line0)) return *problem;
  auto [words, hints] = PlainWords(parser_message);
  return SyntaxProblem{source.Position(line0, byte_column), std::move(words), std::move(hints)};
}

}  // namespace careplan::yaml
