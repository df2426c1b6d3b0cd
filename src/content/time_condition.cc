#include "content/time_condition.h"

#include <algorithm>
#include <optional>

#include "content/person_facts.h"

namespace careplan::content {
namespace {

using yaml::YamlValue;
using ErrorAt = std::function<void(YamlValue, const std::string&)>;

constexpr int kMaxYears = 150;  // a span beyond any life is a typo

std::optional<int> ReadYears(YamlValue node, const std::string& what, const ErrorAt& error) {
  if (!node.is_scalar()) {
    error(node, what + ": expected a whole number of years");
    return std::nullopt;
  }
  const std::string& text = node.text();
  if (text.empty() || text.size() > 3 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    error(node, what + ": expected a whole number of years, got \"" + text + "\"");
    return std::nullopt;
  }
  const int years = std::stoi(text);
  if (years > kMaxYears) {
    error(node, what + ": " + text + " years is more than " + std::to_string(kMaxYears));
    return std::nullopt;
  }
  return years;
}

// Whether `date` plus the span holds on `today`: years = whole years from
// `date` to `today`.
bool InSpan(const Condition& condition, const Date& from, const Date& today) {
  if (condition.at_least && today < from.AddYears(*condition.at_least)) return false;
  if (condition.under && !(today < from.AddYears(*condition.under))) return false;
  return true;
}

std::string SpanWords(const Condition& condition) {
  std::string text;
  if (condition.at_least) text += "at least " + std::to_string(*condition.at_least);
  if (condition.under) {
    text += (text.empty() ? "under " : " and under ") + std::to_string(*condition.under);
  }
  return text;
}

bool UseStartedMatches(const Condition& condition, const MedicineUse& use) {
  if (use.status != MedicineStatus::kCurrent || !use.started) return false;
  return condition.by_class ? use.medicine->medicine_class == condition.value
                            : use.medicine->id == condition.value;
}

}  // namespace

bool IsTimeConditionKey(const std::string& key) {
  return key == "years_since_diagnosis" || key == "years_since_started" || key == "age";
}

void ParseTimeCondition(const std::string& key, YamlValue value, Condition* condition,
                        const ErrorAt& error) {
  condition->kind = key == "age"                     ? ConditionKind::kAge
                    : key == "years_since_diagnosis" ? ConditionKind::kYearsSinceDiagnosis
                                                     : ConditionKind::kYearsSinceStarted;
  const bool started = condition->kind == ConditionKind::kYearsSinceStarted;
  if (!value.is_mapping()) {
    error(value, key + ": expected a mapping such as {" +
                     (started ? "medicine: nintedanib, " : std::string()) + "under: 1}");
    return;
  }
  for (const yaml::YamlEntry& entry : value.entries()) {
    const std::string& field = YamlValue(entry.key).text();
    const YamlValue second = entry.value;
    if (field == "at_least") {
      condition->at_least = ReadYears(second, key + ".at_least", error);
    } else if (field == "under") {
      condition->under = ReadYears(second, key + ".under", error);
    } else if (field == "if_unknown") {
      const std::string& word = second.text();
      if (word != "true" && word != "false") {
        error(second, key + ".if_unknown: expected true or false");
      }
      condition->if_unknown = word == "true";
    } else if (started && (field == "medicine" || field == "class")) {
      if (!condition->value.empty()) error(entry.key, key + ": give medicine or class, not both");
      if (second.text().empty()) {
        error(second, key + "." + field + ": expected a word");
      } else {
        condition->value = second.text();
        condition->by_class = field == "class";
      }
    } else {
      error(entry.key, "unknown key \"" + field + "\" in " + key + "; expected " +
                           (started ? "medicine or class, " : "") +
                           "at_least, under or if_unknown");
    }
  }
  if (!condition->at_least && !condition->under) {
    error(value, key + ": give at_least, under or both");
  }
  if (condition->at_least && condition->under && *condition->under <= *condition->at_least) {
    error(value, key + ": under must be more than at_least");
  }
  if (started && condition->value.empty()) {
    error(value, key + ": name the medicine (medicine: ID) or its class (class: CLASS)");
  }
}

std::string DescribeTimeCondition(const Condition& condition) {
  std::string what;
  switch (condition.kind) {
    case ConditionKind::kYearsSinceDiagnosis:
      what = "years since diagnosis";
      break;
    case ConditionKind::kYearsSinceStarted:
      what = "years since " + std::string(condition.by_class ? "a " : "") + condition.value +
             (condition.by_class ? " medicine" : "") + " started";
      break;
    default:
      what = "age";
      break;
  }
  return what + ": " + SpanWords(condition) + (condition.if_unknown ? " (or not known)" : "");
}

bool TimeConditionUnknown(const Condition& condition, const PersonFacts& facts) {
  switch (condition.kind) {
    case ConditionKind::kYearsSinceDiagnosis:
      return !facts.diagnosed_on.has_value();
    case ConditionKind::kAge:
      return !facts.date_of_birth.has_value();
    default:
      return false;  // a treatment always has its start date
  }
}

bool EvaluateTimeCondition(const Condition& condition, const PersonFacts& facts) {
  if (facts.is_packet) return false;
  if (TimeConditionUnknown(condition, facts)) return condition.if_unknown;
  switch (condition.kind) {
    case ConditionKind::kYearsSinceDiagnosis:
      return InSpan(condition, facts.diagnosed_on->LastDay(), facts.plan_date);
    case ConditionKind::kAge:
      return InSpan(condition, *facts.date_of_birth, facts.plan_date);
    case ConditionKind::kYearsSinceStarted:
      return std::any_of(facts.medicines.begin(), facts.medicines.end(),
                         [&](const MedicineUse& use) {
                           return UseStartedMatches(condition, use) &&
                                  InSpan(condition, use.started->LastDay(), facts.plan_date);
                         });
    default:
      return false;
  }
}

}  // namespace careplan::content
