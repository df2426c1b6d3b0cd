#include "compose/timeline_look.h"

#include <algorithm>

#include "compose/plain_words.h"

namespace careplan::compose {
namespace {

constexpr Color kBarOutline{0x20, 0x20, 0x20};

struct Look {
  doc::Fill fill;
  Color color;
};

Look LookOf(BarKind kind) {
  switch (kind) {
    case BarKind::kOngoing:
      return {doc::Fill::kSolid, Color{0x2e, 0x6d, 0xa4}};
    case BarKind::kEffective:
      return {doc::Fill::kSolid, Color{0x1b, 0x5e, 0x20}};
    case BarKind::kPartial:
      return {doc::Fill::kHatched, Color{0xa3, 0x4a, 0x00}};
    case BarKind::kInadequate:
      return {doc::Fill::kCrossHatched, Color{0xa5, 0x0f, 0x15}};
    case BarKind::kIntolerance:
      return {doc::Fill::kDotted, Color{0x5b, 0x2a, 0x86}};
    case BarKind::kSideEffects:
      return {doc::Fill::kDotted, Color{0x6d, 0x3b, 0x08}};
    case BarKind::kCompleted:
      return {doc::Fill::kSolid, Color{0xc4, 0xc9, 0xce}};
    case BarKind::kPlanned:
      return {doc::Fill::kNone, kBlack};
  }
  return {doc::Fill::kNone, kBlack};
}

constexpr BarKind kAllKinds[] = {BarKind::kOngoing,    BarKind::kEffective,   BarKind::kPartial,
                                 BarKind::kInadequate, BarKind::kIntolerance, BarKind::kSideEffects,
                                 BarKind::kCompleted,  BarKind::kPlanned};

}  // namespace

BarKind KindOf(profile::Outcome outcome) {
  switch (outcome) {
    case profile::Outcome::kOngoing:
      return BarKind::kOngoing;
    case profile::Outcome::kEffective:
      return BarKind::kEffective;
    case profile::Outcome::kPartialResponse:
      return BarKind::kPartial;
    case profile::Outcome::kInadequateResponse:
      return BarKind::kInadequate;
    case profile::Outcome::kIntolerance:
      return BarKind::kIntolerance;
    case profile::Outcome::kSideEffects:
      return BarKind::kSideEffects;
    case profile::Outcome::kCompleted:
      return BarKind::kCompleted;
  }
  return BarKind::kOngoing;
}

std::string BarLabel(BarKind kind) {
  switch (kind) {
    case BarKind::kOngoing:
      return OutcomeLabel(profile::Outcome::kOngoing);
    case BarKind::kEffective:
      return OutcomeLabel(profile::Outcome::kEffective);
    case BarKind::kPartial:
      return OutcomeLabel(profile::Outcome::kPartialResponse);
    case BarKind::kInadequate:
      return OutcomeLabel(profile::Outcome::kInadequateResponse);
    case BarKind::kIntolerance:
      return OutcomeLabel(profile::Outcome::kIntolerance);
    case BarKind::kSideEffects:
      return OutcomeLabel(profile::Outcome::kSideEffects);
    case BarKind::kCompleted:
      return OutcomeLabel(profile::Outcome::kCompleted);
    case BarKind::kPlanned:
      return "Planned";
  }
  return "";
}

doc::ChartRect Bar(BarKind kind, double x, double y, double width, double height) {
  const Look look = LookOf(kind);
  doc::ChartRect rect;
  rect.x = x;
  rect.y = y;
  rect.width = width;
  rect.height = height;
  rect.fill = look.fill;
  rect.fill_color = look.color;
  rect.outline = true;
  rect.dashed_outline = kind == BarKind::kPlanned;
  rect.outline_color = kind == BarKind::kPlanned ? kBlack : kBarOutline;
  return rect;
}

double ArrowLength(double bar_height) { return 0.8 * bar_height; }

doc::ChartPolygon ArrowHead(double x, double y, double height) {
  const double overhang = 0.3 * height;
  doc::ChartPolygon arrow;
  arrow.points = {
      {x, y - overhang}, {x + ArrowLength(height), y + height / 2}, {x, y + height + overhang}};
  arrow.fill_color = kBlack;
  return arrow;
}

doc::Chart MakeTimelineKey(const std::vector<BarKind>& used, const Measures& style) {
  const double size = style.text_size_pt;
  const double bar_height = 0.75 * size;
  const double swatch = 2.4 * size;
  const double gap = 0.4 * size;
  const double spacing = 1.4 * size;
  const double row_height = std::max(style.TextHeight(), bar_height * 1.6) + 0.4 * size;
  doc::Chart chart;
  chart.width_pt = style.width_pt;
  double x = 0;
  int row = 0;
  for (BarKind kind : kAllKinds) {
    if (std::find(used.begin(), used.end(), kind) == used.end()) continue;
    const bool arrow = kind == BarKind::kOngoing;
    const double mark = swatch + (arrow ? ArrowLength(bar_height) : 0);
    const std::string label = style.Fit(BarLabel(kind), style.width_pt - mark - gap);
    const double width = mark + gap + style.Measure(label);
    if (x > 0 && x + width > style.width_pt) {
      x = 0;
      ++row;
    }
    const double top = row * row_height;
    const double middle = top + row_height / 2;
    chart.items.push_back(Bar(kind, x, middle - bar_height / 2, swatch, bar_height));
    if (arrow) chart.items.push_back(ArrowHead(x + swatch, middle - bar_height / 2, bar_height));
    const double baseline = middle + (style.Ascent() - style.Descent()) / 2;
    chart.items.push_back(style.Text(x + mark + gap, baseline, label));
    x += width + spacing;
  }
  chart.height_pt = chart.items.empty() ? 0 : (row + 1) * row_height;
  chart.description = "Key to the patterns of the bars in the timeline below.";
  return chart;
}

}  // namespace careplan::compose
