#include "app/atomic_write.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include "app/write_all.h"

namespace careplan::app {
namespace {

constexpr std::string_view kTempNameAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

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

std::string TempName(const std::filesystem::path& folder) {
  thread_local std::mt19937 random{std::random_device{}()};
  std::uniform_int_distribution<size_t> pick(0, kTempNameAlphabet.size() - 1);
  std::string name = kTempFilePrefix;
  for (size_t i = 0; i < kTempFileRandomChars; ++i) name += kTempNameAlphabet[pick(random)];
  return (folder / name).string();
}

bool SameFile(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// Creates and locks a new temporary file in `folder`; -1 with errno set on
// failure. The lock tells RemoveStaleTempFiles (of another careplan) that the
// file is alive; should that remover have taken the file before the lock was
// held, the name no longer leads to it, and another name is tried.
int CreateLockedTempFile(const std::filesystem::path& folder, mode_t mode, std::string* name) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    *name = TempName(folder);
    const int fd = ::open(name->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
      if (errno == EEXIST) continue;
      return -1;
    }
    struct stat opened = {}, named = {};
    if (::flock(fd, LOCK_EX) == 0 && ::fstat(fd, &opened) == 0 &&
        ::lstat(name->c_str(), &named) == 0 && SameFile(opened, named)) {
      return fd;
    }
    ::close(fd);
  }
  errno = EEXIST;
  return -1;
}

// Gives the new file the replaced file's owner, group and permissions. The
// owner is best effort: only root may give a file away.
Status KeepAttributes(int fd, const ReplacedFile& replaced) {
  struct stat info = {};
  if (::fstat(fd, &info) == 0 && (info.st_uid != replaced.owner || info.st_gid != replaced.group)) {
    if (::fchown(fd, replaced.owner, replaced.group) != 0) {
      [[maybe_unused]] const int ignored = ::fchown(fd, static_cast<uid_t>(-1), replaced.group);
    }
  }
  if (::fchmod(fd, replaced.mode & 0777) != 0) return Status::IoError(std::strerror(errno));
  return Status::Ok();
}

}  // namespace

Status AtomicWriteFile(const std::string& path, std::string_view bytes,
                       const std::optional<ReplacedFile>& replaced) {
  const std::filesystem::path target(path);
  const std::filesystem::path folder =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  const DeferTerminationSignals defer;
  std::string name;
  // A new file gets 0666 less the umask from open(), as any program's would;
  // a replacement starts private and takes the old file's permissions.
  const int fd = CreateLockedTempFile(folder, replaced ? 0600 : 0666, &name);
  if (fd < 0) {
    return Status::CannotCreate(path + ": cannot create a file in " + folder.string() + ": " +
                                std::strerror(errno));
  }
  Status status = replaced ? KeepAttributes(fd, *replaced) : Status::Ok();
  if (status.ok()) status = WriteAll(fd, bytes);
  if (status.ok() && ::fsync(fd) != 0) status = WriteError(errno);
  // Renamed while still locked, so no remover of stale files can take it
  // first; fsync has reported any write error, so close has none to add.
  if (status.ok() && std::rename(name.c_str(), path.c_str()) != 0) {
    status = Status::CannotCreate(std::strerror(errno));
  }
  ::close(fd);
  if (!status.ok()) {
    ::unlink(name.c_str());
    return status.code() == Status::Code::kCannotCreate
               ? Status::CannotCreate(path + ": cannot create: " + status.message())
               : Status::IoError(path + ": " + status.message());
  }
  return Status::Ok();
}

bool IsTempFileName(std::string_view name) {
  const std::string_view prefix = kTempFilePrefix;
  if (name.size() != prefix.size() + kTempFileRandomChars ||
      name.substr(0, prefix.size()) != prefix) {
    return false;
  }
  return name.substr(prefix.size()).find_first_not_of(kTempNameAlphabet) == std::string_view::npos;
}

int RemoveStaleTempFiles(const std::string& folder) {
  DIR* dir = ::opendir(folder.c_str());
  if (!dir) return 0;
  int removed = 0;
  while (const dirent* entry = ::readdir(dir)) {
    if (!IsTempFileName(entry->d_name)) continue;
    const std::string path = folder + "/" + entry->d_name;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) continue;
    struct stat info = {};
    // Unlocked: its writer is gone. Locked: a careplan is writing it now.
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0 &&
        ::unlink(path.c_str()) == 0) {
      ++removed;
    }
    ::close(fd);
  }
  ::closedir(dir);
  return removed;
}

}  // namespace careplan::app
