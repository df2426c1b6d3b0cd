#include "plan/reasons.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "content/time_condition.h"
#include "profile/profile_keys.h"

namespace careplan::plan {

std::string LowerFirst(std::string_view text) {
  std::string result(text);
  if (result.size() >= 2 && std::isupper(static_cast<unsigned char>(result[0])) &&
      !std::isupper(static_cast<unsigned char>(result[1]))) {
    result[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(result[0])));
  }
  return result;
}

std::string MedicineLabel(const content::MedicineInfo* medicine, std::string_view written) {
  if (medicine == nullptr) return std::string(written);
  return LowerFirst(medicine->name);
}

std::string Everyone(const content::PersonFacts& facts) {
  if (!facts.vocabulary || facts.vocabulary->condition.empty()) return "everyone";
  return std::string(kEveryone) + facts.vocabulary->condition;
}

std::string TermLabel(profile::TermKind kind, std::string_view id,
                      const content::PersonFacts& facts) {
  if (facts.vocabulary) {
    if (const profile::Term* term = facts.vocabulary->Find(kind, id)) return term->ShortName();
  }
  std::string label(id);
  std::replace(label.begin(), label.end(), '_', ' ');
  return label;
}

std::string OrganLabel(std::string_view organ_id, const content::PersonFacts& facts) {
  return TermLabel(profile::TermKind::kOrgan, organ_id, facts);
}

bool OrganApplies(const content::OrganRules& organ, const content::PersonFacts& facts) {
  if (facts.is_packet) return false;
  return facts.organs.count(organ.organ) > 0 ||
         content::EvaluateCondition(organ.applies_when, facts);
}

std::string OrganReason(const content::OrganRules& organ, const content::PersonFacts& facts) {
  const std::string label = OrganLabel(organ.organ, facts);
  if (facts.organs.count(organ.organ) > 0) return label;
  return label + ", because of " + PlainMatch(organ.applies_when, facts);
}

namespace {

// "diagnosed less than 5 years ago", "aged 60 or over"; for an unknown date,
// what is missing.
std::string PlainTimeMatch(const content::Condition& condition, const content::PersonFacts& facts) {
  using content::ConditionKind;
  if (content::TimeConditionUnknown(condition, facts)) {
    return condition.kind == ConditionKind::kAge ? "your age not being recorded"
                                                 : "the date of diagnosis not being recorded";
  }
  std::string span;
  if (condition.at_least && condition.under) {
    span = std::to_string(*condition.at_least) + " to " + std::to_string(*condition.under);
  } else if (condition.under) {
    span = "less than " + std::to_string(*condition.under);
  } else {
    span = std::to_string(*condition.at_least) + " or more";
  }
  switch (condition.kind) {
    case ConditionKind::kYearsSinceDiagnosis:
      return "a diagnosis " + span + " years ago";
    case ConditionKind::kYearsSinceStarted:
      return "starting " + condition.value + " " + span + " years ago";
    default:
      return condition.under && !condition.at_least
                 ? "being under " + std::to_string(*condition.under)
                 : "being aged " + span;
  }
}

}  // namespace

std::string PlainMatch(const content::Condition& condition, const content::PersonFacts& facts) {
  using content::ConditionKind;
  switch (condition.kind) {
    case ConditionKind::kAlways:
      return Everyone(facts);
    case ConditionKind::kOrgan:
      return OrganLabel(condition.value, facts);
    case ConditionKind::kSubtype:
      return TermLabel(profile::TermKind::kSubtype, condition.value, facts);
    case ConditionKind::kSmoking:
      if (condition.value == "current") return "smoking";
      if (condition.value == "former") return "having smoked";
      return "not smoking";
    case ConditionKind::kAntibody:
      return TermLabel(profile::TermKind::kAntibody, condition.value, facts);
    case ConditionKind::kSex:
      return condition.value == "other" ? "your sex" : "being " + condition.value;
    case ConditionKind::kPregnancy:
      return "pregnancy: " + condition.value;
    case ConditionKind::kTreatmentResistant:
      return condition.flag ? "treatment-resistant disease" : "disease that responds to treatment";
    case ConditionKind::kMedicine:
    case ConditionKind::kMedicineClass:
    case ConditionKind::kMedicineFlag: {
      // Each medicine use that satisfies the condition on its own.
      std::vector<std::string> parts;
      for (const content::MedicineUse& use : facts.medicines) {
        content::PersonFacts one = facts;
        one.medicines = {use};
        one.unknown_medicines.clear();
        if (!content::EvaluateCondition(condition, one)) continue;
        const std::string name = MedicineLabel(use.medicine, use.medicine->name);
        std::string part;
        switch (use.status) {
          case content::MedicineStatus::kPlanned:
            part = "planned " + name;
            break;
          case content::MedicineStatus::kPast:
            part = "having taken " + name;
            break;
          default:
            part = "taking " + name;
            break;
        }
        if (std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(part);
      }
      if (parts.empty()) return content::ExplainMatch(condition, facts);
      std::string text;
      for (const std::string& part : parts) text += (text.empty() ? "" : " and ") + part;
      return text;
    }
    case ConditionKind::kAny:
    case ConditionKind::kAll: {
      std::string text;
      for (const content::Condition& child : condition.children) {
        if (!content::EvaluateCondition(child, facts)) continue;
        text += (text.empty() ? "" : " and ") + PlainMatch(child, facts);
      }
      return text.empty() ? content::ExplainMatch(condition, facts) : text;
    }
    case ConditionKind::kYearsSinceDiagnosis:
    case ConditionKind::kYearsSinceStarted:
    case ConditionKind::kAge:
      return PlainTimeMatch(condition, facts);
    case ConditionKind::kNot:
      break;
  }
  return content::ExplainMatch(condition, facts);
}

bool IsAlways(const content::Condition& condition) {
  return condition.kind == content::ConditionKind::kAlways;
}

std::string ConditionReason(const content::Condition& condition,
                            const content::PersonFacts& facts) {
  if (IsAlways(condition)) return Everyone(facts);
  return content::ExplainMatch(condition, facts);
}

void MergeSources(const std::vector<std::string>& from, std::vector<std::string>* to) {
  for (const std::string& source : from) {
    if (std::find(to->begin(), to->end(), source) == to->end()) to->push_back(source);
  }
}

std::string JoinSources(const std::vector<std::string>& sources) {
  std::string text;
  for (const std::string& source : sources) {
    if (!text.empty()) text += ", ";
    text += source;
  }
  return text;
}

}  // namespace careplan::plan
