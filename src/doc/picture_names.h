// The names by which guide data asks for a drawing ("::: picture NAME"):
// data names the picture, C++ knows how to draw each kind.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "doc/document.h"

namespace careplan::doc {

std::string_view PictureName(PictureKind kind);

// The kind named `name`, or nullopt for a name no drawing has.
std::optional<PictureKind> PictureNamed(std::string_view name);

// "raynaud-colour-change, hand-stretches" (every known name, comma-separated), for errors.
std::string KnownPictureNames();

}  // namespace careplan::doc
