#include "app/atomic_write.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace careplan::app {
namespace {

Status WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(std::strerror(errno));
    }
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return Status::Ok();
}

// Holds back, in this thread, the signals that end the program by default
// (SIGINT, SIGTERM, SIGHUP) while it lives: one that arrives while the
// temporary file exists is delivered once the file is renamed or removed,
// so an interrupted program never leaves it behind.
class DeferTerminationSignals {
 public:
  DeferTerminationSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &signals, &saved_);
  }
  ~DeferTerminationSignals() { pthread_sigmask(SIG_SETMASK, &saved_, nullptr); }
  DeferTerminationSignals(const DeferTerminationSignals&) = delete;
  DeferTerminationSignals& operator=(const DeferTerminationSignals&) = delete;

 private:
  sigset_t saved_;
};

}  // namespace

Status AtomicWriteFile(const std::string& path, std::string_view bytes) {
  const std::filesystem::path target(path);
  const std::filesystem::path folder =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  // A short dot-name of our own in the same folder, so the rename stays on
  // one file system and any name that fits the file system fits here too.
  std::string pattern = (folder / kTempFilePrefix).string();
  pattern += "XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const DeferTerminationSignals defer;
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    return Status::CannotCreate(path + ": cannot create a file in " + folder.string() + ": " +
                                std::strerror(errno));
  }
  Status status = WriteAll(fd, bytes);
  if (status.ok() && ::fsync(fd) != 0) status = Status::IoError(std::strerror(errno));
  // mkstemp makes the file private (0600); a PDF is an ordinary document.
  if (::fchmod(fd, 0644) != 0 && status.ok()) status = Status::IoError(std::strerror(errno));
  if (::close(fd) != 0 && status.ok()) status = Status::IoError(std::strerror(errno));
  if (status.ok() && std::rename(name.data(), path.c_str()) != 0) {
    status = Status::CannotCreate(path + ": " + std::strerror(errno));
  }
  if (!status.ok()) {
    ::unlink(name.data());
    return Status(status.code() == Status::Code::kCannotCreate
                      ? status
                      : Status::IoError(path + ": " + status.message()));
  }
  return Status::Ok();
}

}  // namespace careplan::app
