#include "compose/weight_log.h"

#include <cctype>
#include <string>

#include "compose/column_widths.h"
#include "compose/emergency_wording.h"
#include "compose/plain_words.h"
#include "compose/warning_pages.h"
#include "plan/home_monitoring_plan.h"

namespace careplan::compose {
namespace {

constexpr int kLogRows = 18;

// The title of the box that says when to act; a step points to it by name.
constexpr char kWhenToAct[] = "When to act";

const profile::HomeMonitoring* TeamEntry(const plan::CarePlan& plan) {
  return plan.profile ? plan::HomeEntry(*plan.profile, profile::HomeMeasure::kWeight) : nullptr;
}

// The checklist item that asks for the log, if that is why the page is here.
const plan::ChecklistEntry* AskingItem(const plan::CarePlan& plan) {
  for (const plan::ChecklistEntry& entry : plan.checklist) {
    if (entry.weight_log) return &entry;
  }
  return nullptr;
}

doc::Paragraph Why(const plan::CarePlan& plan) {
  const plan::ChecklistEntry* item = AskingItem(plan);
  const std::string why = TeamEntry(plan) != nullptr
                              ? "your care team asked you to check your weight at home."
                              : item->text;
  return doc::Paragraph{{{"Why: ", doc::TextStyle::kBold}, {why, doc::TextStyle::kRegular}}};
}

doc::Paragraph UsualWeight(const plan::CarePlan& plan) {
  const profile::HomeMonitoring* entry = TeamEntry(plan);
  if (entry && !entry->usual.empty()) {
    return doc::Paragraph{{{"My usual weight: ", doc::TextStyle::kBold},
                           {entry->usual + " (from my care team).", doc::TextStyle::kRegular}}};
  }
  return doc::Paragraph{
      {{"My usual weight: ", doc::TextStyle::kBold},
       {"________ (ask your care team and write it here).", doc::TextStyle::kRegular}}};
}

// The plan's own sign about weight ("You are losing weight without
// trying"), the most urgent first.
const plan::WarningEntry* WeightSign(const plan::CarePlan& plan) {
  const plan::WarningEntry* found = nullptr;
  for (const plan::WarningEntry& warning : plan.warnings) {
    if (warning.urgency == content::Urgency::kInfo ||
        Lowered(warning.text).find("weight") == std::string::npos) {
      continue;
    }
    if (!found || (warning.urgency == content::Urgency::kEmergency &&
                   found->urgency != content::Urgency::kEmergency)) {
      found = &warning;
    }
  }
  return found;
}

std::string LowerFirst(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

// One level and one action: the care team's where given (as on page 1),
// else the sign page 1 already prints.
doc::Callout WhenToAct(const plan::CarePlan& plan) {
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kWarning;
  const profile::HomeMonitoring* entry = TeamEntry(plan);
  if (entry && !plan::TeamSign(*entry, *plan.profile).empty()) {
    callout.title = std::string(kWhenToAct) + " (your care team's level)";
    callout.items.push_back(doc::Plain(plan::TeamSign(*entry, *plan.profile)));
    return callout;
  }
  const plan::WarningEntry* sign = WeightSign(plan);
  if (!sign) {
    callout.title = kWhenToAct;
    callout.paragraphs.push_back(
        doc::Plain("If you are losing weight without trying, tell your care team."));
    return callout;
  }
  callout.title = std::string(kWhenToAct) + ": " +
                  LowerFirst(sign->urgency == content::Urgency::kEmergency
                                 ? EmergencyTitle(plan.emergency_number)
                                 : std::string(kSameDayTitle));
  callout.items.push_back(doc::Plain(sign->text));
  return callout;
}

// The steps say only what the plan itself says: how often (the team's
// interval, if given), where to write, and to act on the box.
doc::List Steps(const plan::CarePlan& plan) {
  const profile::HomeMonitoring* entry = TeamEntry(plan);
  doc::List steps;
  steps.numbered = true;
  steps.items.push_back(doc::Plain(entry && entry->every
                                       ? "Weigh yourself " + entry->every->Display() + "."
                                       : "Weigh yourself as often as your care team says."));
  steps.items.push_back(doc::Plain("Write the date and your weight in the log."));
  steps.items.push_back(doc::Plain("If your weight has changed as the box \"" +
                                   std::string(kWhenToAct) + "\" above says, do what it says."));
  steps.items.push_back(doc::Plain("Bring this page to every appointment."));
  return steps;
}

}  // namespace

doc::FormGrid MakeWeightGrid(int blank_rows, const Measures& measures) {
  doc::FormGrid grid;
  grid.header = {"Date", "Time", "Weight", "Notes"};
  grid.blank_rows = blank_rows;
  FitColumns({1.2, 0.9, 1.2, 3.0}, measures, &grid);
  return grid;
}

void AppendWeightPart(const plan::CarePlan& plan, const Measures& measures,
                      std::vector<doc::Block>* blocks) {
  if (!plan.needs_weight_log || (!TeamEntry(plan) && !AskingItem(plan))) return;
  blocks->push_back(doc::Heading{1, kWeightLogTitle, true, true});
  blocks->push_back(doc::Paragraph{
      doc::Plain("Weigh yourself at home and write your weight here, with the date.")});
  blocks->push_back(Why(plan));
  blocks->push_back(UsualWeight(plan));
  blocks->push_back(WhenToAct(plan));
  blocks->push_back(doc::Paragraph{doc::Strong("How to keep the log:"), true});
  blocks->push_back(Steps(plan));
  blocks->push_back(MakeWeightGrid(kLogRows, measures));
}

}  // namespace careplan::compose
