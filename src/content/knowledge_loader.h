// LoadKnowledge: reads the rules in templates/rules/ (vocabulary.yaml,
// sources.yaml, tests.yaml, lifestyle.yaml, medicines.yaml, organs.yaml,
// general.yaml, home_logs.yaml, in
// the format templates/README.md documents) into a checked Knowledge.
// Every problem is reported like a profile error, as FILE:LINE:COLUMN, and
// all of them in one run: YAML syntax, unknown or duplicate keys (with "did
// you mean"), missing keys, bad words and intervals, duplicate ids and
// aliases, and references to sources, tests, lifestyle items, organs,
// medicine ids and classes that do not exist.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_reader.h"
#include "content/guide.h"
#include "content/knowledge.h"

namespace careplan::content {

// Reads <rules_dir>/*.yaml through `read`. Returns the knowledge when there
// are no errors; diagnostics name files as "<rules_dir>/<name>.yaml".
std::optional<Knowledge> LoadKnowledge(const std::string& rules_dir, const FileReader& read,
                                       Diagnostics* diagnostics);

// Checks a loaded guide against the rules: every source a section cites
// exists; medicine ids and classes in `applies_when` are known; every
// medicine has its section "medicine-<id>"; the guide's `sources` list is
// exactly the union of its sections' sources. Reports errors.
void CheckGuideAgainstKnowledge(const Guide& guide, const Knowledge& knowledge,
                                Diagnostics* diagnostics);

}  // namespace careplan::content
