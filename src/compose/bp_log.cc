#include "compose/bp_log.h"

#include <optional>

#include "compose/bp_log_example.h"
#include "compose/column_widths.h"
#include "compose/plain_words.h"
#include "compose/seated_reading_picture.h"
#include "compose/when_to_act_box.h"
#include "plan/home_monitoring_plan.h"
#include "plan/reasons.h"

namespace careplan::compose {
namespace {

constexpr int kLogRows = 12;

constexpr char kMeasureWords[] = "blood pressure";

bool MentionsBloodPressure(const std::string& text) {
  return Lowered(text).find(kMeasureWords) != std::string::npos;
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
  return WhenToActBox(plan, profile::HomeMeasure::kBloodPressure, kMeasureWords,
                      "If your readings are higher than usual, call your care team the same day.");
}

std::string BoxText(const doc::Callout& callout) {
  std::string text;
  for (const doc::RichText& item : callout.items)
    for (const doc::Span& span : item) text += span.text + " ";
  for (const doc::RichText& paragraph : callout.paragraphs)
    for (const doc::Span& span : paragraph) text += span.text + " ";
  return text;
}

// The worked example under the header: the team's usual reading, below the
// lowest level the When-to-act box names, so the page shows one set of numbers.
std::vector<doc::RichText> ExampleRowFor(const plan::CarePlan& plan,
                                         const doc::Callout& when_to_act) {
  const profile::HomeMonitoring* entry = TeamEntry(plan);
  const std::optional<profile::BloodPressureReading> usual =
      entry ? profile::ParseBloodPressure(entry->usual) : std::nullopt;
  return ExampleRow(ExampleReadings(usual, LowestLevelIn(BoxText(when_to_act))));
}

// What the care team asks done with the readings ("Send your blood pressure
// readings by e-mail every Friday"), where the readings are written: in the
// contacts table alone it was missed. An out-of-hours contact's note says
// when to call, which the box "When to act" already says.
void AppendTeamNotesOnReadings(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  for (const profile::CareTeamMember& member : profile.care_team) {
    if (member.out_of_hours || !MentionsBloodPressure(member.notes)) continue;
    // "From your kidney specialist (nephrologist), Dr. Ferreira:": the role's
    // own brackets are not nested inside another pair.
    std::string from =
        member.role.empty() ? "From " + member.name : "From your " + plan::LowerFirst(member.role);
    if (!member.role.empty() && !member.name.empty() && member.name != member.role) {
      from += ", " + member.name;
    }
    std::string note = member.notes;
    if (!note.empty() && note.back() != '.') note += ".";
    if (!member.email.empty()) note += " E-mail: " + member.email + ".";
    blocks->push_back(
        doc::Paragraph{{{from + ": ", doc::TextStyle::kBold}, {note, doc::TextStyle::kRegular}}});
  }
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
  // The sources give no rule that picks one of the two readings, so either
  // one at the level counts: the box's action starts with checking again.
  // "140/90 or higher" read as both numbers at once was a misreading a
  // health-literacy rater found: either number at its level counts (S78).
  steps.items.push_back(doc::Plain(
      "If either reading is at or above the level in the box \"" + std::string(kWhenToAct) +
      "\" above, do what it says. A reading is at that level when its top number, or its bottom "
      "number, is as high as the box's or higher."));
  blocks->push_back(std::move(steps));
  blocks->push_back(MakeSeatedReadingPicture(measures));
}

}  // namespace

doc::FormGrid MakeBloodPressureGrid(int blank_rows, const Measures& measures,
                                    std::vector<doc::RichText> example_row) {
  doc::FormGrid grid;
  grid.header = {"Date", "Time", "First reading", "Second reading", "Pulse", "Notes"};
  if (!example_row.empty()) grid.filled_rows.push_back(std::move(example_row));
  grid.blank_rows = blank_rows;
  FitColumns({1.2, 0.9, 1.3, 1.3, 0.8, 1.8}, measures, &grid);
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
  AppendTeamNotesOnReadings(*plan.profile, blocks);
  blocks->push_back(UsualReading(plan));
  const doc::Callout when_to_act = WhenToAct(plan);
  blocks->push_back(when_to_act);
  AppendHowToMeasure(plan, measures, blocks);
  blocks->push_back(doc::Paragraph{doc::Plain("The other signs to watch for are on page 1.")});
  std::vector<doc::RichText> example = ExampleRowFor(plan, when_to_act);
  if (!example.empty()) {
    blocks->push_back(doc::Paragraph{
        doc::Plain("How to fill it in: the first row is an example. Write each reading as top "
                   "number / bottom number, as in the example. Use the empty rows for your own "
                   "readings."),
        true});
  }
  blocks->push_back(MakeBloodPressureGrid(kLogRows, measures, std::move(example)));
}

}  // namespace careplan::compose
