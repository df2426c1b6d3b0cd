// The treatment timeline as charts: a time axis, one lane per treatment (in
// the timeline's order, then the planned ones), each a bar from start to stop
// whose pattern and written word say how it went; markers for the diagnosis
// and the plan date. More lanes than fit on a page are split into several
// charts over the same time axis.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "compose/timeline_look.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// At most this many lanes per chart, fewer when a page is too short for them.
inline constexpr int kMaxLanesPerChart = 15;

// REQUIRES: the timeline has treatments or planned entries.
std::vector<doc::Chart> MakeTimelineCharts(const plan::Timeline& timeline, const Measures& style);

// The bar kinds the charts use, for the key.
std::vector<BarKind> UsedBarKinds(const plan::Timeline& timeline);

}  // namespace careplan::compose
