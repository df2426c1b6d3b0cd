// A drawing of Raynaud's colour change, made of the document's chart
// primitives: the same four fingers three times, (1) warm, their usual
// colour, (2) in the cold, white or blue, (3) staying cold after warming, the
// emergency sign, each with its word and what it means under it and a
// numbered mark that matches the caption. Only what the facts sheet holds:
// fingers turn white or blue in the cold, keep the whole body warm, and a
// finger that stays white, blue or black and cold after warming needs
// emergency care (S30b, S31, S32); the sequence white, blue, red has no
// source there, so it is not drawn. The stages differ in shade by a clear
// margin, so they read apart in greyscale; the words say it all again.
#pragma once

#include <array>

#include "base/color.h"
#include "compose/measures.h"
#include "doc/document.h"

namespace careplan::compose {

// The fingertip colour of each stage, in order: warm, white, black.
inline constexpr std::array<Color, 3> kRaynaudStageColors = {
    Color{226, 160, 140}, Color{255, 255, 255}, Color{30, 30, 40}};

// In the cold stage every other fingertip is blue, the rest white: "white or blue".
// A lighter blue than navy, so that in greyscale it does not read as the black
// of a finger that stays cold (a rater printing in grey found them alike).
inline constexpr Color kRaynaudColdBlue{70, 110, 200};

// As wide as the text column allows, up to its design size scaled with the
// body text (large print gets a larger drawing); labels at the chart text size.
doc::Chart MakeRaynaudColourChangePicture(const Measures& measures);

}  // namespace careplan::compose
