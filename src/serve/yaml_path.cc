#include "serve/yaml_path.h"

#include <optional>
#include <tuple>

#include "base/diagnostics.h"
#include "yaml/source_text.h"
#include "yaml/yaml_tree.h"

namespace careplan::serve {
namespace {

using yaml::YamlNode;

struct Mark {
  yaml::TextPosition position;
  std::string path;
};

// Every key and value with its path, in the order written. A container
// starts where its first entry does and is listed before its children, so
// a message at that position belongs to the container (a missing field).
void CollectMarks(const YamlNode& node, const std::string& path, std::vector<Mark>* marks) {
  if (!path.empty()) marks->push_back({node.position, path});
  if (node.is_mapping()) {
    for (const yaml::YamlEntry& entry : node.entries) {
      const std::string child = path.empty() ? entry.key.value : path + "." + entry.key.value;
      marks->push_back({entry.key.position, child});
      CollectMarks(entry.value, child, marks);
    }
  } else if (node.is_sequence()) {
    for (size_t i = 0; i < node.items.size(); ++i) {
      CollectMarks(node.items[i], path + "[" + std::to_string(i) + "]", marks);
    }
  }
}

}  // namespace

YamlPathIndex::YamlPathIndex(std::string_view yaml) {
  Diagnostics ignored;  // the loader reports the problems; this only locates them
  const std::optional<yaml::SourceText> source = yaml::PrepareSourceText(yaml, "profile", &ignored);
  if (!source) return;
  const std::optional<YamlNode> root = yaml::ReadYamlTree(*source, "profile", &ignored);
  if (!root) return;
  std::vector<Mark> marks;
  CollectMarks(*root, "", &marks);
  for (Mark& mark : marks) {
    landmarks_.push_back({mark.position.line, mark.position.column, std::move(mark.path)});
  }
}

std::string YamlPathIndex::PathAt(int line, int column) const {
  if (line < 1) return "";
  const auto target = std::make_tuple(line, column < 1 ? 1 : column);
  const Landmark* best = nullptr;
  for (const Landmark& landmark : landmarks_) {
    const auto here = std::make_tuple(landmark.line, landmark.column);
    if (target < here) continue;
    // The latest start at or before the target; on a tie the first listed
    // (the outer one) wins.
    if (!best || std::make_tuple(best->line, best->column) < here) best = &landmark;
  }
  return best ? best->path : "";
}

}  // namespace careplan::serve
