#include "content/condition.h"

#include "content/time_condition.h"

namespace careplan::content {
namespace {

std::string StatusWords(const Condition& condition) {
  if (condition.statuses.size() <= 1) return StatusWord(condition.status);
  std::string text;
  for (MedicineStatus status : condition.statuses) {
    text += (text.empty() ? "" : " or ") + std::string(StatusWord(status));
  }
  return text;
}

std::string DescribeChildren(const std::vector<Condition>& children, const char* joiner) {
  std::string text;
  for (size_t i = 0; i < children.size(); ++i) {
    if (i > 0) text += joiner;
    text += children[i].Describe();
  }
  return "(" + text + ")";
}

}  // namespace

const char* StatusWord(MedicineStatus status) {
  switch (status) {
    case MedicineStatus::kAny:
      return "any";
    case MedicineStatus::kCurrent:
      return "current";
    case MedicineStatus::kPast:
      return "past";
    case MedicineStatus::kPlanned:
      return "planned";
  }
  return "";
}

std::string Condition::Describe() const {
  switch (kind) {
    case ConditionKind::kAlways:
      return "always";
    case ConditionKind::kOrgan:
      return "organ: " + value;
    case ConditionKind::kSubtype:
      return "subtype: " + value;
    case ConditionKind::kTreatmentResistant:
      return std::string("treatment resistant: ") + (flag ? "yes" : "no");
    case ConditionKind::kMedicine:
      return "medicine: " + value + " (" + StatusWords(*this) + ")";
    case ConditionKind::kMedicineClass:
      return "medicine class: " + value + " (" + StatusWords(*this) + ")";
    case ConditionKind::kMedicineFlag:
      return "medicine that is " + value + " (" + StatusWords(*this) + ")";
    case ConditionKind::kSmoking:
      return "smoking: " + value;
    case ConditionKind::kAntibody:
      return "antibody: " + value;
    case ConditionKind::kSex:
      return "sex: " + value;
    case ConditionKind::kPregnancy:
      return "pregnancy: " + value;
    case ConditionKind::kYearsSinceDiagnosis:
    case ConditionKind::kYearsSinceStarted:
    case ConditionKind::kAge:
      return DescribeTimeCondition(*this);
    case ConditionKind::kAny:
      return DescribeChildren(children, " or ");
    case ConditionKind::kAll:
      return DescribeChildren(children, " and ");
    case ConditionKind::kNot:
      return "not " + (children.empty() ? "?" : children[0].Describe());
  }
  return "";
}

}  // namespace careplan::content
