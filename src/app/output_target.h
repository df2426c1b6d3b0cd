// OutputTarget: what is already at an output path decides how careplan
// writes there, so a PDF or manifest never replaces a device, a folder or a
// pipe with a regular file:
// - nothing: a new file, 0666 less the umask, written atomically;
// - a regular file: replaced atomically, keeping its permissions (and, as
//   far as this user may, its owner and group);
// - a character device or FIFO (/dev/null, a named pipe): written through;
// - "-": standard output;
// - a folder, socket or block device: refused.
// A symbolic link is judged by what it names, and followed only when it
// belongs to this user or to root (as the kernel's protected_symlinks does
// in shared folders), so nobody can point root's output at another file.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>

#include "app/atomic_write.h"
#include "base/status.h"

namespace careplan::app {

enum class TargetKind { kNewFile, kRegularFile, kWriteThrough, kStandardOutput, kRefused };

struct OutputTarget {
  TargetKind kind = TargetKind::kRefused;
  std::string path;       // the file to write (for a link to a regular file, that file)
  ReplacedFile replaced;  // kRegularFile: what the new file keeps
  std::string refusal;    // kRefused: why, e.g. "is a folder"
};

OutputTarget ClassifyOutputTarget(const std::string& path);

// Writes bytes to `path` as its kind asks. CannotCreate when the target is
// refused or cannot be created, or the disk is full; IoError otherwise. The
// message starts with the path.
Status WriteOutput(const std::string& path, std::string_view bytes);

}  // namespace careplan::app
