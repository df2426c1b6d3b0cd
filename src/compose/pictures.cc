#include "compose/pictures.h"

#include <utility>
#include <variant>

#include "compose/hand_stretches_picture.h"
#include "compose/raynaud_colour_change_picture.h"

namespace careplan::compose {

doc::Chart DrawPicture(doc::PictureKind kind, const Measures& measures) {
  switch (kind) {
    case doc::PictureKind::kHandStretches:
      return MakeHandStretchesPicture(measures);
    case doc::PictureKind::kRaynaudColourChange:
      break;
  }
  return MakeRaynaudColourChangePicture(measures);
}

void DrawPictures(const Measures& measures, std::vector<doc::Block>* blocks) {
  for (doc::Block& block : *blocks) {
    if (const auto* picture = std::get_if<doc::Picture>(&block)) {
      doc::Chart chart = DrawPicture(picture->kind, measures);
      chart.optional = picture->optional;
      block = std::move(chart);
    }
  }
}

}  // namespace careplan::compose
