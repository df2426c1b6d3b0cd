#include "doc/picture_names.h"

#include <array>
#include <utility>

namespace careplan::doc {
namespace {

constexpr std::array<std::pair<PictureKind, std::string_view>, 2> kPictureNames = {{
    {PictureKind::kRaynaudColourChange, "raynaud-colour-change"},
    {PictureKind::kHandStretches, "hand-stretches"},
}};

}  // namespace

std::string_view PictureName(PictureKind kind) {
  for (const auto& [known, name] : kPictureNames) {
    if (known == kind) return name;
  }
  return "unknown";
}

std::optional<PictureKind> PictureNamed(std::string_view name) {
  for (const auto& [kind, known] : kPictureNames) {
    if (known == name) return kind;
  }
  return std::nullopt;
}

std::string KnownPictureNames() {
  std::string names;
  for (const auto& [kind, name] : kPictureNames) {
    if (!names.empty()) names += ", ";
    names += name;
  }
  return names;
}

}  // namespace careplan::doc
