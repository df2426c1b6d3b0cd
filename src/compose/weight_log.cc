#include "compose/weight_log.h"

#include <string>

#include "compose/column_widths.h"
#include "compose/when_to_act_box.h"
#include "plan/home_monitoring_plan.h"

namespace careplan::compose {
namespace {

constexpr int kLogRows = 18;

const profile::HomeMonitoring* TeamEntry(const plan::CarePlan& plan) {
  return plan.profile ? plan::HomeEntry(*plan.profile, profile::HomeMeasure::kWeight) : nullptr;
}

// The checklist item that asks for the log, if that is why the page is here.
const plan::ChecklistEntry* AskingItem(const plan::CarePlan& plan) {
  for (const plan::ChecklistEntry& entry : plan.checklist) {
    if (entry.log == content::ItemLog::kWeight) return &entry;
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

// One level and one action: the care team's where given (as on page 1),
// else the sign page 1 already prints ("You are losing weight without
// trying").
doc::Callout WhenToAct(const plan::CarePlan& plan) {
  return WhenToActBox(plan, profile::HomeMeasure::kWeight, "weight",
                      "If you are losing weight without trying, tell your care team.");
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
