// Path confinement: a data file (a theme, a guide) may name other files (a
// logo, its sections) only inside its own folder. Used by the loaders before
// they read a file that a data file names, so that "../../etc/passwd", an
// absolute path elsewhere or a symbolic link pointing out of the folder can
// never be read through careplan.
#pragma once

#include <string>

#include "base/status.h"

namespace careplan {

// Resolves `name` — relative to `folder`, or absolute — with ".", ".." and
// symbolic links resolved (std::filesystem::weakly_canonical, so the file
// need not exist yet), and sets *resolved to the result when it lies inside
// `folder` (also resolved). Returns InvalidArgument when it lies outside,
// names the folder itself, is empty or holds a NUL character; IoError when
// the file system cannot resolve it (a symbolic link loop, no permission).
Status ResolveInside(const std::string& folder, const std::string& name, std::string* resolved);

}  // namespace careplan
