// ProfileJsonSchema: a JSON Schema (draft-07) of the careplan/v1 profile
// format, for editors: with `# yaml-language-server: $schema=...` at the top
// of a profile, VS Code and other editors complete keys, show descriptions
// and flag mistakes while typing. Generated from the same key tables as the
// loader's checks (profile_keys.h); the copy in
// schema/careplan-profile.schema.json is checked against it by a unit test.
//
// The loader stays the authority: it also accepts an empty optional value
// (`stopped:` alone), any case in intervals ("3 Months") and explains every
// problem with a location; the schema asks for the tidy form.
#pragma once

#include <string>

#include "profile/vocabulary.h"

namespace careplan::profile {

// The schema as pretty-printed JSON, ending with a newline. Organs, subtypes
// and antibodies list the words of `vocabulary` (the default guide's, for
// `careplan schema`); without one they are any text.
std::string ProfileJsonSchema(const Vocabulary* vocabulary = nullptr);

}  // namespace careplan::profile
