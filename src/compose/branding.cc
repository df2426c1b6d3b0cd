#include "compose/branding.h"

#include <algorithm>

namespace careplan::compose {

std::pair<double, double> FitImage(int width_px, int height_px, double max_width_pt,
                                   double max_height_pt) {
  if (width_px <= 0 || height_px <= 0) return {0, 0};
  const double scale = std::min(max_width_pt / width_px, max_height_pt / height_px);
  return {width_px * scale, height_px * scale};
}

void AppendBrandingToCover(const content::Theme& theme, std::vector<doc::Block>* blocks) {
  if (theme.logo) {
    const ImageInfo& info = theme.logo->info();
    const auto [width, height] =
        FitImage(info.width_px, info.height_px, kLogoMaxWidthPt, kLogoMaxHeightPt);
    blocks->push_back(doc::Image{theme.logo, width, height});
  }
  doc::RichText letterhead;
  if (!theme.organisation.empty()) {
    letterhead.push_back({theme.organisation, doc::TextStyle::kBold});
  }
  if (!theme.contact.empty()) {
    letterhead.push_back(
        {(letterhead.empty() ? "" : "\n") + theme.contact, doc::TextStyle::kRegular});
  }
  if (!letterhead.empty()) blocks->push_back(doc::Paragraph{std::move(letterhead)});
}

}  // namespace careplan::compose
