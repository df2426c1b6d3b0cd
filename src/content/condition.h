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
#pragma once

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
  kAntibody,   // diagnosis.antibodies lists it
  kSex,        // patient.sex is this word
  kPregnancy,  // patient.pregnancy is this word
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
  SourceLoc loc;

  // Plain description for `careplan explain`, e.g. "organ: lungs".
  std::string Describe() const;
};

}  // namespace careplan::content
