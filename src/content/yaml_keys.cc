#include "content/yaml_keys.h"

#include <algorithm>
#include <set>

#include "base/suggest.h"
#include "content/yaml_location.h"

namespace careplan::content {

std::vector<std::string> YamlKeyNames(const std::vector<YamlKey>& keys) {
  std::vector<std::string> names;
  for (const YamlKey& key : keys) names.emplace_back(key.name);
  return names;
}

bool CheckYamlKeys(const YAML::Node& map, const std::string& what, const std::vector<YamlKey>& keys,
                   const std::string& file, int line_offset, Diagnostics* diagnostics) {
  const std::vector<std::string> names = YamlKeyNames(keys);
  if (!map.IsMap()) {
    diagnostics->Error(
        LocOf(map, file, line_offset),
        "expected " + what + ": a mapping with the keys " + JoinChoices(names, "and"));
    return false;
  }
  std::set<std::string> seen;
  for (const auto& entry : map) {
    const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
    if (std::find(names.begin(), names.end(), key) == names.end()) {
      std::vector<std::string> hints;
      if (auto match = ClosestMatch(key, names))
        hints.push_back("did you mean \"" + *match + "\"?");
      diagnostics->Error(
          LocOf(entry.first, file, line_offset),
          "unknown key \"" + key + "\" in " + what + "; expected " + JoinChoices(names),
          std::move(hints));
    } else if (!seen.insert(key).second) {
      diagnostics->Error(LocOf(entry.first, file, line_offset), "duplicate key \"" + key + "\"");
    }
  }
  for (const YamlKey& key : keys) {
    if (key.required && !seen.count(key.name)) {
      diagnostics->Error(LocOf(map, file, line_offset),
                         "missing required key \"" + std::string(key.name) + "\" in " + what);
    }
  }
  return true;
}

}  // namespace careplan::content
