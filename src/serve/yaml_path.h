// YamlPathIndex: the field a diagnostic's line and column point into, written as
// the page names its inputs (`treatments[2].started`, list indexes from 0),
// so the print station can show the loader's message beside that field.
// Read from the same located YAML tree the loader uses, so the positions agree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careplan::serve {

class YamlPathIndex {
 public:
  // Parses `yaml` once; text that does not parse has no paths.
  explicit YamlPathIndex(std::string_view yaml);

  // The path of the key or value at or last before LINE:COLUMN (1-based), or
  // "" when nothing precedes that position.
  std::string PathAt(int line, int column) const;

 private:
  struct Landmark {
    int line;
    int column;
    std::string path;
  };
  std::vector<Landmark> landmarks_;  // every key and value, in the order written
};

}  // namespace careplan::serve
