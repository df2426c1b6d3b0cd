#include "compose/timeline_look.h"

#include <algorithm>
#include <optional>

#include "compose/plain_words.h"

namespace careplan::compose {
namespace {

constexpr Color kBarOutline{0x20, 0x20, 0x20};

struct Look {
  doc::Fill fill;
  Color color;
  std::optional<Color> ground;  // a solid colour under the pattern
};

// Shades chosen for greyscale: the solids are far apart (light blue about
// 80% grey, dark green about 25%) and the tan ground under the side-effect
// dots is darker than the white under the other patterns.
Look LookOf(BarKind kind) {
  switch (kind) {
    case BarKind::kOngoing:
      return {doc::Fill::kSolid, Color{0xa6, 0xcb, 0xec}, std::nullopt};
    case BarKind::kEffective:
      return {doc::Fill::kSolid, Color{0x1b, 0x5e, 0x20}, std::nullopt};
    case BarKind::kPartial:
      return {doc::Fill::kHatched, Color{0xa3, 0x4a, 0x00}, std::nullopt};
    case BarKind::kInadequate:
      return {doc::Fill::kCrossHatched, Color{0xa5, 0x0f, 0x15}, std::nullopt};
    case BarKind::kIntolerance:
      return {doc::Fill::kDotted, Color{0x5b, 0x2a, 0x86}, std::nullopt};
    case BarKind::kSideEffects:
      return {doc::Fill::kDotted, Color{0x3e, 0x22, 0x05}, Color{0xc9, 0xa2, 0x76}};
    case BarKind::kCompleted:
    case BarKind::kPlanned:
      return {doc::Fill::kNone, kBlack, std::nullopt};
  }
  return {doc::Fill::kNone, kBlack, std::nullopt};
}

doc::ChartRect Rect(double x, double y, double width, double height) {
  doc::ChartRect rect;
  rect.x = x;
  rect.y = y;
  rect.width = width;
  rect.height = height;
  return rect;
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

std::vector<doc::ChartRect> Bar(BarKind kind, double x, double y, double width, double height) {
  const Look look = LookOf(kind);
  std::vector<doc::ChartRect> rects;
  if (look.ground) {
    doc::ChartRect ground = Rect(x, y, width, height);
    ground.fill = doc::Fill::kSolid;
    ground.fill_color = *look.ground;
    ground.outline = false;
    rects.push_back(ground);
  }
  doc::ChartRect rect = Rect(x, y, width, height);
  rect.fill = look.fill;
  rect.fill_color = look.color;
  rect.outline = true;
  rect.dashed_outline = kind == BarKind::kPlanned;
  rect.outline_color = kind == BarKind::kPlanned ? kBlack : kBarOutline;
  rects.push_back(rect);
  return rects;
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
    for (doc::ChartRect& rect : Bar(kind, x, middle - bar_height / 2, swatch, bar_height)) {
      chart.items.push_back(rect);
    }
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
