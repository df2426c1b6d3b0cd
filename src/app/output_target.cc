#include "app/output_target.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "app/write_all.h"

namespace careplan::app {
namespace {

OutputTarget Refused(const std::string& path, std::string refusal) {
  OutputTarget target;
  target.kind = TargetKind::kRefused;
  target.path = path;
  target.refusal = std::move(refusal);
  return target;
}

// The target for an existing file of this type (not a symbolic link).
OutputTarget ByType(const std::string& path, const struct stat& info) {
  OutputTarget target;
  target.path = path;
  if (S_ISREG(info.st_mode)) {
    target.kind = TargetKind::kRegularFile;
    target.replaced = ReplacedFile{info.st_mode, info.st_uid, info.st_gid};
  } else if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)) {
    target.kind = TargetKind::kWriteThrough;
  } else if (S_ISDIR(info.st_mode)) {
    return Refused(path, "is a folder");
  } else if (S_ISSOCK(info.st_mode)) {
    return Refused(path, "is a socket");
  } else if (S_ISBLK(info.st_mode)) {
    return Refused(path, "is a block device (a disk)");
  } else {
    return Refused(path, "is not a file careplan can write");
  }
  return target;
}

OutputTarget ThroughLink(const std::string& path, const struct stat& link) {
  if (link.st_uid != ::geteuid() && link.st_uid != 0) {
    return Refused(path, "is a symbolic link that belongs to another user");
  }
  struct stat named = {};
  if (::stat(path.c_str(), &named) != 0) {
    return Refused(path,
                   std::string("is a symbolic link that leads nowhere: ") + std::strerror(errno));
  }
  OutputTarget target = ByType(path, named);
  if (target.kind != TargetKind::kRegularFile) return target;
  // Replace the file the link names, in its own folder, and keep the link.
  char resolved[PATH_MAX];
  if (!::realpath(path.c_str(), resolved)) {
    return Refused(path, std::string("cannot be resolved: ") + std::strerror(errno));
  }
  target.path = resolved;
  return target;
}

Status WithPath(const std::string& path, const Status& status) {
  if (status.ok()) return status;
  return status.code() == Status::Code::kCannotCreate
             ? Status::CannotCreate(path + ": cannot create: " + status.message())
             : Status::IoError(path + ": " + status.message());
}

Status WriteThroughPath(const std::string& path, std::string_view bytes) {
  // No O_CREAT: the device or FIFO is there; no O_TRUNC: it has no length.
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return Status::CannotCreate(path + ": cannot open: " + std::strerror(errno));
  Status status = WriteAll(fd, bytes);
  if (::close(fd) != 0 && status.ok()) status = WriteError(errno);
  return WithPath(path, status);
}

}  // namespace

OutputTarget ClassifyOutputTarget(const std::string& path) {
  if (path == "-") {
    OutputTarget target;
    target.kind = TargetKind::kStandardOutput;
    target.path = path;
    return target;
  }
  struct stat info = {};
  if (::lstat(path.c_str(), &info) != 0) {
    // Missing, or its folder is: creating the file says which.
    OutputTarget target;
    target.kind = TargetKind::kNewFile;
    target.path = path;
    return target;
  }
  return S_ISLNK(info.st_mode) ? ThroughLink(path, info) : ByType(path, info);
}

Status WriteOutput(const std::string& path, std::string_view bytes) {
  const OutputTarget target = ClassifyOutputTarget(path);
  switch (target.kind) {
    case TargetKind::kNewFile:
      return AtomicWriteFile(target.path, bytes);
    case TargetKind::kRegularFile:
      return AtomicWriteFile(target.path, bytes, target.replaced);
    case TargetKind::kWriteThrough:
      return WriteThroughPath(target.path, bytes);
    case TargetKind::kStandardOutput:
      return WithPath("standard output", WriteAll(STDOUT_FILENO, bytes));
    case TargetKind::kRefused:
      break;
  }
  return Status::CannotCreate(path + ": " + target.refusal + "; careplan writes only to a " +
                              "file, a character device, a FIFO or standard output (-)");
}

}  // namespace careplan::app
