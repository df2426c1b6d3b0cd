#include "content/yaml_location.h"

namespace careplan::content {

SourceLoc LocOf(const YAML::Mark& mark, const std::string& file, int line_offset) {
  if (mark.line < 0) return SourceLoc{file, 0, 0};
  return SourceLoc{file, mark.line + 1 + line_offset, mark.column + 1};
}

SourceLoc LocOf(const YAML::Node& node, const std::string& file, int line_offset) {
  return LocOf(node.Mark(), file, line_offset);
}

}  // namespace careplan::content
