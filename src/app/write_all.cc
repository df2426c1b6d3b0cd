#include "app/write_all.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace careplan::app {

Status WriteError(int error_number) {
  std::string message = std::strerror(error_number);
  if (error_number == ENOSPC || error_number == EDQUOT) return Status::CannotCreate(message);
  return Status::IoError(message);
}

Status WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return WriteError(errno);
    }
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return Status::Ok();
}

}  // namespace careplan::app
