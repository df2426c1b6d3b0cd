#include "compose/when_to_act_box.h"

#include "compose/emergency_wording.h"
#include "compose/plain_words.h"
#include "compose/warning_pages.h"
#include "plan/home_monitoring_plan.h"

namespace careplan::compose {
namespace {

// "When to act: go to emergency care…": the box's name, then what to do.
std::string WhenToActThen(std::string what_to_do) {
  if (!what_to_do.empty()) what_to_do = Lowered(what_to_do.substr(0, 1)) + what_to_do.substr(1);
  return std::string(kWhenToAct) + ": " + what_to_do;
}

}  // namespace

const plan::WarningEntry* SignAbout(const plan::CarePlan& plan, std::string_view words) {
  for (const plan::WarningEntry& warning : plan.warnings) {
    if (warning.urgency != content::Urgency::kInfo &&
        Lowered(warning.text).find(words) != std::string::npos) {
      return &warning;
    }
  }
  return nullptr;
}

doc::Callout WhenToActBox(const plan::CarePlan& plan, profile::HomeMeasure measure,
                          std::string_view words, const std::string& fallback) {
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kWarning;
  const profile::HomeMonitoring* entry =
      plan.profile ? plan::HomeEntry(*plan.profile, measure) : nullptr;
  const std::string team_sign = entry ? plan::TeamSign(*entry, *plan.profile) : "";
  if (!team_sign.empty()) {
    callout.title = std::string(kWhenToAct) + " (your care team's level)";
    callout.items.push_back(doc::Plain(team_sign));
    return callout;
  }
  return WhenToActBox(plan, words, fallback);
}

doc::Callout WhenToActBox(const plan::CarePlan& plan, std::string_view words,
                          const std::string& fallback) {
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kWarning;
  const plan::WarningEntry* sign = SignAbout(plan, words);
  if (!sign) {
    callout.title = kWhenToAct;
    callout.paragraphs.push_back(doc::Plain(fallback));
    return callout;
  }
  callout.title = WhenToActThen(sign->urgency == content::Urgency::kEmergency
                                    ? EmergencyTitle(plan.emergency_number)
                                    : std::string(kSameDayTitle));
  callout.items.push_back(doc::Plain(sign->text));
  return callout;
}

}  // namespace careplan::compose
