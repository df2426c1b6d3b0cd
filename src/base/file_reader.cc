#include "base/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace careplan {
namespace {

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

const char* KindOf(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "an unusual file";
}

std::string LimitText(size_t max_bytes) {
  std::string text = "the limit is " + std::to_string(max_bytes) + " bytes";
  constexpr size_t kMiB = 1 << 20;
  if (max_bytes >= kMiB && max_bytes % kMiB == 0) {
    text += " (" + std::to_string(max_bytes / kMiB) + " MiB)";
  }
  return text;
}

// Reads until end of file or until more than max_bytes have arrived.
Status ReadBounded(int fd, const std::string& path, size_t max_bytes, std::string* text) {
  std::string bytes;
  char buffer[64 * 1024];
  while (bytes.size() <= max_bytes) {
    const size_t wanted = std::min(sizeof buffer, max_bytes + 1 - bytes.size());
    const ssize_t got = ::read(fd, buffer, wanted);
    if (got < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(path + ": cannot be read: " + std::strerror(errno));
    }
    if (got == 0) break;
    bytes.append(buffer, static_cast<size_t>(got));
  }
  *text = std::move(bytes);
  return Status::Ok();
}

}  // namespace

Status ReadFileFromDisk(const std::string& path, std::string* text, size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO that has no writer, or a device, must not
  // wait; the file type is checked on the open file, so nothing can swap it
  // in between.
  const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ENOENT || errno == ENOTDIR) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": cannot be read: " + std::strerror(errno));
  }
  struct stat info = {};
  if (::fstat(fd.get(), &info) != 0) {
    return Status::IoError(path + ": cannot be read: " + std::strerror(errno));
  }
  if (!S_ISREG(info.st_mode)) {
    return Status::IoError(path + ": is " + KindOf(info.st_mode) + ", not a file");
  }
  const auto size = static_cast<size_t>(info.st_size);
  if (size > max_bytes) {
    return Status::InvalidArgument(path + ": file is " + std::to_string(size) + " bytes; " +
                                   LimitText(max_bytes));
  }
  std::string bytes;
  if (Status status = ReadBounded(fd.get(), path, max_bytes, &bytes); !status.ok()) return status;
  // The file grew after fstat, or its size was not what st_size said.
  if (bytes.size() > max_bytes) {
    return Status::InvalidArgument(path + ": file is more than " + std::to_string(max_bytes) +
                                   " bytes; " + LimitText(max_bytes));
  }
  *text = std::move(bytes);
  return Status::Ok();
}

FileReader DiskFileReader() {
  return [](const std::string& path, std::string* text) { return ReadFileFromDisk(path, text); };
}

}  // namespace careplan
