// How each kind of treatment bar looks in the timeline: a fill pattern and a
// colour, so that the outcome reads in black and white as well as in colour,
// and the word written beside it. Also the key (legend) chart that explains
// the patterns used.
#pragma once

#include <string>
#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "profile/profile.h"

namespace careplan::compose {

enum class BarKind {
  kOngoing,      // solid mid blue, with an arrow at the plan date
  kEffective,    // solid dark green
  kPartial,      // hatched orange
  kInadequate,   // cross-hatched red
  kIntolerance,  // dotted purple
  kSideEffects,  // dotted brown
  kCompleted,    // solid light grey
  kPlanned,      // no fill, dashed outline
};

BarKind KindOf(profile::Outcome outcome);
// The word written beside the bar and in the key: "Worked well", "Planned".
std::string BarLabel(BarKind kind);

// The bar as a rectangle, x..x+width and y..y+height in points.
doc::ChartRect Bar(BarKind kind, double x, double y, double width, double height);
// The arrow head at the right end of an ongoing bar (tip at x + length).
doc::ChartPolygon ArrowHead(double x, double y, double height);
double ArrowLength(double bar_height);

// The key: one swatch and word for each kind in `used` (in BarKind order),
// flowed into rows across the chart width.
doc::Chart MakeTimelineKey(const std::vector<BarKind>& used, const Measures& style);

}  // namespace careplan::compose
