// OutputGuard: no PDF or manifest may replace one of the run's inputs or
// take a profile's extension (.yaml, .yml), so a slip in -o or --manifest
// never turns a profile into PDF bytes or JSON.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace careplan::app {

// The files a run reads, known by device and inode, so another name for one
// (a link, "./x.yaml", a path through a symbolic link) is still that file.
class InputFiles {
 public:
  explicit InputFiles(const std::vector<std::string>& paths);
  // The input that `path` is, or "" when it is none of them.
  std::string Find(const std::string& path) const;

 private:
  std::map<std::pair<dev_t, ino_t>, std::string> files_;
};

// True when the name ends in .yaml or .yml (in any case).
bool HasProfileExtension(const std::string& path);

// Why `output` may not be written, to follow "the output PATH", or "" when
// it may: "would overwrite the profile P" or "is named like a profile ...".
std::string OutputRefusal(const std::string& output, const InputFiles& inputs);

}  // namespace careplan::app
