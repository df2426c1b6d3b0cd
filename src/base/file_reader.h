// FileReader: how loaders read their input files. The real one reads the
// disk; tests pass a map of in-memory files, so no test needs real files.
#pragma once

#include <functional>
#include <string>

#include "base/status.h"

namespace careplan {

// Reads the whole file at `path` into *text. NotFound when it is missing.
using FileReader = std::function<Status(const std::string& path, std::string* text)>;

// Reads a regular file from the file system, never more than max_bytes + 1
// bytes whatever its size claims to be. NotFound when it is missing;
// InvalidArgument when it is larger than max_bytes; IoError when it cannot be
// read or is not a regular file (a folder, a FIFO or a device: reading one
// could block for ever or never end).
Status ReadFileFromDisk(const std::string& path, std::string* text, size_t max_bytes = 64 << 20);
FileReader DiskFileReader();

}  // namespace careplan
