// AtomicWriteFile: writes bytes to a temporary file in the target folder,
// flushes it to disk and renames it over the target, so a reader (or a
// failure half-way) never sees a partial file.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace careplan::app {

// Every temporary file is named this prefix plus six random characters, in
// the target's folder.
inline constexpr const char* kTempFilePrefix = ".careplan-tmp-";

// CannotCreate when the folder is missing or not writable.
Status AtomicWriteFile(const std::string& path, std::string_view bytes);

}  // namespace careplan::app
