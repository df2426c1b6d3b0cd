#include "layout/table_columns.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <string_view>

#include "layout/line_breaker.h"

namespace careplan::layout {
namespace {

// Width moves in steps of this share of the table width (about 2.4 pt on
// A4). A move of one step rarely saves a line, so every size of move is
// tried, up to all the width the giving column can spare.
constexpr int kStepsPerWidth = 200;
constexpr int kMaxMoves = 100;

// A cell as the widths of its words, per line of the source ("\n" starts one).
struct CellWords {
  std::vector<std::vector<double>> paragraphs;
  double longest = 0;
};

CellWords MeasureCell(const doc::RichText& text, bool bold, double size,
                      const LayoutContext& context) {
  CellWords cell;
  cell.paragraphs.emplace_back();
  double word = 0;
  bool in_word = false;
  auto end_word = [&] {
    if (in_word) {
      cell.paragraphs.back().push_back(word);
      cell.longest = std::max(cell.longest, word);
    }
    word = 0;
    in_word = false;
  };
  for (const TextRun& run : RunsOf(text, bold)) {
    size_t start = 0;
    while (start < run.text.size()) {
      const size_t end = std::min(run.text.find_first_of(" \n", start), run.text.size());
      if (end > start) {
        word += context.Measure(run.face, run.text.substr(start, end - start), size);
        in_word = true;
      }
      if (end == run.text.size()) break;
      end_word();
      if (run.text[end] == '\n') cell.paragraphs.emplace_back();
      start = end + 1;
    }
  }
  end_word();
  // A trailing "\n" adds no empty line (as in the line breaker).
  if (cell.paragraphs.size() > 1 && cell.paragraphs.back().empty()) cell.paragraphs.pop_back();
  return cell;
}

// Lines of a cell broken greedily at `width`, as the line breaker does.
int LineCount(const CellWords& cell, double width, double space) {
  int lines = 0;
  for (const std::vector<double>& words : cell.paragraphs) {
    ++lines;
    double line = -1;  // no word on the line yet
    for (double word : words) {
      if (line < 0) {
        line = word;
      } else if (line + space + word <= width + 1e-6) {
        line += space + word;
      } else {
        ++lines;
        line = word;
      }
    }
  }
  return lines;
}

class WidthSearch {
 public:
  WidthSearch(std::vector<std::vector<CellWords>> rows, std::vector<double> start, double unit,
              double padding_x, double space)
      : rows_(std::move(rows)),
        start_(std::move(start)),
        unit_(unit),
        padding_x_(padding_x),
        space_(space),
        cache_(start_.size(),
               std::vector<std::optional<std::vector<int>>>(2 * kStepsPerWidth + 1)) {}

  double Width(size_t column, int steps) const { return start_[column] + steps * unit_; }

  // Total lines of all rows with column c moved by steps[c].
  long Height(const std::vector<int>& steps) {
    long height = 0;
    for (size_t r = 0; r < rows_.size(); ++r) {
      int most = 0;
      for (size_t c = 0; c < start_.size(); ++c) most = std::max(most, Lines(c, steps[c])[r]);
      height += most;
    }
    return height;
  }

 private:
  const std::vector<int>& Lines(size_t column, int steps) {
    std::optional<std::vector<int>>& cached = cache_[column][steps + kStepsPerWidth];
    if (!cached) {
      const double text_width = std::max(Width(column, steps) - 2 * padding_x_, 1.0);
      cached.emplace();
      for (const std::vector<CellWords>& row : rows_) {
        cached->push_back(column < row.size() ? LineCount(row[column], text_width, space_) : 1);
      }
    }
    return *cached;
  }

  std::vector<std::vector<CellWords>> rows_;
  std::vector<double> start_;
  double unit_;
  double padding_x_;
  double space_;
  std::vector<std::vector<std::optional<std::vector<int>>>> cache_;
};

}  // namespace

std::vector<double> HeightSavingWidths(const doc::Table& table, const std::vector<double>& start,
                                       double padding_x, const LayoutContext& context) {
  const size_t columns = start.size();
  if (columns < 2 || table.rows.empty()) return start;
  double total = 0;
  for (double width : start) total += width;
  const double size = context.body();
  std::vector<double> minimum(columns, 0);
  std::vector<std::vector<CellWords>> rows;
  auto add_row = [&](const std::vector<doc::RichText>& cells, bool bold) {
    std::vector<CellWords>& row = rows.emplace_back();
    for (size_t c = 0; c < cells.size() && c < columns; ++c) {
      row.push_back(MeasureCell(cells[c], bold, size, context));
      minimum[c] = std::max(minimum[c], row.back().longest + 2 * padding_x);
    }
  };
  if (!table.header.empty()) add_row(table.header, true);
  for (const auto& row : table.rows) add_row(row, false);
  for (size_t c = 0; c < columns; ++c) minimum[c] = std::min(minimum[c], start[c]);

  const double unit = total / kStepsPerWidth;
  WidthSearch search(std::move(rows), start, unit, padding_x,
                     context.Measure(font::Face::kRegular, " ", size));
  std::vector<int> steps(columns, 0);
  long height = search.Height(steps);
  // Each round makes the one move (to, from, amount) that saves the most
  // lines; a candidate is tried in place on `steps` and undone.
  for (int move = 0; move < kMaxMoves; ++move) {
    size_t best_to = 0, best_from = 0;
    int best_amount = 0;
    long best_height = height;
    for (size_t to = 0; to < columns; ++to) {
      for (size_t from = 0; from < columns; ++from) {
        if (to == from) continue;
        for (int amount = 1; amount <= kStepsPerWidth; ++amount) {
          if (steps[to] + amount > kStepsPerWidth || steps[from] - amount < -kStepsPerWidth) break;
          if (search.Width(from, steps[from] - amount) < minimum[from] - 1e-6) break;
          steps[to] += amount;
          steps[from] -= amount;
          const long candidate_height = search.Height(steps);
          steps[to] -= amount;
          steps[from] += amount;
          if (candidate_height < best_height) {
            best_height = candidate_height;
            best_to = to;
            best_from = from;
            best_amount = amount;
          }
        }
      }
    }
    if (best_amount == 0) break;
    steps[best_to] += best_amount;
    steps[best_from] -= best_amount;
    height = best_height;
  }
  std::vector<double> widths(columns);
  for (size_t c = 0; c < columns; ++c) widths[c] = search.Width(c, steps[c]);
  return widths;
}

}  // namespace careplan::layout
