// FindDataPaths: where templates/ and fonts/ are. In order: --templates DIR
// (fonts beside it unless it has none), then the installed prefix
// (<bin>/../share/careplan), then the source tree the binary was built from.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace careplan::app {

struct DataPaths {
  std::string templates_dir;
  std::string fonts_dir;
};

Status FindDataPaths(const std::string& templates_override, DataPaths* paths);

// The theme file that --theme VALUE names. A bare name (no folder, no .yaml or
// .yml) that is not a file here is a bundled theme: <templates>/themes/NAME.yaml,
// so `--theme example-clinic` works wherever careplan is installed.
std::string ResolveThemeFile(const DataPaths& paths, const std::string& theme);
bool IsBundledThemeName(const std::string& theme);
// The names of the bundled themes (the .yaml files of <templates>/themes), sorted.
std::vector<std::string> BundledThemeNames(const DataPaths& paths);

}  // namespace careplan::app
