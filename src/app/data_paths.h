// FindDataPaths: where templates/ and fonts/ are. In order: --templates DIR
// (fonts beside it unless it has none), then the installed prefix
// (<bin>/../share/careplan), then the source tree the binary was built from.
#pragma once

#include <string>

#include "base/status.h"

namespace careplan::app {

struct DataPaths {
  std::string templates_dir;
  std::string fonts_dir;
};

Status FindDataPaths(const std::string& templates_override, DataPaths* paths);

}  // namespace careplan::app
