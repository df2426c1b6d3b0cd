// LineBreaker: splits styled text into lines no wider than a given width,
// left-aligned and ragged right, by real font metrics. Pure: runs and a width
// in, lines of positioned fragments out. Used by every block layouter.
//
// Rules: words are separated by spaces and never hyphenated; a word wider than
// the whole line (a URL, an e-mail address, a long name) is moved to a line of
// its own and broken there, preferably after '/', '@', '.', '-', '_', '?' or
// '&', otherwise between any two characters. A line break never falls inside a
// UTF-8 sequence nor between a letter and the combining marks that follow it.
// "\n" starts a new line; a trailing "\n" adds no empty line.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "font/font_face.h"
#include "font/font_metrics.h"

namespace careplan::layout {

// A piece of input text in one face.
struct TextRun {
  std::string_view text;  // UTF-8
  font::Face face = font::Face::kRegular;
};

// A piece of one line in one face.
struct LineFragment {
  font::Face face = font::Face::kRegular;
  std::string text;  // UTF-8, no control characters
  double x = 0;      // from the start of the line, points
  double width = 0;  // points
};

struct Line {
  std::vector<LineFragment> fragments;  // empty for a blank line
  double width = 0;                     // points, without leading or trailing spaces
};

// Breaks `runs` set at size_pt into lines of at most max_width points. Only a
// single character wider than max_width can make a line wider than that.
// REQUIRES: size_pt > 0, max_width > 0.
std::vector<Line> BreakLines(std::span<const TextRun> runs, const font::FontMetrics& metrics,
                             double size_pt, double max_width);

// The runs of rich text; force_bold sets every run in bold (table headers).
// The result points into `text`, which must outlive it.
std::vector<TextRun> RunsOf(const doc::RichText& text, bool force_bold = false);

// True for combining marks, which stay with the letter before them.
bool IsCombiningMark(char32_t code_point);

}  // namespace careplan::layout
