#include "layout/line_breaker.h"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "base/utf8.h"

namespace careplan::layout {
namespace {

// Comparisons of summed widths allow for rounding in the sums.
constexpr double kEpsilon = 1e-9;

// A long word is broken at a preferred character only if that fills at least
// this share of the line; otherwise it is broken between any two characters,
// so that "https://" does not sit alone on a line above the rest.
constexpr double kMinPreferredFill = 0.5;

enum class ClusterKind { kWord, kSpace, kNewline };

// A user-perceived character: a base code point and its combining marks,
// stored as [begin, end) in Clusters::code_points.
struct Cluster {
  size_t begin = 0;
  size_t end = 0;
  font::Face face = font::Face::kRegular;
  ClusterKind kind = ClusterKind::kWord;
  double width = 0;
  bool preferred_break_after = false;  // one of / @ . - _ ? &
};

struct Clusters {
  std::u32string code_points;
  std::vector<Cluster> list;
};

bool IsPreferredBreakChar(char32_t c) {
  return c == U'/' || c == U'@' || c == U'.' || c == U'-' || c == U'_' || c == U'?' || c == U'&';
}

bool IsNumberChar(char32_t c) {
  return (c >= U'0' && c <= U'9') || c == U'.' || c == U',' || c == U':' || c == U'/';
}

bool StartsUnit(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'\u00B0' || c == U'%' ||
         c == U'\u00B5';
}

// A number keeps the word after it on its line ("38 °C", "5 mg", "24 Sep",
// "48 hours"): the single space between them becomes part of the word. A
// number alone at a line's end, its unit on the next, was misread.
void GlueNumbersToTheirUnits(Clusters* clusters) {
  std::vector<Cluster>& list = clusters->list;
  for (size_t s = 1; s + 1 < list.size(); ++s) {
    if (list[s].kind != ClusterKind::kSpace || list[s + 1].kind != ClusterKind::kWord) continue;
    if (!StartsUnit(clusters->code_points[list[s + 1].begin])) continue;
    // Back over the word before the space while it is a number (most words
    // stop at their last letter).
    size_t start = s;
    bool digit = false;
    while (start > 0 && list[start - 1].kind == ClusterKind::kWord && s - start < 8) {
      const Cluster& before = list[start - 1];
      const char32_t c = clusters->code_points[before.begin];
      if (!IsNumberChar(c) || before.end - before.begin != 1) break;
      digit = digit || (c >= U'0' && c <= U'9');
      --start;
    }
    const bool whole_word = start == 0 || list[start - 1].kind != ClusterKind::kWord;
    if (digit && whole_word && start < s) list[s].kind = ClusterKind::kWord;
  }
}

// Splits the runs into clusters; drops control characters that cannot be
// printed and turns tabs into spaces.
Clusters MakeClusters(std::span<const TextRun> runs, const font::FontMetrics& metrics,
                      double size_pt) {
  Clusters out;
  size_t bytes = 0;
  for (const TextRun& run : runs) bytes += run.text.size();
  out.code_points.reserve(bytes);
  out.list.reserve(bytes);
  const double scale = size_pt / 1000.0;
  std::u32string decoded;
  for (const TextRun& run : runs) {
    // Most text is ASCII: then each byte is a code point, no decoding needed.
    decoded.clear();
    if (std::all_of(run.text.begin(), run.text.end(), [](char b) { return (b & 0x80) == 0; })) {
      decoded.assign(run.text.begin(), run.text.end());
    } else {
      decoded = DecodeUtf8(run.text);
    }
    for (char32_t c : decoded) {
      if (c == U'\t') c = U' ';
      if (c == U'\r' || (c < 0x20 && c != U'\n') || c == 0x7F) continue;
      const double width = metrics.Advance(run.face, c) * scale;
      if (IsCombiningMark(c) && !out.list.empty() &&
          out.list.back().kind != ClusterKind::kNewline) {
        Cluster& base = out.list.back();
        out.code_points.push_back(c);
        base.end = out.code_points.size();
        base.width += width;
        base.kind = ClusterKind::kWord;  // a space carrying a mark prints as a character
        base.preferred_break_after = false;
        continue;
      }
      Cluster cluster;
      cluster.begin = out.code_points.size();
      out.code_points.push_back(c);
      cluster.end = out.code_points.size();
      cluster.face = run.face;
      cluster.width = c == U'\n' ? 0 : width;
      cluster.kind = c == U'\n'  ? ClusterKind::kNewline
                     : c == U' ' ? ClusterKind::kSpace
                                 : ClusterKind::kWord;
      cluster.preferred_break_after = IsPreferredBreakChar(c);
      out.list.push_back(cluster);
    }
  }
  GlueNumbersToTheirUnits(&out);
  return out;
}

// Greedy line filling over clusters. Every line is a contiguous range of
// clusters that starts and ends with a word cluster (spaces at a break are
// dropped), which keeps the work linear in the length of the text.
class Breaker {
 public:
  Breaker(const Clusters& clusters, double max_width)
      : list_(clusters.list), max_width_(max_width) {}

  std::vector<std::pair<size_t, size_t>> Run() {
    size_t i = 0;
    while (i < list_.size()) {
      const ClusterKind kind = list_[i].kind;
      size_t j = i + 1;
      if (kind == ClusterKind::kNewline) {
        FinishLine();
      } else {
        while (j < list_.size() && list_[j].kind == kind) ++j;
        if (kind == ClusterKind::kWord) AddWord(i, j);
      }
      i = j;
    }
    if (open_) FinishLine();
    return std::move(lines_);
  }

 private:
  double WidthOf(size_t begin, size_t end) const {
    double width = 0;
    for (size_t k = begin; k < end; ++k) width += list_[k].width;
    return width;
  }

  void AddWord(size_t begin, size_t end) {
    const double word_width = WidthOf(begin, end);
    if (open_) {
      const double gap = WidthOf(line_end_, begin);  // the spaces before the word
      if (line_width_ + gap + word_width <= max_width_ + kEpsilon) {
        line_end_ = end;
        line_width_ += gap + word_width;
        return;
      }
      FinishLine();
    }
    PlaceOnEmptyLine(begin, end, word_width);
  }

  // Puts a word at the start of a line, breaking it while it is too wide.
  void PlaceOnEmptyLine(size_t begin, size_t end, double word_width) {
    while (word_width > max_width_ + kEpsilon) {
      const size_t cut = FindCut(begin, end);
      if (cut >= end) break;  // only rounding said it was too wide
      const double cut_width = WidthOf(begin, cut);
      Open(begin, cut, cut_width);
      FinishLine();
      begin = cut;
      word_width -= cut_width;
    }
    Open(begin, end, word_width);
  }

  // Where to break an over-wide word starting at `begin`: after the last
  // preferred character that fits (if it fills enough of the line), else
  // after the last cluster that fits, and after at least one cluster.
  size_t FindCut(size_t begin, size_t end) const {
    double width = 0;
    size_t fit_end = begin;
    size_t preferred = begin;
    double preferred_width = 0;
    while (fit_end < end && width + list_[fit_end].width <= max_width_ + kEpsilon) {
      width += list_[fit_end].width;
      ++fit_end;
      // Break after a run of break characters ("//", "..."), not inside it.
      if (list_[fit_end - 1].preferred_break_after && fit_end < end &&
          !list_[fit_end].preferred_break_after) {
        preferred = fit_end;
        preferred_width = width;
      }
    }
    if (fit_end == begin) return begin + 1;
    if (preferred > begin && preferred_width >= kMinPreferredFill * max_width_) return preferred;
    return fit_end;
  }

  void Open(size_t begin, size_t end, double width) {
    open_ = true;
    line_begin_ = begin;
    line_end_ = end;
    line_width_ = width;
  }

  // Ends the current line; after a newline with nothing on it, that is an
  // empty line.
  void FinishLine() {
    if (open_) {
      lines_.emplace_back(line_begin_, line_end_);
    } else {
      lines_.emplace_back(0, 0);
    }
    open_ = false;
    line_width_ = 0;
  }

  const std::vector<Cluster>& list_;
  const double max_width_;
  std::vector<std::pair<size_t, size_t>> lines_;
  bool open_ = false;
  size_t line_begin_ = 0;
  size_t line_end_ = 0;
  double line_width_ = 0;
};

// Turns a range of clusters into fragments, one per change of face.
Line MakeLine(const Clusters& clusters, size_t begin, size_t end) {
  Line line;
  double x = 0;
  for (size_t k = begin; k < end; ++k) {
    const Cluster& cluster = clusters.list[k];
    if (line.fragments.empty() || line.fragments.back().face != cluster.face) {
      line.fragments.push_back(LineFragment{cluster.face, "", x, 0});
    }
    LineFragment& fragment = line.fragments.back();
    for (size_t i = cluster.begin; i < cluster.end; ++i) {
      AppendUtf8(clusters.code_points[i], &fragment.text);
    }
    fragment.width += cluster.width;
    x += cluster.width;
  }
  line.width = x;
  return line;
}

}  // namespace

bool IsCombiningMark(char32_t c) {
  if (c < 0x0300) return false;  // the usual case, answered at once
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F);
}

std::vector<Line> BreakLines(std::span<const TextRun> runs, const font::FontMetrics& metrics,
                             double size_pt, double max_width) {
  const Clusters clusters = MakeClusters(runs, metrics, size_pt);
  std::vector<Line> lines;
  for (const auto& [begin, end] : Breaker(clusters, max_width).Run()) {
    lines.push_back(MakeLine(clusters, begin, end));
  }
  return lines;
}

std::vector<TextRun> RunsOf(const doc::RichText& text, bool force_bold) {
  std::vector<TextRun> runs;
  runs.reserve(text.size());
  for (const doc::Span& span : text) {
    const bool bold = force_bold || span.style == doc::TextStyle::kBold;
    runs.push_back(TextRun{span.text, bold ? font::Face::kBold : font::Face::kRegular});
  }
  return runs;
}

}  // namespace careplan::layout
