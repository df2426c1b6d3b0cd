// StarterProfile: the commented profile `careplan init` writes. The text is
// data (<templates>/starters/patient.yaml and packet.yaml), installed with the
// templates, so it can be improved without a new binary.
#pragma once

#include <string>

#include "app/data_paths.h"
#include "base/status.h"

namespace careplan::app {

enum class StarterKind { kPatient, kPacket };

// Reads the starter and points its `$schema` comment at the schema that was
// installed beside the templates (an absolute path, so the profile can be
// written anywhere); when there is none, says how to write one.
Status StarterProfile(const DataPaths& paths, StarterKind kind, std::string* text);

}  // namespace careplan::app
