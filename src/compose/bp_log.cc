#include "compose/bp_log.h"

#include <cctype>

#include "compose/column_widths.h"
#include "compose/emergency_wording.h"
#include "compose/seated_reading_picture.h"
#include "compose/warning_pages.h"
#include "plan/home_monitoring_plan.h"

namespace careplan::compose {
namespace {

constexpr int kLogRows = 12;

bool MentionsBloodPressure(const std::string& text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find("blood pressure") != std::string::npos;
}

// The warning that says when a reading is too high, if the plan has one.
const plan::WarningEntry* ThresholdWarning(const plan::CarePlan& plan) {
  for (const plan::WarningEntry& warning : plan.warnings) {
    if (warning.urgency != content::Urgency::kInfo && MentionsBloodPressure(warning.text)) {
      return &warning;
    }
  }
  return nullptr;
}

// The care team's blood-pressure entry in home_monitoring, or null.
const profile::HomeMonitoring* TeamEntry(const plan::CarePlan& plan) {
  if (!plan.profile) return nullptr;
  return plan::HomeEntry(*plan.profile, profile::HomeMeasure::kBloodPressure);
}

// The person's usual reading, from the care team, or a box to write it in.
doc::Paragraph UsualReading(const plan::CarePlan& plan) {
  const profile::HomeMonitoring* entry = TeamEntry(plan);
  if (entry && !entry->usual.empty()) {
    return doc::Paragraph{{{"My usual reading: ", doc::TextStyle::kBold},
                           {entry->usual + " (from my care team).", doc::TextStyle::kRegular}}};
  }
  return doc::Paragraph{
      {{"My usual reading: ", doc::TextStyle::kBold},
       {"______ / ______ (ask your care team and write it here).", doc::TextStyle::kRegular}}};
}

doc::Callout WhenToAct(const plan::CarePlan& plan) {
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kWarning;
  const profile::HomeMonitoring* entry = TeamEntry(plan);
  if (entry && !plan::TeamSign(*entry, *plan.profile).empty()) {
    callout.title = "When to act (your care team's level)";
    callout.items.push_back(doc::Plain(plan::TeamSign(*entry, *plan.profile)));
    return callout;
  }
  const plan::WarningEntry* warning = ThresholdWarning(plan);
  if (!warning) {
    callout.title = "When to act";
    callout.paragraphs.push_back(
        doc::Plain("If your readings are higher than usual, call your care team the same day."));
    return callout;
  }
  callout.title = warning->urgency == content::Urgency::kEmergency
                      ? EmergencyTitle(plan.emergency_number)
                      : std::string(kSameDayTitle);
  callout.items.push_back(doc::Plain(warning->text));
  return callout;
}

// The steps of a reliable home reading (general.yaml, with its sources),
// and a drawing of how to sit.
void AppendHowToMeasure(const plan::CarePlan& plan, const Measures& measures,
                        std::vector<doc::Block>* blocks) {
  if (!plan.knowledge || plan.knowledge->blood_pressure_how_to.steps.empty()) return;
  blocks->push_back(doc::Paragraph{doc::Strong("How to check your blood pressure:"), true});
  doc::List steps;
  steps.numbered = true;
  for (const std::string& step : plan.knowledge->blood_pressure_how_to.steps)
    steps.items.push_back(doc::Plain(step));
  blocks->push_back(std::move(steps));
  blocks->push_back(MakeSeatedReadingPicture(measures));
}

}  // namespace

doc::FormGrid MakeBloodPressureGrid(int blank_rows, const Measures& measures) {
  doc::FormGrid grid;
  grid.header = {"Date",  "Time", "Top number (systolic)", "Bottom number (diastolic)",
                 "Pulse", "Notes"};
  grid.blank_rows = blank_rows;
  FitColumns({1.2, 0.9, 1.3, 1.3, 0.9, 2.0}, measures, &grid);
  return grid;
}

void AppendBloodPressurePart(const plan::CarePlan& plan, const Measures& measures,
                             std::vector<doc::Block>* blocks) {
  if (!plan.needs_blood_pressure_log) return;
  blocks->push_back(doc::Heading{1, "My blood-pressure log", true, true});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "Check your blood pressure at home and write each reading here, with the date and time. "
      "Bring this page to every appointment.")});
  if (!plan.blood_pressure_log_reason.text.empty()) {
    blocks->push_back(
        doc::Paragraph{{{"Why: ", doc::TextStyle::kBold},
                        {plan.blood_pressure_log_reason.text + ".", doc::TextStyle::kRegular}}});
  }
  blocks->push_back(UsualReading(plan));
  blocks->push_back(WhenToAct(plan));
  AppendHowToMeasure(plan, measures, blocks);
  blocks->push_back(doc::Paragraph{doc::Plain("The other signs to watch for are on page 1.")});
  blocks->push_back(MakeBloodPressureGrid(kLogRows, measures));
}

}  // namespace careplan::compose
