#include "layout/table_layout.h"

#include <algorithm>
#include <cmath>

#include "layout/table_columns.h"

namespace careplan::layout {
namespace {

// How the rows of one grid are drawn.
struct RowFormat {
  std::vector<double> column_x;      // left edge of each column
  std::vector<double> column_width;  // width of each column
  double size_pt = 12;
  double line_height = 16;
  double pad_x = 0;
  double pad_y = 0;
  double min_height = 0;  // blank rows of a form grid are tall enough to write in
  bool grid = true;       // vertical lines and a rule under each row
  // A table's tall rows may break between lines (see BreakableRowParts); a
  // form's rows, made to be written in, never do.
  bool breakable_rows = false;
  bool first_column_may_break = false;  // doc::Table::first_column_may_break
  double left = 0;                      // the grid's outer edges
  double right = 0;
};

using CellLines = std::vector<std::vector<Line>>;  // the lines of each cell of a row

enum class RowRule { kThin, kHeader };

// A table row this many lines tall or taller may break between its lines
// (two lines on each side at least).
constexpr size_t kMinBreakableRowLines = 4;

RowFormat GridFormat(const std::vector<double>& weights, size_t columns,
                     const LayoutContext& context) {
  RowFormat format;
  format.column_width = ColumnWidths(weights, columns, context.width());
  double x = context.left();
  for (double width : format.column_width) {
    format.column_x.push_back(x);
    x += width;
  }
  format.size_pt = context.body();
  format.line_height = context.LineHeight(format.size_pt);
  format.pad_x = context.cell_padding_x();
  format.pad_y = context.cell_padding_y();
  format.left = context.left();
  format.right = context.right();
  return format;
}

double TextWidth(const RowFormat& format, size_t column) {
  return std::max(format.column_width[column] - 2 * format.pad_x, 1.0);
}

CellLines BreakCells(const std::vector<doc::RichText>& cells, const RowFormat& format, bool bold,
                     const LayoutContext& context) {
  CellLines lines(format.column_width.size());
  for (size_t c = 0; c < lines.size() && c < cells.size(); ++c) {
    lines[c] = context.Break(cells[c], format.size_pt, TextWidth(format, c), bold);
  }
  return lines;
}

size_t MaxLines(const CellLines& cells, size_t begin) {
  size_t most = 0;
  for (const auto& cell : cells)
    most = std::max(most, cell.size() > begin ? cell.size() - begin : 0);
  return most;
}

// Which edges of a row a part has: a whole row has both; the parts of a row
// that may break between lines share its padding, so that together they are
// exactly as tall as the whole row.
struct PartEdges {
  bool top = true;
  bool bottom = true;
};

// One box showing lines [begin, begin + count) of every cell.
Box RowPart(const CellLines& cells, size_t begin, size_t count, const RowFormat& format,
            RowRule rule, bool top_rule, const LayoutContext& context, PartEdges edges = {}) {
  Box box;
  const double pad_top = edges.top ? format.pad_y : 0;
  const double pad_bottom = edges.bottom ? format.pad_y : 0;
  box.height = pad_top + count * format.line_height + pad_bottom;
  if (edges.top && edges.bottom) box.height = std::max(box.height, format.min_height);
  box.line_count = static_cast<int>(std::max<size_t>(count, 1));
  box.continues_row = !edges.top;
  const double baseline = context.BaselineOffset(format.size_pt, format.line_height);
  for (size_t c = 0; c < cells.size(); ++c) {
    const double x = format.column_x[c] + format.pad_x;
    for (size_t i = begin; i < begin + count && i < cells[c].size(); ++i) {
      const double y = pad_top + (i - begin) * format.line_height + baseline;
      EmitLine(cells[c][i], x, y, format.size_pt, kBlack, &box.items);
    }
    box.cell_item_ends.push_back(box.items.size());
  }
  if (!format.grid) return box;
  const double thin = context.thin_rule();
  if (top_rule) {
    AddItem(&box.items, LineItem{format.left, 0, format.right, 0, thin, kRuleGrey, false});
  }
  // A part that the row goes on from closes the frame only when a page ends
  // under it, a padding lower; one that goes on from a part before has the
  // padding above it when it starts a page, under the repeated header.
  const double foot = edges.bottom ? 0 : format.pad_y;
  const double head = edges.top ? 0 : format.pad_y;
  box.foot_if_page_ends = foot;
  box.head_if_page_starts = head;
  for (size_t c = 0; c <= cells.size(); ++c) {
    const double x = c < cells.size() ? format.column_x[c] : format.right;
    AddItem(&box.items, LineItem{x, 0, x, box.height, thin, kRuleGrey, false});
    if (foot > 0) {
      AddItem(&box.items_if_page_ends,
              LineItem{x, box.height, x, box.height + foot, thin, kRuleGrey, false});
    }
    if (head > 0)
      AddItem(&box.items_if_page_starts, LineItem{x, -head, x, 0, thin, kRuleGrey, false});
  }
  // The header is set off by a thicker black rule instead of shading, so no
  // text sits on a tint.
  const bool header = rule == RowRule::kHeader;
  // Dashed where the row goes on over the page.
  AddItem(
      edges.bottom ? &box.items : &box.items_if_page_ends,
      LineItem{format.left, box.height + foot, format.right, box.height + foot,
               header ? 1.5 * context.scale() : thin, header ? kBlack : kRuleGrey, !edges.bottom});
  return box;
}

// The lines of a cell that hold its bold run-in name ("Heart tracing (ECG)
// and heart blood test (NT-proBNP):"): a page never ends inside it.
size_t NameLines(const std::vector<Line>& cell) {
  size_t lines = 0;
  for (size_t i = 0; i < cell.size(); ++i) {
    for (const LineFragment& fragment : cell[i].fragments) {
      if (fragment.face == font::Face::kBold) lines = i + 1;
    }
    if (lines <= i) break;  // a line without bold: the name has ended
  }
  return lines;
}

// Whether a page may end after line k of a row: two lines at least on each
// side; no cell cut into a short piece (a cell of 3 lines or fewer, a date,
// a dose, a name, stays whole, and a longer one keeps two lines on each
// side), nor inside its bold name. A sentence may run on: holding every
// cut to a sentence's end kept most tall rows whole, and large-print Part 1
// a page longer for four of the eight examples; the frame's dashed foot and
// the row's name over the rest say that it goes on.
bool MayBreakAfter(const CellLines& cells, size_t k, size_t lines, bool first_column_may_break) {
  if (k < 2 || lines - k < 2) return false;
  // The first column names the row (a medicine and its dose): unless it is
  // prose, it is never cut, and the rest goes on under the row's name.
  if (!first_column_may_break && !cells.empty() && cells[0].size() > k) return false;
  for (const auto& cell : cells) {
    const size_t size = cell.size();
    if (size <= k) continue;
    if (size <= 3 || size - k < 2 || k < NameLines(cell)) return false;
  }
  return true;
}

// The words that name a continued row in its first column: "ramipril (ACE
// inhibitor), continued".
std::vector<Line> ContinuedLabel(const std::string& label, const RowFormat& format,
                                 const LayoutContext& context) {
  return context.Break(doc::Plain(label + ", continued"), format.size_pt, TextWidth(format, 0),
                       false);
}

// A table row of kMinBreakableRowLines lines or more, as parts a page may
// end between (MayBreakAfter). In large print a medicine with its rules,
// kept whole, left a third of a page empty above it again and again.
// `label` names the row ("ramipril (ACE inhibitor)"): a part that starts a
// page where the first column has no more lines says "ramipril (ACE
// inhibitor), continued" there, so that the reader knows whose rules these are.
std::vector<Box> BreakableRowParts(const CellLines& cells, size_t lines, const RowFormat& format,
                                   bool top_rule, const std::string& label,
                                   const LayoutContext& context) {
  const std::vector<Line> label_lines =
      label.empty() ? std::vector<Line>{} : ContinuedLabel(label, format, context);
  std::vector<size_t> starts = {0};
  for (size_t k = 1; k < lines; ++k) {
    // Where the first column has nothing left, the row's name must fit
    // beside what goes on (a row without one does not break there).
    const bool name_fits = cells.empty() || cells[0].size() > k ||
                           (!label_lines.empty() && lines - k >= label_lines.size());
    if (name_fits && MayBreakAfter(cells, k, lines, format.first_column_may_break)) {
      starts.push_back(k);
    }
  }
  std::vector<Box> parts;
  const double baseline = context.BaselineOffset(format.size_pt, format.line_height);
  for (size_t p = 0; p < starts.size(); ++p) {
    const size_t begin = starts[p];
    const size_t end = p + 1 < starts.size() ? starts[p + 1] : lines;
    const PartEdges edges{begin == 0, end == lines};
    Box part = RowPart(cells, begin, end - begin, format, RowRule::kThin, top_rule && begin == 0,
                       context, edges);
    if (begin > 0 && !label_lines.empty() && !cells.empty() && cells[0].size() <= begin) {
      for (size_t i = 0; i < label_lines.size() && i < lines - begin; ++i) {
        EmitLine(label_lines[i], format.column_x[0] + format.pad_x,
                 static_cast<double>(i) * format.line_height + baseline, format.size_pt, kBlack,
                 &part.items_if_page_starts);
      }
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

// How many lines of a row fit in a part no taller than max_height.
size_t LinesPerPart(double max_height, const RowFormat& format) {
  const double room = max_height - 2 * format.pad_y;
  return std::max<size_t>(1, static_cast<size_t>(std::floor(room / format.line_height + 1e-9)));
}

// A row as one box, or, when it is taller than max_height, as several parts
// cut between lines, the first shorter by first_reserve (see split_reserve).
std::vector<Box> RowBoxes(const CellLines& cells, const RowFormat& format, RowRule rule,
                          bool top_rule, double max_height, double first_reserve,
                          const LayoutContext& context, const std::string& label = "") {
  const size_t lines = MaxLines(cells, 0);
  if (2 * format.pad_y + lines * format.line_height <= max_height + 1e-9) {
    if (format.breakable_rows && rule == RowRule::kThin && lines >= kMinBreakableRowLines) {
      return BreakableRowParts(cells, lines, format, top_rule, label, context);
    }
    return {RowPart(cells, 0, lines, format, rule, top_rule, context)};
  }
  std::vector<Box> parts;
  size_t count = LinesPerPart(max_height - first_reserve, format);
  for (size_t begin = 0; begin < lines; begin += count) {
    if (begin > 0) count = LinesPerPart(max_height, format);
    count = std::min(count, lines - begin);
    parts.push_back(RowPart(cells, begin, count, format, rule, top_rule && begin == 0, context));
  }
  return parts;
}

// The box placed at the top of each page a grid continues on: a small
// "(continued)" line, then the header row again (or a top rule when the grid
// has no header).
Box RepeatHeader(const CellLines& header, const RowFormat& format, const LayoutContext& context) {
  const double size = context.small();
  const double line_height = context.LineHeight(size);
  Box label;
  label.height = line_height;
  AddItem(&label.items, TextItem{context.left(), context.BaselineOffset(size, line_height),
                                 font::Face::kRegular, size, kBlack, "(continued)"});
  if (header.empty()) {
    AddItem(&label.items, LineItem{format.left, line_height, format.right, line_height,
                                   context.thin_rule(), kRuleGrey, false});
    return label;
  }
  std::vector<Box> parts{label};
  for (Box& row :
       RowBoxes(header, format, RowRule::kHeader, true, context.max_box_height() / 2, 0, context)) {
    parts.push_back(std::move(row));
  }
  return Stack(parts);
}

// A table split across pages leaves at least this many body rows on each
// side (the header row and any "(continued)" header come on top), or one
// row of at least kMinLinesAtSplit lines: a tall row (a check with its why,
// a medicine with its rules) reads well alone, and two of them would often
// leave the rest of a page empty.
constexpr size_t kMinRowsAtSplit = 2;
constexpr int kMinLinesAtSplit = 4;

// A label–value list no taller than this share of a page is kept whole.
constexpr double kMaxKeptListShare = 0.4;

// The lines of body row r (its boxes run up to the next row's first box).
int RowLines(const std::vector<size_t>& row_starts, size_t r, const std::vector<Box>& boxes) {
  const size_t end = r + 1 < row_starts.size() ? row_starts[r + 1] : boxes.size();
  int lines = 0;
  for (size_t i = row_starts[r]; i < end; ++i) lines += boxes[i].line_count;
  return lines;
}

// Joins the first kMinRowsAtSplit rows to the header and to each other, and
// the last kMinRowsAtSplit rows to each other, except after (or before) a
// row tall enough to stand alone; row_starts holds the index of each body
// row's first box.
void KeepRowsTogetherAtSplits(const std::vector<size_t>& row_starts, bool has_header,
                              std::vector<Box>* boxes) {
  const size_t rows = row_starts.size();
  for (size_t r = 0; r < rows; ++r) {
    const bool at_start = r < kMinRowsAtSplit && (r > 0 || has_header) &&
                          (r == 0 || RowLines(row_starts, 0, *boxes) < kMinLinesAtSplit);
    const bool at_end = r > 0 && r + kMinRowsAtSplit > rows &&
                        RowLines(row_starts, rows - 1, *boxes) < kMinLinesAtSplit;
    if (at_start || at_end) (*boxes)[row_starts[r]].keep_with_previous = true;
  }
}

// What names a table row: the bold words its first cell starts with (a
// medicine's name, a check's), without a closing colon; else the whole first
// cell when it is short (a treatment's name in regular type); else nothing.
std::string RowLabel(const doc::RichText& first_cell) {
  std::string label;
  for (const doc::Span& span : first_cell) {
    if (span.style != doc::TextStyle::kBold) break;
    label += span.text;
  }
  if (label.empty()) {
    for (const doc::Span& span : first_cell) label += span.text;
    if (label.size() > 60 || label.find('\n') != std::string::npos) label.clear();
  }
  while (!label.empty() && (label.back() == ' ' || label.back() == ':')) label.pop_back();
  return label;
}

// Lays out a grid: header row (if any), then the rows, all in repeat group 0.
// Rows from first_spare_row on are blank writing space (see Box::spare).
// `labels` name the rows of a table, for a row continued on a new page.
BlockBoxes LayoutGrid(const CellLines& header, const std::vector<CellLines>& rows,
                      size_t first_spare_row, const RowFormat& format, const LayoutContext& context,
                      const std::vector<std::string>& labels = {}) {
  BlockBoxes block;
  block.repeat_headers.push_back(RepeatHeader(header, format, context));
  const double max_row_height = context.max_box_height() - block.repeat_headers[0].height;
  if (!header.empty()) {
    block.boxes = RowBoxes(header, format, RowRule::kHeader, true, max_row_height,
                           context.split_reserve(), context);
  }
  std::vector<size_t> row_starts;
  for (size_t r = 0; r < rows.size(); ++r) {
    const bool first = block.boxes.empty();
    row_starts.push_back(block.boxes.size());
    for (Box& part :
         RowBoxes(rows[r], format, RowRule::kThin, first, max_row_height, context.split_reserve(),
                  context, r < labels.size() ? labels[r] : std::string())) {
      part.spare = r >= first_spare_row;
      block.boxes.push_back(std::move(part));
    }
  }
  for (Box& box : block.boxes) box.repeat_group = 0;
  // The header never ends a page without rows under it, and a split leaves
  // no row alone on either page.
  KeepRowsTogetherAtSplits(row_starts, !header.empty(), &block.boxes);
  block.space_before = block.space_after = context.style().paragraph_gap;
  return block;
}

}  // namespace

std::vector<double> ColumnWidths(const std::vector<double>& weights, size_t columns,
                                 double total_width) {
  bool usable = weights.size() == columns;
  double sum = 0;
  for (double weight : weights) {
    usable = usable && std::isfinite(weight) && weight > 0;
    sum += weight;
  }
  std::vector<double> widths(columns, columns ? total_width / columns : 0);
  if (!usable) return widths;
  for (size_t c = 0; c < columns; ++c) widths[c] = total_width * weights[c] / sum;
  return widths;
}

BlockBoxes LayoutTable(const doc::Table& table, const LayoutContext& context) {
  size_t columns = std::max(table.header.size(), table.column_weights.size());
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  if (columns == 0) return {};
  const std::vector<double> start_widths =
      ColumnWidths(table.column_weights, columns, context.width());
  RowFormat format = GridFormat(
      HeightSavingWidths(table, start_widths, context.cell_padding_x(), context), columns, context);
  format.breakable_rows = true;
  format.first_column_may_break = table.first_column_may_break;
  const CellLines header =
      table.header.empty() ? CellLines{} : BreakCells(table.header, format, true, context);
  std::vector<CellLines> rows;
  std::vector<std::string> labels;
  rows.reserve(table.rows.size());
  for (const auto& row : table.rows) {
    rows.push_back(BreakCells(row, format, false, context));
    labels.push_back(row.empty() ? std::string() : RowLabel(row[0]));
  }
  return LayoutGrid(header, rows, rows.size(), format, context, labels);
}

BlockBoxes LayoutFormGrid(const doc::FormGrid& grid, const LayoutContext& context) {
  const size_t columns = std::max({grid.header.size(), grid.column_weights.size(), size_t{1}});
  RowFormat format = GridFormat(grid.column_weights, columns, context);

  std::vector<doc::RichText> header_cells;
  for (const std::string& text : grid.header) header_cells.push_back(doc::Plain(text));
  const CellLines header =
      header_cells.empty() ? CellLines{} : BreakCells(header_cells, format, true, context);

  format.min_height = context.write_line_spacing();
  const size_t row_count =
      std::max(static_cast<size_t>(std::max(grid.blank_rows, 0)), grid.first_column.size());
  std::vector<CellLines> rows;
  rows.reserve(grid.filled_rows.size() + row_count);
  for (const std::vector<doc::RichText>& filled : grid.filled_rows) {
    rows.push_back(BreakCells(filled, format, false, context));
  }
  for (size_t r = 0; r < row_count; ++r) {
    std::vector<doc::RichText> cells;
    if (r < grid.first_column.size()) cells.push_back(doc::Plain(grid.first_column[r]));
    rows.push_back(BreakCells(cells, format, false, context));
  }
  // Blank rows after the pre-filled ones and the first few are spare.
  const size_t first_spare_row =
      grid.filled_rows.size() + std::max(grid.first_column.size(), kFirmBlankRows);
  return LayoutGrid(header, rows, first_spare_row, format, context);
}

BlockBoxes LayoutLabelValueList(const doc::LabelValueList& list, const LayoutContext& context) {
  const double size = context.body();
  const double gap = 0.8 * size;
  // The label column is as wide as the widest label, up to 40% of the column.
  double label_width = 0;
  for (const auto& [label, value] : list.rows) {
    label_width = std::max(label_width, context.Measure(font::Face::kBold, label, size));
  }
  label_width = std::clamp(label_width, 1.0, 0.4 * context.width());

  RowFormat format;
  format.column_x = {context.left(), context.left() + label_width + gap};
  format.column_width = {label_width, context.width() - label_width - gap};
  format.size_pt = size;
  format.line_height = context.LineHeight(size);
  format.grid = false;

  BlockBoxes block;
  std::vector<size_t> row_starts;
  double height = 0;
  for (const auto& [label, value] : list.rows) {
    const CellLines cells{context.Break(label, font::Face::kBold, size, format.column_width[0]),
                          context.Break(value, size, format.column_width[1])};
    std::vector<Box> parts = RowBoxes(cells, format, RowRule::kThin, false,
                                      context.max_box_height(), context.split_reserve(), context);
    if (!block.boxes.empty()) parts.front().space_before = context.item_gap();
    row_starts.push_back(block.boxes.size());
    for (Box& part : parts) {
      height += part.space_before + part.height;
      block.boxes.push_back(std::move(part));
    }
  }
  // A short list (one person's details, one treatment) is never split; a
  // longer one leaves at least two rows on each side of a page break.
  if (height <= kMaxKeptListShare * context.max_box_height()) {
    for (size_t i = 1; i < block.boxes.size(); ++i) block.boxes[i].keep_with_previous = true;
  } else {
    KeepRowsTogetherAtSplits(row_starts, false, &block.boxes);
  }
  block.space_before = block.space_after = context.style().paragraph_gap;
  return block;
}

}  // namespace careplan::layout
