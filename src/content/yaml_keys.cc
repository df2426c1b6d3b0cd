#include "content/yaml_keys.h"

#include <algorithm>
#include <set>

#include "base/suggest.h"

namespace careplan::content {

std::vector<std::string> YamlKeyNames(const std::vector<YamlKey>& keys) {
  std::vector<std::string> names;
  for (const YamlKey& key : keys) names.emplace_back(key.name);
  return names;
}

bool CheckYamlKeys(yaml::YamlValue map, const std::string& what, const std::vector<YamlKey>& keys,
                   const std::string& file, Diagnostics* diagnostics) {
  const std::vector<std::string> names = YamlKeyNames(keys);
  if (map.reported()) return false;
  if (!map.is_mapping()) {
    diagnostics->Error(yaml::MakeLoc(file, map), "expected " + what + ": a mapping with the keys " +
                                                     JoinChoices(names, "and"));
    return false;
  }
  std::set<std::string> seen;
  for (const yaml::YamlEntry& entry : map.entries()) {
    const std::string& key = yaml::YamlValue(entry.key).text();
    if (std::find(names.begin(), names.end(), key) == names.end()) {
      std::vector<std::string> hints;
      if (auto match = ClosestMatch(key, names))
        hints.push_back("did you mean \"" + *match + "\"?");
      diagnostics->Error(
          yaml::MakeLoc(file, entry.key),
          "unknown key \"" + key + "\" in " + what + "; expected " + JoinChoices(names),
          std::move(hints));
    }
    seen.insert(key);
  }
  for (const YamlKey& key : keys) {
    if (key.required && !seen.count(key.name)) {
      diagnostics->Error(yaml::MakeLoc(file, map),
                         "missing required key \"" + std::string(key.name) + "\" in " + what);
    }
  }
  return true;
}

}  // namespace careplan::content
