// The guide's own words for its condition, for the sentences compose writes
// around the plan ("everyone with scleroderma", the PDF keywords): they come
// from the vocabulary of the guide's rules, never from C++.
#pragma once

#include <string>

#include "plan/care_plan.h"

namespace careplan::compose {

// "scleroderma"; "your condition" when the plan has no rules (bare tests).
inline std::string ConditionWords(const plan::CarePlan& plan) {
  if (!plan.knowledge || plan.knowledge->vocabulary.condition.empty()) return "your condition";
  return plan.knowledge->vocabulary.condition;
}

// "scleroderma, systemic sclerosis": the PDF's keywords after the kind of document.
inline std::string ConditionKeywords(const plan::CarePlan& plan) {
  if (!plan.knowledge || plan.knowledge->vocabulary.keywords.empty()) return ConditionWords(plan);
  return plan.knowledge->vocabulary.keywords;
}

}  // namespace careplan::compose
