// Condition: when a guide section, lifestyle item or rule applies to a
// person, written in YAML in templates/ (see templates/README.md):
//   always | {organ: lungs} | {subtype: diffuse cutaneous}
//   {treatment_resistant: true} | {medicine: rituximab, status: current}
//   {medicine_class: biologic, status: any} | {smoking: current}
//   {medicine_flag: immunosuppressive, status: current}
//   {medicine: any, status: planned}   (any treatment, known to the rules or not)
//   {antibody: rna_polymerase_iii} | {sex: male} | {pregnancy: not_possible}
//   (pregnancy and sex hold only when the profile says so: an absent answer
//   matches no word)
//   status may be one word or a list: {medicine: x, status: [current, planned]}
//   {any: [...]} | {all: [...]} | {not: ...}
//   Time, on the plan date (time_condition.h):
//   {years_since_diagnosis: {under: 1}} | {years_since_diagnosis: {at_least: 5}}
//   {years_since_started: {medicine: nintedanib, under: 1}}   (or class: glucocorticoid)
//   {age: {at_least: 60}}   each with optional `if_unknown: true|false` (default false)
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/source_loc.h"

namespace careplan::content {

enum class ConditionKind {
  kAlways,
  kOrgan,
  kSubtype,
  kTreatmentResistant,
  kMedicine,
  kMedicineClass,
  kMedicineFlag,  // a medicine property: immunosuppressive, sun_protection
  kSmoking,
  kAntibody,             // diagnosis.antibodies lists it
  kSex,                  // patient.sex is this word
  kPregnancy,            // patient.pregnancy is this word
  kYearsSinceDiagnosis,  // whole years from diagnosis.diagnosed_on to the plan date
  kYearsSinceStarted,    // whole years since a current medicine (or class) started
  kAge,                  // whole years from patient.date_of_birth to the plan date
  kAny,
  kAll,
  kNot,
};

// Which treatments a medicine condition looks at.
enum class MedicineStatus { kAny, kCurrent, kPast, kPlanned };

// The word the rules files use: "any", "current", "past", "planned".
const char* StatusWord(MedicineStatus status);

struct Condition {
  ConditionKind kind = ConditionKind::kAlways;
  std::string value;  // organ id, subtype, medicine id, class, flag, smoking word
  bool flag = true;   // for kTreatmentResistant
  MedicineStatus status = MedicineStatus::kAny;  // the first status listed
  // Every status listed (`status: [current, planned]`); empty means any.
  // A medicine condition holds when the medicine has one of these statuses.
  std::vector<MedicineStatus> statuses;
  std::vector<Condition> children;  // for kAny, kAll, kNot (one child)
  // For the time kinds: the span of whole years that holds, at_least <= years
  // < under (either may be absent), and what the condition is when the date
  // it needs is not in the profile.
  std::optional<int> at_least;
  std::optional<int> under;
  bool if_unknown = false;
  bool by_class = false;  // kYearsSinceStarted: `value` is a medicine class, not an id
  SourceLoc loc;

  // Plain description for `careplan explain`, e.g. "organ: lungs".
  std::string Describe() const;
};

}  // namespace careplan::content
