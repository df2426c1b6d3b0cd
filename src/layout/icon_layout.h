// Placing a small icon (doc::Icon) in the first line of a heading or a
// call-out's title: a square about as tall as a capital letter plus a little,
// standing on the line's baseline, with the text moved right to make room.
// It fits inside the line's height, so it adds no vertical space.
#pragma once

#include <vector>

#include "base/color.h"
#include "doc/document.h"
#include "layout/paged_document.h"

namespace careplan::layout {

// The side of the icon's square, for text of `size_pt`.
double IconSide(double size_pt);

// How far the text moves right for an icon (0 for Icon::kNone).
double IconIndent(doc::Icon icon, double size_pt);

// Adds the icon's shapes with its left edge at x, standing on `baseline`
// (y from the box top), black drawn as `ink`.
void PlaceIcon(doc::Icon icon, double x, double baseline, double size_pt, Color ink,
               std::vector<PlacedItem>* items);

}  // namespace careplan::layout
