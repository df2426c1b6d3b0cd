// StaticFiles: the page's files (HTML, CSS, JavaScript, the vendored YAML
// library and its licence), read once at start from <templates>/web and
// served from memory: no request can name a file on disk.
#pragma once

#include <map>
#include <string>

#include "base/status.h"

namespace careplan::serve {

struct StaticFile {
  std::string content_type;
  std::string bytes;
};

class StaticFiles {
 public:
  // Reads the regular files directly in `folder` (not its sub-folders).
  Status Load(const std::string& folder);
  // nullptr when there is no such file.
  const StaticFile* Find(const std::string& name) const;

 private:
  std::map<std::string, StaticFile> files_;
};

}  // namespace careplan::serve
