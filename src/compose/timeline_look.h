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

// Every kind differs from the others in pattern or in shade of grey, so
// that a black-and-white copy still tells them apart.
enum class BarKind {
  kOngoing,      // solid light blue, with an arrow at the plan date
  kEffective,    // solid dark green
  kPartial,      // hatched orange on white
  kInadequate,   // cross-hatched red on white
  kIntolerance,  // dotted purple on white
  kSideEffects,  // dotted dark brown on a mid tan ground
  kCompleted,    // no fill, solid outline
  kPlanned,      // no fill, dashed outline
};

BarKind KindOf(profile::Outcome outcome);
// The word written beside the bar and in the key: "Worked well", "Planned".
std::string BarLabel(BarKind kind);

// The bar, x..x+width and y..y+height in points, as one or two rectangles
// (a plain ground under a pattern); the last one has the outline.
std::vector<doc::ChartRect> Bar(BarKind kind, double x, double y, double width, double height);
// The arrow head at the right end of an ongoing bar (tip at x + length).
doc::ChartPolygon ArrowHead(double x, double y, double height);
double ArrowLength(double bar_height);

// The key: one swatch and word for each kind in `used` (in BarKind order),
// flowed into rows across the chart width.
doc::Chart MakeTimelineKey(const std::vector<BarKind>& used, const Measures& style);

}  // namespace careplan::compose
