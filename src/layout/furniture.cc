#include "layout/furniture.h"

#include <algorithm>

#include "base/utf8.h"
#include "layout/line_breaker.h"

namespace careplan::layout {
namespace {

// Vertical positions of the header and footer, from the margins.
struct FurnitureGeometry {
  double header_baseline = 0;
  double header_rule_y = 0;
  double footer_baseline = 0;
};

// Printers cannot print the outer edge of a sheet: furniture stays this far
// inside it when the margins allow.
constexpr double kPrintableInset = 36;  // 0.5 in

// The header sits just above the top margin with its rule under it, and the
// footer just below the bottom margin; each moves towards the body if a tall
// font would otherwise come within 0.5 in of the edge of the sheet.
FurnitureGeometry Geometry(const LayoutContext& context) {
  const PageStyle& style = context.style();
  const font::FontMetrics& metrics = context.metrics();
  const double size = style.small_size;
  const double ascent = metrics.Ascent(font::Face::kRegular) * size / 1000.0;
  const double descent = -metrics.Descent(font::Face::kRegular) * size / 1000.0;
  FurnitureGeometry geometry;
  geometry.header_baseline =
      std::max(style.margin_top - 0.8 * size - descent, kPrintableInset + ascent);
  geometry.header_rule_y = geometry.header_baseline + descent + 0.3 * size;
  geometry.footer_baseline = std::min(style.page_height - style.margin_bottom + 0.6 * size + ascent,
                                      style.page_height - kPrintableInset - descent);
  return geometry;
}

// The footer: a left text and a right text ("Page X of Y", never cut)
// sharing one line; the left text gets the room that is left.
void AddLeftRight(std::string_view left_text, const std::string& right, double baseline,
                  const LayoutContext& context, Page* page) {
  const double size = context.small();
  const double gap = 1.5 * size;
  const double right_width = context.Measure(font::Face::kRegular, right, size);
  AddItem(&page->items, TextItem{context.right() - right_width, baseline, font::Face::kRegular,
                                 size, kBlack, right});
  const std::string left =
      FitText(left_text, font::Face::kRegular, size, context.width() - right_width - gap, context);
  if (!left.empty()) {
    AddItem(&page->items,
            TextItem{context.left(), baseline, font::Face::kRegular, size, kBlack, left});
  }
}

constexpr size_t kMaxHeaderLeftLines = 3;

// The running header's lines: the left text wrapped to the full width (at
// most three lines, the last cut short only beyond that), and the right text
// beside the last line when it fits there, else on a line of its own.
struct HeaderPlan {
  std::vector<std::string> left_lines;
  std::string right;
  bool right_on_own_line = false;
  size_t line_count() const { return left_lines.size() + (right_on_own_line ? 1 : 0); }
};

HeaderPlan PlanHeader(const doc::DocumentInfo& info, const LayoutContext& context) {
  HeaderPlan plan;
  const double size = context.small();
  plan.right = FitText(info.header_right, font::Face::kRegular, size, context.width(), context);
  const TextRun run{info.header_left, font::Face::kRegular};
  std::vector<Line> lines =
      BreakLines(std::span<const TextRun>(&run, 1), context.metrics(), size, context.width());
  for (const Line& line : lines) {
    std::string text;
    for (const LineFragment& fragment : line.fragments) text += fragment.text;
    plan.left_lines.push_back(text);
  }
  if (plan.left_lines.size() > kMaxHeaderLeftLines) {
    std::string rest;
    for (size_t i = kMaxHeaderLeftLines - 1; i < plan.left_lines.size(); ++i) {
      rest += (rest.empty() ? "" : " ") + plan.left_lines[i];
    }
    plan.left_lines.resize(kMaxHeaderLeftLines - 1);
    plan.left_lines.push_back(FitText(rest, font::Face::kRegular, size, context.width(), context));
  }
  const double last_width =
      plan.left_lines.empty() ? 0
                              : context.Measure(font::Face::kRegular, plan.left_lines.back(), size);
  const double right_width = context.Measure(font::Face::kRegular, plan.right, size);
  plan.right_on_own_line = !plan.right.empty() && !plan.left_lines.empty() &&
                           last_width + 1.5 * size + right_width > context.width();
  return plan;
}

double HeaderLineStep(const LayoutContext& context) { return context.LineHeight(context.small()); }

void AddHeader(const HeaderPlan& plan, double last_baseline, const LayoutContext& context,
               Page* page) {
  const double size = context.small();
  double baseline = last_baseline - HeaderLineStep(context) * (plan.line_count() - 1);
  for (const std::string& line : plan.left_lines) {
    AddItem(&page->items,
            TextItem{context.left(), baseline, font::Face::kRegular, size, kBlack, line});
    baseline += HeaderLineStep(context);
  }
  if (!plan.right.empty()) {
    const double right_baseline = plan.right_on_own_line || plan.left_lines.empty()
                                      ? last_baseline
                                      : baseline - HeaderLineStep(context);
    const double width = context.Measure(font::Face::kRegular, plan.right, size);
    AddItem(&page->items, TextItem{context.right() - width, right_baseline, font::Face::kRegular,
                                   size, kBlack, plan.right});
  }
}

}  // namespace

double HeaderExtraHeight(const doc::DocumentInfo& info, const LayoutContext& context) {
  const HeaderPlan plan = PlanHeader(info, context);
  if (plan.line_count() <= 1) return 0;
  return HeaderLineStep(context) * static_cast<double>(plan.line_count() - 1);
}

std::string FitText(std::string_view text, font::Face face, double size_pt, double max_width,
                    const LayoutContext& context) {
  std::u32string code_points = DecodeUtf8(text);
  std::u32string clean;
  for (char32_t c : code_points) {
    if (c == U'\n' || c == U'\t') c = U' ';
    if (c < 0x20 || c == 0x7F) continue;
    clean.push_back(c);
  }
  const font::FontMetrics& metrics = context.metrics();
  const double scale = size_pt / 1000.0;
  double width = 0;
  for (char32_t c : clean) width += metrics.Advance(face, c) * scale;
  if (width <= max_width + 1e-9) return EncodeUtf8(clean);

  // Keep whole characters (with their marks) while they and "…" fit.
  const std::string_view ellipsis = context.Ellipsis();
  const double room = max_width - context.Measure(face, ellipsis, size_pt);
  if (room < 0) return "";
  size_t keep = 0;
  width = 0;
  for (size_t i = 0; i < clean.size();) {
    size_t end = i + 1;
    double cluster = metrics.Advance(face, clean[i]) * scale;
    while (end < clean.size() && IsCombiningMark(clean[end])) {
      cluster += metrics.Advance(face, clean[end++]) * scale;
    }
    if (width + cluster > room + 1e-9) break;
    width += cluster;
    keep = i = end;
  }
  while (keep > 0 && clean[keep - 1] == U' ') --keep;  // no space before "…"
  return EncodeUtf8(std::u32string_view(clean).substr(0, keep)) + std::string(ellipsis);
}

void AddPageFurniture(const LayoutContext& context, PagedDocument* document) {
  const FurnitureGeometry geometry = Geometry(context);
  const doc::DocumentInfo& info = document->info;
  const std::string total = std::to_string(document->pages.size());
  const bool has_header = !info.header_left.empty() || !info.header_right.empty();
  const HeaderPlan header = PlanHeader(info, context);
  for (size_t i = 0; i < document->pages.size(); ++i) {
    Page& page = document->pages[i];
    if (has_header) {
      AddHeader(header, geometry.header_baseline, context, &page);
      const LineItem rule{context.left(),         geometry.header_rule_y, context.right(),
                          geometry.header_rule_y, context.thin_rule(),    kRuleGrey};
      AddItem(&page.items, rule);
    }
    // Handout convention: "Page X of Y" at the bottom right, never cut.
    const std::string page_label = "Page " + std::to_string(i + 1) + " of " + total;
    AddLeftRight(info.footer_left, page_label, geometry.footer_baseline, context, &page);
  }
}

}  // namespace careplan::layout
