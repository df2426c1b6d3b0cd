#include "plan/blood_pressure_log.h"

#include <string>

#include "plan/reasons.h"

namespace careplan::plan {
namespace {

// "5 years", "6 months": the length of an interval.
std::string LengthText(const Interval& interval) {
  const char* unit = "";
  switch (interval.unit) {
    case IntervalUnit::kDays:
      unit = "day";
      break;
    case IntervalUnit::kWeeks:
      unit = "week";
      break;
    case IntervalUnit::kMonths:
      unit = "month";
      break;
    case IntervalUnit::kYears:
      unit = "year";
      break;
  }
  return std::to_string(interval.count) + " " + unit + (interval.count == 1 ? "" : "s");
}

// Why `trigger` holds for this person, or "" when it does not.
std::string TriggerReason(const content::HomeLogTrigger& trigger, const profile::Profile& profile,
                          const content::PersonFacts& facts) {
  if (!content::EvaluateCondition(trigger.when, facts)) return "";
  std::string reason = trigger.reason.empty() ? PlainMatch(trigger.when, facts) : trigger.reason;
  if (!trigger.diagnosed_within) return reason;
  const std::optional<PartialDate>& diagnosed = profile.diagnosis.diagnosed_on;
  if (!diagnosed) return reason + " (the date of diagnosis is not given)";
  // Counted from the last possible day of a partial date: 2021 may be Dec 2021.
  if (!(profile.plan_date < trigger.diagnosed_within->AddTo(diagnosed->LastDay()))) return "";
  return reason + ", diagnosed less than " + LengthText(*trigger.diagnosed_within) + " ago (" +
         diagnosed->Display() + ")";
}

}  // namespace

BloodPressureLogDecision DecideBloodPressureLog(const profile::Profile& profile,
                                                const content::Knowledge& knowledge,
                                                const content::PersonFacts& facts,
                                                const MonitoringSchedule& schedule) {
  BloodPressureLogDecision decision;
  const content::HomeLogRule* rule = knowledge.HomeLog("blood_pressure");
  if (facts.is_packet || rule == nullptr) return decision;
  auto add = [&](const std::string& text) {
    decision.needed = true;
    if (!decision.reason.text.empty()) decision.reason.text += "; ";
    decision.reason.text += text;
  };

  for (const content::HomeLogTrigger& trigger : rule->triggers) {
    if (std::string reason = TriggerReason(trigger, profile, facts); !reason.empty()) add(reason);
  }

  if (!decision.needed) {
    for (const ScheduledTest& test : schedule.tests) {
      if (test.test_id == rule->test) {
        add(rule->when_scheduled);
        break;
      }
    }
  }

  if (decision.needed) {
    if (const content::TestInfo* test = knowledge.TestById(rule->test)) {
      decision.reason.sources = test->sources;
    }
  }
  return decision;
}

}  // namespace careplan::plan
