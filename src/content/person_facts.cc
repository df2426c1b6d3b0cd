#include "content/person_facts.h"

#include <algorithm>

#include "content/time_condition.h"

namespace careplan::content {
namespace {

// Whether a medicine with status `actual` satisfies the condition's status
// list (empty: any status).
bool StatusMatches(const Condition& condition, MedicineStatus actual) {
  if (condition.statuses.empty()) {
    return condition.status == MedicineStatus::kAny || condition.status == actual;
  }
  return std::any_of(
      condition.statuses.begin(), condition.statuses.end(),
      [&](MedicineStatus wanted) { return wanted == MedicineStatus::kAny || wanted == actual; });
}

bool IsAnyMedicine(const Condition& condition) {
  return condition.kind == ConditionKind::kMedicine && condition.value == "any";
}

bool HasFlag(const MedicineInfo& medicine, const std::string& flag) {
  if (flag == "immunosuppressive") return medicine.immunosuppressive;
  if (flag == "sun_protection") return medicine.sun_protection;
  if (flag == "harms_unborn_baby") return medicine.harms_unborn_baby;
  return false;
}

// Whether one medicine use satisfies a medicine condition.
bool UseMatches(const Condition& condition, const MedicineUse& use) {
  if (!StatusMatches(condition, use.status)) return false;
  switch (condition.kind) {
    case ConditionKind::kMedicine:
      return IsAnyMedicine(condition) || use.medicine->id == condition.value;
    case ConditionKind::kMedicineClass:
      return use.medicine->medicine_class == condition.value;
    case ConditionKind::kMedicineFlag:
      return HasFlag(*use.medicine, condition.value);
    default:
      return false;
  }
}

}  // namespace

MedicineStatus TreatmentStatus(const profile::Treatment& treatment, const Date& plan_date) {
  if (plan_date < treatment.started.FirstDay()) return MedicineStatus::kPlanned;
  if (treatment.stopped && !(plan_date < treatment.stopped->FirstDay())) {
    return MedicineStatus::kPast;
  }
  return MedicineStatus::kCurrent;
}

PersonFacts MakePersonFacts(const profile::Profile& profile, const Knowledge& knowledge) {
  PersonFacts facts;
  if (profile.kind == profile::ProfileKind::kPacket) {
    facts.is_packet = true;
    return facts;
  }
  facts.vocabulary = &knowledge.vocabulary;
  facts.organs.insert(profile.diagnosis.organ_involvement.begin(),
                      profile.diagnosis.organ_involvement.end());
  if (profile.diagnosis.subtype) facts.subtype = *profile.diagnosis.subtype;
  facts.treatment_resistant = profile.IsTreatmentResistant();
  facts.smoking = profile::ToString(profile.lifestyle.smoking);
  facts.antibodies.insert(profile.diagnosis.antibodies.begin(), profile.diagnosis.antibodies.end());
  if (profile.patient.sex) facts.sex = profile::ToString(*profile.patient.sex);
  if (profile.patient.pregnancy) facts.pregnancy = profile::ToString(*profile.patient.pregnancy);
  facts.plan_date = profile.plan_date;
  facts.diagnosed_on = profile.diagnosis.diagnosed_on;
  facts.date_of_birth = profile.patient.date_of_birth;
  auto add = [&](const std::string& name, MedicineStatus status,
                 std::optional<PartialDate> started) {
    if (const MedicineInfo* medicine = knowledge.FindMedicine(name)) {
      facts.medicines.push_back(MedicineUse{medicine, status, started});
    } else {
      facts.unknown_medicines.push_back(status);
    }
  };
  for (const profile::Treatment& treatment : profile.treatments) {
    add(treatment.name, TreatmentStatus(treatment, profile.plan_date), treatment.started);
  }
  for (const profile::PlannedTherapy& planned : profile.planned) {
    add(planned.name, MedicineStatus::kPlanned, std::nullopt);
  }
  return facts;
}

bool EvaluateCondition(const Condition& condition, const PersonFacts& facts) {
  switch (condition.kind) {
    case ConditionKind::kAlways:
      return true;
    case ConditionKind::kOrgan:
      return facts.organs.count(condition.value) > 0;
    case ConditionKind::kSubtype:
      return facts.subtype == condition.value;
    case ConditionKind::kTreatmentResistant:
      return !facts.is_packet && facts.treatment_resistant == condition.flag;
    case ConditionKind::kSmoking:
      return facts.smoking == condition.value;
    case ConditionKind::kAntibody:
      return facts.antibodies.count(condition.value) > 0;
    case ConditionKind::kSex:
      return facts.sex == condition.value;
    case ConditionKind::kPregnancy:
      return facts.pregnancy == condition.value;
    case ConditionKind::kYearsSinceDiagnosis:
    case ConditionKind::kYearsSinceStarted:
    case ConditionKind::kAge:
      return EvaluateTimeCondition(condition, facts);
    case ConditionKind::kMedicine:
    case ConditionKind::kMedicineClass:
    case ConditionKind::kMedicineFlag:
      if (IsAnyMedicine(condition) &&
          std::any_of(facts.unknown_medicines.begin(), facts.unknown_medicines.end(),
                      [&](MedicineStatus status) { return StatusMatches(condition, status); })) {
        return true;
      }
      return std::any_of(facts.medicines.begin(), facts.medicines.end(),
                         [&](const MedicineUse& use) { return UseMatches(condition, use); });
    case ConditionKind::kAny:
      return std::any_of(condition.children.begin(), condition.children.end(),
                         [&](const Condition& child) { return EvaluateCondition(child, facts); });
    case ConditionKind::kAll:
      return std::all_of(condition.children.begin(), condition.children.end(),
                         [&](const Condition& child) { return EvaluateCondition(child, facts); });
    case ConditionKind::kNot:
      return !condition.children.empty() && !EvaluateCondition(condition.children[0], facts);
  }
  return false;
}

std::string ExplainMatch(const Condition& condition, const PersonFacts& facts) {
  switch (condition.kind) {
    case ConditionKind::kMedicine:
    case ConditionKind::kMedicineClass:
    case ConditionKind::kMedicineFlag: {
      // Name what matched: "medicine: rituximab (current)", "medicine class
      // biologic: Tocilizumab (current)".
      std::string matched;
      for (const MedicineUse& use : facts.medicines) {
        if (!UseMatches(condition, use)) continue;
        if (!matched.empty()) matched += ", ";
        if (condition.kind == ConditionKind::kMedicine && !IsAnyMedicine(condition)) {
          matched += StatusWord(use.status);
        } else {
          matched += use.medicine->name + " (" + StatusWord(use.status) + ")";
        }
      }
      if (IsAnyMedicine(condition)) {
        for (MedicineStatus status : facts.unknown_medicines) {
          if (!StatusMatches(condition, status)) continue;
          if (!matched.empty()) matched += ", ";
          matched += std::string("a medicine not in the rules (") + StatusWord(status) + ")";
        }
      }
      if (matched.empty()) return condition.Describe();
      switch (condition.kind) {
        case ConditionKind::kMedicineClass:
          return "medicine class " + condition.value + ": " + matched;
        case ConditionKind::kMedicineFlag:
          return "medicine that is " + condition.value + ": " + matched;
        default:
          return IsAnyMedicine(condition) ? "medicine: " + matched
                                          : "medicine: " + condition.value + " (" + matched + ")";
      }
    }
    case ConditionKind::kAny: {
      // Only the parts that hold.
      std::string text;
      for (const Condition& child : condition.children) {
        if (!EvaluateCondition(child, facts)) continue;
        if (!text.empty()) text += "; ";
        text += ExplainMatch(child, facts);
      }
      return text.empty() ? condition.Describe() : text;
    }
    case ConditionKind::kAll: {
      std::string text;
      for (const Condition& child : condition.children) {
        if (!text.empty()) text += " and ";
        text += ExplainMatch(child, facts);
      }
      return text;
    }
    case ConditionKind::kYearsSinceDiagnosis:
    case ConditionKind::kAge:
      // Say when the answer came from `if_unknown`, so the clinician can add the date.
      return TimeConditionUnknown(condition, facts)
                 ? condition.Describe() + ", as the date is not in the profile"
                 : condition.Describe();
    default:
      return condition.Describe();
  }
}

}  // namespace careplan::content
