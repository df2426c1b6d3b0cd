// DiagnosticsJson: diagnostics as the API returns them. Each has its
// severity, file, line, column, the field path it points into (yaml_path.h),
// the message and hints, and `text`: the very line the CLI prints.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.h"

namespace careplan::serve {

// {"ok": no errors, "errors": N, "warnings": N, "diagnostics": [...]}, sorted
// as the CLI prints them; `yaml` is the text they are about.
std::string DiagnosticsJson(const Diagnostics& diagnostics, std::string_view yaml);

// {"error": message}: a problem with the request itself, not the profile.
std::string ErrorJson(const std::string& message);

}  // namespace careplan::serve
