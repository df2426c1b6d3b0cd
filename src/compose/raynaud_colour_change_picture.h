// A drawing of Raynaud's colour change, made of the document's chart
// primitives: the same four fingers three times, in the order an attack
// goes, (1) white, (2) blue, (3) red, each with its word and what it means
// under it and a numbered mark that matches the caption. The stages differ in
// shade by a clear margin and the red one has throbbing marks, so they read
// apart in greyscale; the words say it all again. The caption says what to do
// and names the emergency sign (templates' care-raynaud section, S30b, S31,
// S32).
#pragma once

#include <array>

#include "base/color.h"
#include "compose/measures.h"
#include "doc/document.h"

namespace careplan::compose {

// The fingertip colour of each stage, in order: white, blue, red.
inline constexpr std::array<Color, 3> kRaynaudStageColors = {
    Color{255, 255, 255}, Color{46, 69, 158}, Color{230, 97, 97}};

// As wide as the text column allows, up to its design size scaled with the
// body text (large print gets a larger drawing); labels at the chart text size.
doc::Chart MakeRaynaudColourChangePicture(const Measures& measures);

}  // namespace careplan::compose
