// LoadProfile: reads care-profile YAML text (format careplan/v1) into a
// checked Profile, or reports every problem it finds as diagnostics located
// at FILE:LINE:COLUMN.
//
// The stages, each in its own file: input limits and a pre-scan on the raw
// text (input_limits.h, yaml/source_text.h), a located YAML tree from the
// shared YAML reader (yaml/yaml_tree.h, the only code that uses yaml-cpp),
// typed reads against the key tables (field_reader.h, profile_keys.h), and
// the patient and packet sections (profile_loader.cc). Limits are listed in
// profile_limits.h.
//
// Where the format page (profile-format.md) is silent, the loader decides:
// - Booleans are the unquoted words true and false only; "yes", True and
//   "true" are errors with a hint. Vocabulary words are exact (A4, letter,
//   diffuse cutaneous); a near miss such as Letter gets a hint.
// - An empty optional value (`stopped:` alone, or "") counts as absent; an
//   empty required value is an error. Text is taken as written, so unquoted
//   digits stay text (identifier: 004512). Only `notes` fields may hold line
//   breaks. A value that YAML reads as a mapping because of ": " gets a hint
//   to quote it.
// - Dates may be quoted or not; a bare 2016 is a year. plan_date,
//   date_of_birth and last_done need the day. "Not after the plan date" means
//   the first day of a partial date (2026-11 is fine on 2026-11-24); "stopped
//   not before started" compares whole periods (2019-04 to 2019-04 is fine).
// - A repeated organ is a warning and is listed once. packet.sections absent
//   means all; an empty list is an error. plan_date is allowed in packet
//   profiles; a key of the other kind of profile is an error; diagnosis is
//   required in patient profiles.
// - One YAML document only (--- and ... markers around it are fine). Anchors
//   are ignored, aliases and tags other than !!str are errors.
// - Columns count characters, not bytes; a UTF-8 byte-order mark and CRLF or
//   CR line ends are accepted. UTF-16, invalid UTF-8, control characters and
//   the Unicode line separators are errors. At most kMaxErrorsPerFile errors
//   are reported per file, then one line with the total.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "profile/profile.h"
#include "profile/vocabulary.h"

namespace careplan::profile {

struct LoadOptions {
  Date today{1970, 1, 1};         // the plan date when the profile gives none
  std::optional<Date> plan_date;  // --date: overrides the profile's plan_date
  // The languages there are templates for; `language:` must be one of them.
  // Empty: not checked.
  std::vector<std::string> languages = {"en"};
  // The guide ids there are; when not empty, `guide:` must be one of them.
  std::vector<std::string> guides;
  // The words of each guide's closed lists (organs, subtypes, antibodies),
  // by guide id; the profile's `guide:` (or default_guide) picks one. When
  // none does (tests that only check the shape), those words are taken as
  // written.
  std::map<std::string, std::shared_ptr<const Vocabulary>> vocabularies;
  std::string default_guide;
  // --guide-sections: overrides preferences.guide_sections.
  std::optional<GuideSections> guide_sections;
};

// Returns the profile when there are no errors (warnings allowed). `file` is
// the name used in diagnostics. Guide section ids (include_sections,
// exclude_sections, packet.sections) are not checked here: the stage that
// knows the guide does that, with the locations kept in the Profile.
std::optional<Profile> LoadProfile(std::string_view text, const std::string& file,
                                   const LoadOptions& options, Diagnostics* diagnostics);

}  // namespace careplan::profile
