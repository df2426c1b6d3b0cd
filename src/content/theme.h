// Theme: the look a clinic gives its printed plans — its name, a contact line
// and its logo on the cover, and the accent colour of headings and rules.
// Read from a theme file (templates/themes/default.yaml, or --theme FILE) by
// LoadTheme (theme_loader.h); consumed by the renderer, which puts the accent
// into layout::PageStyle, and by compose::AppendBrandingToCover.
#pragma once

#include <memory>
#include <string>

#include "base/color.h"
#include "base/image_info.h"

namespace careplan::content {

// Text in the accent colour must reach this contrast ratio against white
// (WCAG 2, normal-size text).
inline constexpr double kMinAccentContrast = 4.5;

struct Theme {
  std::string file;          // where it was read from; empty for the built-in default
  std::string organisation;  // printed on the cover; empty: nothing printed
  std::string contact;       // one line under it, e.g. a phone number; may be empty
  std::shared_ptr<const CheckedImage> logo;  // null: no logo
  std::string logo_name;                     // the logo as the theme file names it, for messages
  Color accent{0x1f, 0x4e, 0x79};            // headings and rules; default: careplan's dark blue
  // Clinic-wide defaults for plans whose profile does not give them: the
  // ambulance number ("999") and the out-of-hours route ("NHS 111, or the
  // on-call rheumatologist via switchboard 020 7946 0000"). Empty: none.
  std::string emergency_number;
  std::string out_of_hours;
};

// WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white).
double RelativeLuminance(Color color);

// WCAG 2 contrast ratio of two colours, 1 to 21.
double ContrastRatio(Color a, Color b);

// "#1f4e79".
std::string ColorToHex(Color color);

}  // namespace careplan::content
