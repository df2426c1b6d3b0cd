// Profile limits: the documented bounds that protect the program from
// oversized or hostile profiles. The file size and the nesting depth are
// checked on the raw text before the YAML parser runs (its recursive descent
// could exhaust the stack); the others are checked on the parsed values.
// Each limit error names the limit. Real profiles stay far below all of them.
#pragma once

#include <cstddef>

#include "yaml/yaml_limits.h"

namespace careplan::profile {

// Whole file, in bytes. The largest realistic profile (200 treatments with
// notes) is well under 200 KiB.
inline constexpr size_t kMaxFileBytes = 1024 * 1024;  // 1 MiB

// Open block collections (by indentation and "- ") plus open flow brackets
// ([ and {) at any point. The format itself needs 4.
inline constexpr int kMaxNestingDepth = 32;

// The YAML values in one file and the errors reported for one file are
// limited by the YAML reader itself (yaml/yaml_limits.h).
using yaml::kMaxErrorsPerFile;
using yaml::kMaxYamlValues;

// Lengths of text values, in characters (Unicode code points).
inline constexpr size_t kMaxPersonNameChars = 120;   // patient.name, preferred_name
inline constexpr size_t kMaxLineChars = 2000;        // any other one-line field
inline constexpr size_t kMaxEntryNotesChars = 2000;  // notes of one list entry
inline constexpr size_t kMaxNotesChars = 20000;      // the profile's top-level notes
inline constexpr size_t kMaxIdChars = 100;           // language, guide, guide section ids

// Lengths of lists, in entries.
inline constexpr size_t kMaxCareTeam = 50;
inline constexpr size_t kMaxTreatments = 200;
inline constexpr size_t kMaxPlanned = 50;
inline constexpr size_t kMaxMonitoring = 200;
inline constexpr size_t kMaxGoals = 50;
inline constexpr size_t kMaxOrgans = 30;       // above any guide's organ list
inline constexpr size_t kMaxSectionIds = 100;  // include/exclude_sections, packet.sections
inline constexpr size_t kMaxAntibodies = 30;   // above any guide's antibody list
inline constexpr size_t kMaxAllergies = 50;
inline constexpr size_t kMaxOtherMedicines = 100;
inline constexpr size_t kMaxAppointments = 100;
inline constexpr size_t kMaxHomeMonitoring = 4;  // one per measure

}  // namespace careplan::profile
