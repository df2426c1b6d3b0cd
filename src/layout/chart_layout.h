// Layout of a chart: its drawing placed at the left margin, scaled uniformly
// (up in large print, down when wider than the text column or taller than a
// page), and its one-sentence description printed under it as a caption. The
// chart and caption are one box, never split.
#pragma once

#include "doc/document.h"
#include "layout/box.h"
#include "layout/layout_context.h"

namespace careplan::layout {

BlockBoxes LayoutChart(const doc::Chart& chart, const LayoutContext& context);

}  // namespace careplan::layout
