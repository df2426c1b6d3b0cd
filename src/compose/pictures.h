// Pictures that guide sections name (doc::Picture, "::: picture NAME"):
// each is replaced by its drawing, made to the document's measures.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"

namespace careplan::compose {

doc::Chart DrawPicture(doc::PictureKind kind, const Measures& measures);

// Replaces every doc::Picture in `blocks` with its drawing.
void DrawPictures(const Measures& measures, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
