// A drawing of how to sit for a home blood-pressure reading, made of the
// document's chart primitives: a person seated with their back against the
// chair, their arm resting on a table with the cuff at heart level, and their
// feet flat on the floor. Numbered marks on the drawing match its caption, so
// it reads the same in greyscale and needs no words squeezed into it.
#pragma once

#include "compose/measures.h"
#include "doc/document.h"

namespace careplan::compose {

// Scaled with the body text, so that large print gets a larger drawing.
doc::Chart MakeSeatedReadingPicture(const Measures& measures);

}  // namespace careplan::compose
