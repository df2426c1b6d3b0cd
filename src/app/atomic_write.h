// AtomicWriteFile: writes bytes to a temporary file in the target folder,
// flushes it to disk and renames it over the target, so a reader (or a
// failure half-way) never sees a partial file.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace careplan::app {

// Every temporary file is named this prefix plus six random letters and
// digits, in the target's folder: 20 characters, so any name that fits the
// file system has a temporary name that fits too.
inline constexpr const char* kTempFilePrefix = ".careplan-tmp-";
inline constexpr size_t kTempFileRandomChars = 6;

// The owner and permissions of the file being replaced, which the new file
// keeps (permission bits only: never set-user-ID and the like).
struct ReplacedFile {
  mode_t mode = 0;
  uid_t owner = 0;
  gid_t group = 0;
};

// Writes a new file with permissions 0666 less the umask (as any program
// creating a file), or, when `replaced` is given, with its permissions and
// (as far as this user may) its owner and group. CannotCreate when the folder
// is missing or not writable, or the disk is full; IoError for other failures.
Status AtomicWriteFile(const std::string& path, std::string_view bytes,
                       const std::optional<ReplacedFile>& replaced = std::nullopt);

// True for a name AtomicWriteFile gives its temporary files.
bool IsTempFileName(std::string_view name);

// Removes, from `folder`, temporary files of ours that no running careplan is
// writing (each writer holds a lock on its file while it lives), such as
// those left by a program killed with SIGKILL. Returns how many it removed.
int RemoveStaleTempFiles(const std::string& folder);

}  // namespace careplan::app
