// Key tables for the YAML files of templates/ (rules, guide index, guide.yaml,
// section front matter): every mapping is checked against the keys it may
// have, so a typo such as `source:` for `sources:` is an error with a "did
// you mean" hint instead of a key that is silently ignored. (A key written
// twice is reported by the YAML reader itself, yaml/yaml_tree.h.)
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "yaml/yaml_value.h"

namespace careplan::content {

// One key a mapping may have.
struct YamlKey {
  const char* name;
  bool required;
};

std::vector<std::string> YamlKeyNames(const std::vector<YamlKey>& keys);

// Checks that `map` is a mapping with known keys and every required key;
// reports each problem at FILE:LINE:COLUMN. `what` names the mapping in
// messages ("a test", "the front matter"). Returns false only when `map` is
// not a mapping.
bool CheckYamlKeys(yaml::YamlValue map, const std::string& what, const std::vector<YamlKey>& keys,
                   const std::string& file, Diagnostics* diagnostics);

}  // namespace careplan::content
