// Reasons: the small shared vocabulary of plan/ for saying why something is
// in a plan (labels for medicines and organs, "everyone with scleroderma"),
// which organs' rules apply to a person, and merging of source lists. Used by
// every part of ComputePlan so that explanations read the same everywhere.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/name_match.h"
#include "content/condition.h"
#include "content/knowledge.h"
#include "content/person_facts.h"

namespace careplan::plan {

// The reason given for rules that apply to everyone.
// How a reason for everyone begins; Everyone() adds the guide's condition.
inline constexpr std::string_view kEveryone = "everyone with ";
// "everyone with scleroderma": the condition of the guide's vocabulary.
std::string Everyone(const content::PersonFacts& facts);

// Lowercases the first letter unless the word is an abbreviation
// ("Methotrexate" -> "methotrexate", "HRCT scan" stays).
std::string LowerFirst(std::string_view text);

// How a medicine is named in reasons: the rules' name with a lowercase first
// letter, or the name as written when the rules do not know it.
std::string MedicineLabel(const content::MedicineInfo* medicine, std::string_view written);

// Short plain name of a vocabulary word, from the guide's vocabulary
// ("gastrointestinal" -> "gut"); the id with spaces for underscores when the
// vocabulary does not name it.
std::string TermLabel(profile::TermKind kind, std::string_view id,
                      const content::PersonFacts& facts);
std::string OrganLabel(std::string_view organ_id, const content::PersonFacts& facts);

// Whether an organ's rules apply: the organ is in the person's
// organ_involvement, or the organ's own condition holds (kidneys also apply
// to diffuse cutaneous disease and to current steroids).
bool OrganApplies(const content::OrganRules& organ, const content::PersonFacts& facts);

// "kidneys", or "kidneys, because of diffuse cutaneous scleroderma" when the
// organ applies through its condition rather than through organ_involvement.
// Printed to the patient (compose lists monitoring reasons).
// REQUIRES: OrganApplies(organ, facts).
std::string OrganReason(const content::OrganRules& organ, const content::PersonFacts& facts);

// The parts of a condition that hold, as a plain noun phrase for patients:
// "diffuse cutaneous scleroderma", "taking steroids (glucocorticoids)",
// "lungs", "smoking"; parts of `any` that hold are joined with " and ".
// Falls back to ExplainMatch for what it cannot word (`not`).
std::string PlainMatch(const content::Condition& condition, const content::PersonFacts& facts);

// Everyone() for `always`, else ExplainMatch of the condition.
std::string ConditionReason(const content::Condition& condition, const content::PersonFacts& facts);

bool IsAlways(const content::Condition& condition);

// Appends the ids of `from` that `to` does not hold yet, in order.
void MergeSources(const std::vector<std::string>& from, std::vector<std::string>* to);

// "S4, S7", or "" for none.
std::string JoinSources(const std::vector<std::string>& sources);

}  // namespace careplan::plan
