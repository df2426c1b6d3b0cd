#include "app/write_new_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace careplan::app {

Status WriteNewFile(const std::string& path, std::string_view bytes) {
  // O_EXCL makes "does it exist?" and "create it" one step, so a file that
  // appears in between is not overwritten either.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EEXIST) {
      return Status::CannotCreate(path +
                                  ": already exists; careplan init never overwrites a file "
                                  "(choose another name, or remove it first)");
    }
    return Status::CannotCreate(path + ": cannot create the file: " + std::strerror(errno));
  }
  int error = 0;
  while (!bytes.empty() && error == 0) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno != EINTR) error = errno;
    if (written > 0) bytes.remove_prefix(static_cast<size_t>(written));
  }
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) {
    ::unlink(path.c_str());  // no half-written profile
    return Status::IoError(path + ": " + std::strerror(error));
  }
  return Status::Ok();
}

}  // namespace careplan::app
