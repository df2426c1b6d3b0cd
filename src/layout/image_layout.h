// Layout of a picture (doc::Image, a clinic's logo): drawn at the left margin
// at its given size, scaled down, proportions kept, when it is wider than the
// text column or taller than a page. One box, never split.
#pragma once

#include "doc/document.h"
#include "layout/box.h"
#include "layout/layout_context.h"

namespace careplan::layout {

// No boxes for an image that is null or has no positive, finite size.
BlockBoxes LayoutImage(const doc::Image& image, const LayoutContext& context);

}  // namespace careplan::layout
