// Helpers for reading templates/ YAML with yaml-cpp: 1-based locations of
// nodes, and offsets for YAML embedded in a larger file (front matter).
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "base/source_loc.h"

namespace careplan::content {

// Where `node` starts; `line_offset` is added for YAML that starts part-way
// through its file (Markdown front matter).
SourceLoc LocOf(const YAML::Node& node, const std::string& file, int line_offset = 0);
SourceLoc LocOf(const YAML::Mark& mark, const std::string& file, int line_offset = 0);

}  // namespace careplan::content
