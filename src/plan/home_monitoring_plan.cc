#include "plan/home_monitoring_plan.h"

#include <algorithm>
#include <cctype>

#include "base/placeholders.h"
#include "profile/profile_keys.h"

namespace careplan::plan {
namespace {

std::string Lower(const std::string& text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// The words by which the rules' warnings speak of a measure.
const char* MeasureWords(profile::HomeMeasure measure) {
  switch (measure) {
    case profile::HomeMeasure::kBloodPressure:
      return "blood pressure";
    case profile::HomeMeasure::kWeight:
      return "weight";
    case profile::HomeMeasure::kOxygenSaturation:
      return "oxygen";
    case profile::HomeMeasure::kTemperature:
      return "temperature";
  }
  return "";
}

std::string CapitalFirst(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

// "Renal ward, +44 20 7946 0600" for a care_team role, as the profile writes it.
std::string Contact(const std::string& role, const profile::Profile& profile) {
  for (const profile::CareTeamMember& member : profile.care_team) {
    if (profile::NormalizeWord(member.role) != profile::NormalizeWord(role)) continue;
    std::string text =
        member.role == member.name ? member.name : member.role + " (" + member.name + ")";
    if (!member.phone.empty()) text += ", " + member.phone;
    return text;
  }
  return role;
}

}  // namespace

const profile::HomeMonitoring* HomeEntry(const profile::Profile& profile,
                                         profile::HomeMeasure measure) {
  for (const profile::HomeMonitoring& entry : profile.home_monitoring)
    if (entry.measure == measure) return &entry;
  return nullptr;
}

std::string TeamSign(const profile::HomeMonitoring& entry, const profile::Profile& profile) {
  if (!entry.HasLevel()) return "";
  std::string text;
  if (!entry.act_at.empty()) {
    text = entry.measure == profile::HomeMeasure::kWeight
               ? "Your weight changes by " + entry.act_at
               : "Your " + std::string(profile::PlainName(entry.measure)) + " is " + entry.act_at +
                     (entry.measure == profile::HomeMeasure::kOxygenSaturation ? " or lower"
                                                                               : " or higher");
  } else {
    text = "Your " + std::string(profile::PlainName(entry.measure)) +
           " is outside the level your care team gave you";
  }
  text += ".";
  // Appended piece by piece: GCC 12 at -O2 reports a false -Wrestrict for
  // " " + std::string (GCC bug 105329).
  if (!entry.action.empty()) {
    text += ' ';
    text += CapitalFirst(entry.action);
  }
  if (!entry.call.empty()) text += " Call: " + Contact(entry.call, profile) + ".";
  return text;
}

// Where the team's sign is printed. Their own action decides: one that asks
// for emergency help stays among the emergency signs; any other (call the
// nurse line the same day) is a same-day sign, so that no box titled "call
// an ambulance" holds an instruction to call the ward. Without an action
// the rules' advice, and so their urgency, still applies.
content::Urgency TeamUrgency(const profile::HomeMonitoring& entry, const profile::Profile& profile,
                             content::Urgency rules_urgency) {
  if (entry.action.empty()) return rules_urgency;
  const std::string action = Lower(entry.action);
  for (const std::string& word : {std::string("ambulance"), std::string("emergency"),
                                  std::string("a&e"), Lower(profile.emergency_number)}) {
    if (!word.empty() && action.find(word) != std::string::npos)
      return content::Urgency::kEmergency;
  }
  return content::Urgency::kSameDay;
}

void FillUsualReadings(const profile::Profile& profile, CarePlan* plan) {
  const profile::HomeMonitoring* entry = HomeEntry(profile, profile::HomeMeasure::kBloodPressure);
  // Never "above your usual" without the usual: the team's, or a space to
  // write it in.
  const std::string usual =
      entry && !entry->usual.empty() ? entry->usual : "write it here: ____/____";
  for (WarningEntry& warning : plan->warnings)
    ReplaceAll(&warning.text, kUsualBloodPressure, usual);
}

void ApplyHomeMonitoring(const profile::Profile& profile, CarePlan* plan) {
  for (const profile::HomeMonitoring& entry : profile.home_monitoring) {
    const std::string sign = TeamSign(entry, profile);
    if (!sign.empty()) {
      // One reading, one action: the rules' signs about this measure give way
      // to the team's, which keeps the most urgent place among them.
      bool placed = false;
      std::vector<WarningEntry> kept;
      for (WarningEntry& warning : plan->warnings) {
        if (Lower(warning.text).find(MeasureWords(entry.measure)) == std::string::npos) {
          kept.push_back(std::move(warning));
          continue;
        }
        const content::Urgency team_urgency = TeamUrgency(entry, profile, warning.urgency);
        plan->replaced_advice.push_back(ReplacedAdvice{profile::PlainName(entry.measure),
                                                       warning.text, warning.urgency,
                                                       warning.reason.sources, sign, team_urgency});
        if (placed) continue;
        warning.text = sign;
        warning.urgency = team_urgency;
        warning.reason.text = "your care team's own level";
        kept.push_back(std::move(warning));
        placed = true;
      }
      // A level the rules have no sign for (Dimitris's weight) is the
      // team's own sign to act on: it is on page 1 too.
      if (!placed) {
        WarningEntry team;
        team.text = sign;
        team.urgency = TeamUrgency(entry, profile, content::Urgency::kSameDay);
        team.reason.text = "your care team's own level";
        kept.push_back(std::move(team));
      }
      plan->warnings = std::move(kept);
      // Emergency signs first, as BuildWarningSigns orders them.
      std::stable_sort(
          plan->warnings.begin(), plan->warnings.end(),
          [](const WarningEntry& a, const WarningEntry& b) { return a.urgency > b.urgency; });
    }
    if (entry.every && entry.measure == profile::HomeMeasure::kBloodPressure) {
      for (ScheduledTest& test : plan->schedule.tests)
        if (test.test_id == "home_blood_pressure") test.every = entry.every;
    }
  }
}

}  // namespace careplan::plan
