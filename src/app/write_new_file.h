// WriteNewFile: creates a file that must not exist yet (O_EXCL), for
// `careplan init`, which never writes over a profile someone has edited.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace careplan::app {

// AlreadyExists is reported as CannotCreate with a message that says so; a
// write that fails half-way removes the file again.
Status WriteNewFile(const std::string& path, std::string_view bytes);

}  // namespace careplan::app
