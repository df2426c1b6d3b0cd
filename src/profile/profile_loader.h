// LoadProfile: reads care-profile YAML text (format careplan/v1) into a
// checked Profile, or reports every problem it finds as diagnostics located
// at FILE:LINE:COLUMN. The only code that uses yaml-cpp for profiles.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/diagnostics.h"
#include "profile/profile.h"

namespace careplan::profile {

struct LoadOptions {
  Date today{1970, 1, 1};            // the plan date when the profile gives none
  std::optional<Date> plan_date;     // --date: overrides the profile's plan_date
};

// Returns the profile when there are no errors (warnings allowed). `file` is
// the name used in diagnostics.
std::optional<Profile> LoadProfile(std::string_view text, const std::string& file,
                                   const LoadOptions& options, Diagnostics* diagnostics);

}  // namespace careplan::profile
