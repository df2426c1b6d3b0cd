// PersonFacts: what conditions (condition.h) ask about a person, computed
// once from the profile and the knowledge: organs, subtype, resistance,
// smoking, and each medicine they take, took or plan, matched to the rules.
// EvaluateCondition is a pure function of a condition and these facts.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/partial_date.h"
#include "content/condition.h"
#include "content/knowledge.h"
#include "profile/profile.h"

namespace careplan::content {

struct MedicineUse {
  const MedicineInfo* medicine = nullptr;            // never null: unknown names are not listed
  MedicineStatus status = MedicineStatus::kCurrent;  // kCurrent, kPast or kPlanned
  std::optional<PartialDate> started;                // none for `planned` entries
};

struct PersonFacts {
  bool is_packet = false;  // packets have no person: only `always` holds
  std::set<std::string> organs;
  std::string subtype;  // profile vocabulary, empty when not given
  bool treatment_resistant = false;
  std::string smoking;               // current | former | never | empty
  std::set<std::string> antibodies;  // profile vocabulary
  std::string sex;                   // female | male | other | empty
  std::string pregnancy;             // profile vocabulary, empty when not given
  std::vector<MedicineUse> medicines;
  // For the time conditions (time_condition.h), judged on the plan date.
  Date plan_date{1970, 1, 1};
  std::optional<PartialDate> diagnosed_on;
  std::optional<Date> date_of_birth;
  // The status of each treatment / planned name the rules do not know (for
  // `{medicine: any}`, which counts them too).
  std::vector<MedicineStatus> unknown_medicines;
  // The guide's words, for plain names in reasons; nullptr in packets.
  const profile::Vocabulary* vocabulary = nullptr;
};

// The status of a profile treatment on the plan date: kPlanned when it starts
// after the plan date, kPast when it stopped on or before it, else kCurrent.
// Partial dates count from their first day.
MedicineStatus TreatmentStatus(const profile::Treatment& treatment, const Date& plan_date);

PersonFacts MakePersonFacts(const profile::Profile& profile, const Knowledge& knowledge);

bool EvaluateCondition(const Condition& condition, const PersonFacts& facts);

// Why a condition holds, in plain words for `careplan explain`
// (e.g. "organ: lungs"; for any/all, the parts that matched).
std::string ExplainMatch(const Condition& condition, const PersonFacts& facts);

}  // namespace careplan::content
