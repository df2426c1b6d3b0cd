// ParseCondition: reads a Condition from YAML (see condition.h for the
// language). Problems are reported with the node's location; medicine ids
// and classes are checked later against the rules (knowledge.h).
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "base/diagnostics.h"
#include "content/condition.h"

namespace careplan::content {

Condition ParseCondition(const YAML::Node& node, const std::string& file, int line_offset,
                         Diagnostics* diagnostics);

}  // namespace careplan::content
