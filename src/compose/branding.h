// The clinic's letterhead at the top of the cover (first page of a plan, or a
// packet's cover): its logo, fitted into 40 mm x 20 mm with its proportions
// kept, then its name (bold) and its contact line. Made from the theme
// (content/theme.h); nothing at all for careplan's default theme.
#pragma once

#include <vector>

#include "content/theme.h"
#include "doc/document.h"

namespace careplan::compose {

// The box the logo is fitted into, in points (40 mm x 20 mm).
inline constexpr double kLogoMaxWidthPt = 40 * 72 / 25.4;
inline constexpr double kLogoMaxHeightPt = 20 * 72 / 25.4;

// The largest size with the image's proportions that fits max_width_pt x
// max_height_pt: {width, height} in points. {0, 0} for an empty image.
std::pair<double, double> FitImage(int width_px, int height_px, double max_width_pt,
                                   double max_height_pt);

// Appends the logo (a doc::Image) and one paragraph with the organisation in
// bold and the contact line under it; leaves out whatever the theme lacks.
void AppendBrandingToCover(const content::Theme& theme, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
