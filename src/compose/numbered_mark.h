// A numbered mark: a black disc with a white number on it, that labels a step
// in a drawing so that the caption can say "(1) ... (2) ...". Black and white
// are the two ends of the grey scale, so the mark reads the same in colour,
// in greyscale and on a photocopy, and needs no colour to tell the steps apart.
#pragma once

#include <vector>

#include "doc/document.h"

namespace careplan::compose {

// A mark on a drawing that is designed on its own grid and scaled to points.
struct NumberedMark {
  int number = 1;
  double cx = 0;  // the centre, in the drawing's design units
  double cy = 0;
  double scale = 1;         // points per design unit
  double text_size_pt = 9;  // the number's size; the disc's radius is 0.75 of it
  int disc_sides = 24;      // as many as the drawing's other curves, so it looks as round
};

// Appends the disc and then the number on it, in points, to `items`.
void AddNumberedMark(const NumberedMark& mark, std::vector<doc::ChartItem>* items);

}  // namespace careplan::compose
