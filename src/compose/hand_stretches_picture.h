// A drawing of the daily finger stretches, made of the document's chart
// primitives: the same hand twice, (1) fingers straightened, (2) fingers
// bent in, with a two-way arrow between them (bend, then straighten again),
// each with its word and what it means under it and a numbered mark that
// matches the caption. Only what the facts sheet holds: daily range-of-
// motion exercises for the fingers and wrists, hands warmed first, and a
// hand therapist to show which ones (S13, S31, S35); no counts or holding
// times, which have no source there. One colour (skin) and black, so it
// reads the same in greyscale.
#pragma once

#include "compose/measures.h"
#include "doc/document.h"

namespace careplan::compose {

// As wide as the text column allows, up to its design size scaled with the
// body text (large print gets a larger drawing); labels at the chart text size.
doc::Chart MakeHandStretchesPicture(const Measures& measures);

}  // namespace careplan::compose
