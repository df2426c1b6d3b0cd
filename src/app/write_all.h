// WriteAll: writes every byte to a file descriptor, so a short write (a pipe,
// a signal) is never taken for the whole.
#pragma once

#include <string_view>

#include "base/status.h"

namespace careplan::app {

// The status for a failed write with this errno: CannotCreate for a full disk
// or quota (ENOSPC, EDQUOT), IoError otherwise. The message is strerror's.
Status WriteError(int error_number);

Status WriteAll(int fd, std::string_view bytes);

}  // namespace careplan::app
