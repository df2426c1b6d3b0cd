// ParseCondition: reads a Condition from YAML (see condition.h for the
// language). Problems are reported with the node's location; medicine ids
// and classes are checked later against the rules (knowledge.h).
#pragma once

#include <string>

#include "base/diagnostics.h"
#include "content/condition.h"
#include "yaml/yaml_value.h"

namespace careplan::content {

Condition ParseCondition(yaml::YamlValue node, const std::string& file, Diagnostics* diagnostics);

}  // namespace careplan::content
