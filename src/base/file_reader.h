// FileReader: how loaders read their input files. The real one reads the
// disk; tests pass a map of in-memory files, so no test needs real files.
#pragma once

#include <functional>
#include <string>

#include "base/status.h"

namespace careplan {

// Reads the whole file at `path` into *text. NotFound when it is missing.
using FileReader = std::function<Status(const std::string& path, std::string* text)>;

// Reads from the file system; files larger than max_bytes are an error.
Status ReadFileFromDisk(const std::string& path, std::string* text, size_t max_bytes = 64 << 20);
FileReader DiskFileReader();

}  // namespace careplan
