#include "compose/column_widths.h"

#include <algorithm>
#include <numeric>
#include <string_view>

namespace careplan::compose {
namespace {

// When the columns' longest words cannot all fit, no single word may claim
// more than this share of the width (the others would be squeezed to nothing).
constexpr double kMaxWordShare = 0.3;

double LongestWord(std::string_view text, font::Face face, const Measures& style) {
  double longest = 0;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find_first_of(" \n", start), text.size());
    longest = std::max(longest, style.metrics->MeasureUtf8(face, text.substr(start, end - start),
                                                           style.body_size_pt));
    start = end + 1;
  }
  return longest;
}

double LongestWord(const doc::RichText& text, bool bold, const Measures& style) {
  double longest = 0;
  for (const doc::Span& span : text) {
    const bool is_bold = bold || span.style == doc::TextStyle::kBold;
    longest = std::max(
        longest, LongestWord(span.text, is_bold ? font::Face::kBold : font::Face::kRegular, style));
  }
  return longest;
}

// Shares the width by weight, giving every column at least its minimum: the
// whole of it when all minimums fit (a phone number or an e-mail address is
// never broken when the page allows), else at most kMaxWordShare.
std::vector<double> Share(const std::vector<double>& weights, std::vector<double> minimum,
                          double width) {
  const size_t n = weights.size();
  if (std::accumulate(minimum.begin(), minimum.end(), 0.0) > width) {
    for (double& m : minimum) m = std::min(m, kMaxWordShare * width);
  }
  if (std::accumulate(minimum.begin(), minimum.end(), 0.0) >= width) return minimum;
  std::vector<bool> fixed(n, false);
  std::vector<double> widths(n, 0);
  for (bool changed = true; changed;) {
    changed = false;
    double free = width;
    double weight_sum = 0;
    for (size_t i = 0; i < n; ++i) {
      if (fixed[i])
        free -= minimum[i];
      else
        weight_sum += weights[i];
    }
    for (size_t i = 0; i < n; ++i) {
      if (fixed[i]) continue;
      widths[i] = weight_sum > 0 ? free * weights[i] / weight_sum : 0;
      if (widths[i] < minimum[i]) {
        fixed[i] = changed = true;
        widths[i] = minimum[i];
      }
    }
  }
  return widths;
}

double Padding(const Measures& style) { return 0.8 * style.body_size_pt + 1; }

std::vector<double> MinimumWidths(const doc::Table& table, const Measures& style) {
  size_t columns = table.header.size();
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  std::vector<double> minimum(columns, 0);
  for (size_t c = 0; c < columns; ++c) {
    if (c < table.header.size()) minimum[c] = LongestWord(table.header[c], true, style);
    for (const auto& row : table.rows) {
      if (c < row.size()) minimum[c] = std::max(minimum[c], LongestWord(row[c], false, style));
    }
    minimum[c] += Padding(style);
  }
  return minimum;
}

// One row as a block: its first cell in bold, the others as "header: value".
void AppendRowBlock(const doc::Table& table, const std::vector<doc::RichText>& row,
                    std::vector<doc::Block>* blocks) {
  if (row.empty()) return;
  std::string title;
  for (const doc::Span& span : row[0]) title += span.text;
  blocks->push_back(doc::Heading{3, title, false, false});  // kept with its values
  doc::LabelValueList values;
  for (size_t c = 1; c < row.size(); ++c) {
    std::string label;
    if (c < table.header.size()) {
      for (const doc::Span& span : table.header[c]) label += span.text;
    }
    const bool empty = std::all_of(row[c].begin(), row[c].end(),
                                   [](const doc::Span& span) { return span.text.empty(); });
    if (!empty) values.rows.emplace_back(label, row[c]);
  }
  if (!values.rows.empty()) blocks->push_back(std::move(values));
}

}  // namespace

bool FitsWidth(const std::vector<double>& widths, const Measures& measures) {
  return std::accumulate(widths.begin(), widths.end(), 0.0) <= measures.width_pt + 0.01;
}

bool ColumnsFit(const doc::Table& table, const Measures& measures) {
  const std::vector<double> minimum = MinimumWidths(table, measures);
  return std::accumulate(minimum.begin(), minimum.end(), 0.0) <= measures.width_pt;
}

void FitColumns(const std::vector<double>& weights, const Measures& style, doc::Table* table) {
  std::vector<double> minimum = MinimumWidths(*table, style);
  minimum.resize(weights.size(), Padding(style));
  table->column_weights = Share(weights, minimum, style.width_pt);
}

void AppendTableOrBlocks(doc::Table table, const std::vector<double>& weights,
                         const Measures& measures, std::vector<doc::Block>* blocks) {
  if (ColumnsFit(table, measures)) {
    FitColumns(weights, measures, &table);
    blocks->push_back(std::move(table));
    return;
  }
  for (const auto& row : table.rows) AppendRowBlock(table, row, blocks);
}

void FitColumns(const std::vector<double>& weights, const Measures& style, doc::FormGrid* grid) {
  std::vector<double> minimum(weights.size(), 0);
  for (size_t c = 0; c < weights.size(); ++c) {
    if (c < grid->header.size()) {
      minimum[c] = LongestWord(grid->header[c], font::Face::kBold, style);
    }
    if (c == 0) {
      for (const std::string& text : grid->first_column) {
        minimum[c] = std::max(minimum[c], LongestWord(text, font::Face::kRegular, style));
      }
    }
    for (const std::vector<doc::RichText>& row : grid->filled_rows) {
      if (c < row.size()) minimum[c] = std::max(minimum[c], LongestWord(row[c], false, style));
    }
    minimum[c] += Padding(style);
  }
  grid->column_weights = Share(weights, minimum, style.width_pt);
}

}  // namespace careplan::compose
