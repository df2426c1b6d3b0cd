#include "profile/input_limits.h"

#include <optional>
#include <vector>

#include "profile/profile_limits.h"

namespace careplan::profile {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// True when text[pos] is followed by white space or the end of the line, as
// the indicators "- ", "? " and ": " must be.
bool EndsToken(std::string_view text, size_t pos) {
  return pos + 1 >= text.size() || IsBlank(text[pos + 1]);
}

// One pass over the lines of a YAML text that tracks just enough state (open
// block levels, open brackets, open quotes, scalars that continue on the next
// lines) to measure nesting and spot tabs and unclosed quotes.
class PreScanner {
 public:
  PreScanner(const SourceText& source, const std::string& file, Diagnostics* diagnostics)
      : source_(source), file_(file), diagnostics_(diagnostics) {}

  bool Run() {
    for (int line = 0; line < source_.line_count() && !too_deep_; ++line) ScanLine(line);
    if (quote_ && !too_deep_) {
      const std::string mark(1, quote_);
      Report(quote_start_, "quoted text is never closed: the " + mark + " here has no partner",
             {quote_ == '"' ? "a \" inside double-quoted text is written \\\""
                            : "a ' inside single-quoted text is written ''"});
    }
    return errors_ == 0;
  }

 private:
  void ScanLine(int line0) {
    const std::string_view line = source_.Line(line0);
    size_t pos = 0;
    bool value_start = true;
    if (quote_) {
      pos = SkipQuoted(line, 0);
      if (quote_) return;  // the quoted text goes on
      value_start = false;
    } else if (flow_depth_ > 0) {
      value_start = flow_value_start_;  // line breaks inside [ ] and { } are just spaces
    } else if (IsScalarContinuation(line)) {
      return;
    } else {
      scalar_parent_.reset();
      if (!ScanIndentation(line0, line, &pos)) return;
    }
    ScanTokens(line0, line, pos, value_start);
  }

  // True for lines inside a block scalar, or that continue a plain scalar:
  // blank lines and lines indented more than the scalar's parent.
  bool IsScalarContinuation(std::string_view line) const {
    if (!scalar_parent_) return false;
    const size_t spaces = line.find_first_not_of(' ');
    if (spaces == std::string_view::npos || line.find_first_not_of(" \t") == std::string_view::npos)
      return true;
    return static_cast<int>(spaces) > *scalar_parent_;
  }

  // Handles the start of a line in block context: tabs, document markers and
  // the block levels opened by the indentation and by "- " indicators. Sets
  // *pos to where the line's content starts; false for lines with no content.
  bool ScanIndentation(int line0, std::string_view line, size_t* pos) {
    const size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') return false;
    const size_t tab = line.substr(0, first).find('\t');
    if (tab != std::string_view::npos) {
      Report(source_.Position(line0, static_cast<int>(tab)),
             "a tab is used for indentation; YAML indentation must use spaces");
    }
    if (first == 0 && line[0] == '%') return false;  // a directive such as %YAML 1.2
    if (first == 0 && (line.starts_with("---") || line.starts_with("...")) && EndsToken(line, 2)) {
      levels_.clear();  // a document marker starts over at the left margin
      *pos = 3;
      return true;
    }
    while (!levels_.empty() && levels_.back() >= first) levels_.pop_back();
    if (!PushLevel(line0, first)) return false;
    size_t at = first;
    while ((line[at] == '-' || line[at] == '?' || line[at] == ':') && EndsToken(line, at)) {
      const size_t next = line.find_first_not_of(" \t", at + 1);
      if (next == std::string_view::npos || line[next] == '#') return false;
      if (!PushLevel(line0, next)) return false;
      at = next;
    }
    *pos = at;
    return true;
  }

  // Scans the rest of a line for quotes, brackets, comments and the start of
  // scalars. `value_start` is true where a new value may begin (only there do
  // quotes, brackets and | > have their YAML meaning).
  void ScanTokens(int line0, std::string_view line, size_t pos, bool value_start) {
    std::optional<size_t> plain_start;  // a plain scalar open at the end of the line
    while (pos < line.size()) {
      const char c = line[pos];
      if (IsBlank(c)) {
        ++pos;
        continue;
      }
      if (c == '#' && (pos == 0 || IsBlank(line[pos - 1]))) break;  // a comment
      if (value_start) {
        if (c == '"' || c == '\'') {
          quote_ = c;
          quote_start_ = source_.Position(line0, static_cast<int>(pos));
          pos = SkipQuoted(line, pos + 1);
          if (quote_) return;
          value_start = false;
          plain_start.reset();
          continue;
        }
        if (c == '&' || c == '!') {  // an anchor or a tag comes before its value
          pos = line.find(' ', pos);
          if (pos == std::string_view::npos) pos = line.size();
          continue;
        }
        if (flow_depth_ == 0 && (c == '|' || c == '>')) {
          StartScalar(pos);
          return;
        }
      }
      if (c == '[' || c == '{') {
        if (value_start || flow_depth_ > 0) {
          if (!OpenFlow(line0, pos)) return;
          value_start = true;
          ++pos;
          continue;
        }
      } else if (flow_depth_ > 0) {
        if (c == ']' || c == '}') {
          --flow_depth_;
          value_start = false;
        } else {
          value_start = c == ',' || (c == ':' && EndsFlowToken(line, pos));
        }
        ++pos;
        continue;
      }
      if (c == ':' && EndsToken(line, pos)) {
        value_start = true;
        plain_start.reset();
      } else {
        if (value_start && flow_depth_ == 0) plain_start = pos;
        value_start = false;
      }
      ++pos;
    }
    if (flow_depth_ > 0) {
      flow_value_start_ = value_start;
    } else if (plain_start) {
      StartScalar(*plain_start);
    }
  }

  static bool EndsFlowToken(std::string_view line, size_t pos) {
    return EndsToken(line, pos) || line[pos + 1] == ',' || line[pos + 1] == ']' ||
           line[pos + 1] == '}';
  }

  // A scalar that starts at byte `column` may continue on the lines that are
  // indented more than its parent: the key it is the value of, or the "- "
  // it is the item of.
  void StartScalar(size_t column) {
    if (!levels_.empty() && levels_.back() != column) {
      scalar_parent_ = static_cast<int>(levels_.back());
    } else if (levels_.size() >= 2) {
      scalar_parent_ = static_cast<int>(levels_[levels_.size() - 2]);
    } else {
      scalar_parent_ = -1;  // the whole document is one scalar
    }
  }

  // Returns the position after the closing quote, or the end of the line
  // (with quote_ still set) when the quoted text continues.
  size_t SkipQuoted(std::string_view line, size_t pos) {
    while (pos < line.size()) {
      const char c = line[pos];
      if (quote_ == '"' && c == '\\') {
        pos += 2;
        continue;
      }
      if (c == quote_) {
        if (quote_ == '\'' && pos + 1 < line.size() && line[pos + 1] == '\'') {
          pos += 2;  // '' is a quote inside single-quoted text
          continue;
        }
        quote_ = 0;
        return pos + 1;
      }
      ++pos;
    }
    return line.size();
  }

  bool PushLevel(int line0, size_t column) {
    levels_.push_back(column);
    return CheckDepth(line0, column);
  }

  bool OpenFlow(int line0, size_t column) {
    ++flow_depth_;
    return CheckDepth(line0, column);
  }

  bool CheckDepth(int line0, size_t column) {
    const int depth = static_cast<int>(levels_.size()) + flow_depth_;
    if (depth <= kMaxNestingDepth) return true;
    Report(source_.Position(line0, static_cast<int>(column)),
           "nesting is more than " + std::to_string(kMaxNestingDepth) +
               " levels deep here; the limit is " + std::to_string(kMaxNestingDepth) + " levels");
    too_deep_ = true;
    return false;
  }

  void Report(TextPosition position, std::string message, std::vector<std::string> hints = {}) {
    if (errors_ >= kMaxErrorsPerFile) return;
    diagnostics_->Error(MakeLoc(file_, position), std::move(message), std::move(hints));
    ++errors_;
  }

  const SourceText& source_;
  const std::string& file_;
  Diagnostics* diagnostics_;
  std::vector<size_t> levels_;        // byte columns of the open block levels
  int flow_depth_ = 0;                // open [ and {
  bool flow_value_start_ = true;      // whether a flow line break came where a value may start
  char quote_ = 0;                    // the open quote, or 0
  TextPosition quote_start_;          // where the open quote is
  std::optional<int> scalar_parent_;  // while a scalar may continue: its parent's column
  bool too_deep_ = false;
  int errors_ = 0;
};

}  // namespace

bool CheckFileSize(std::string_view raw, const std::string& file, Diagnostics* diagnostics) {
  if (raw.size() <= kMaxFileBytes) return true;
  diagnostics->Error(SourceLoc{file, 0, 0}, "file is " + std::to_string(raw.size()) +
                                                " bytes; the limit is " +
                                                std::to_string(kMaxFileBytes) + " bytes (" +
                                                std::to_string(kMaxFileBytes >> 20) + " MiB)");
  return false;
}

bool PreScanYaml(const SourceText& source, const std::string& file, Diagnostics* diagnostics) {
  return PreScanner(source, file, diagnostics).Run();
}

}  // namespace careplan::profile
