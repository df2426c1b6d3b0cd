#include "compose/packet_forms.h"

#include "compose/bp_log.h"
#include "compose/column_widths.h"
#include "compose/weight_log.h"

namespace careplan::compose {
namespace {

constexpr int kFormRows = 12;
constexpr int kSpareChecklistLines = 4;

void AppendTreatmentForm(const Measures& measures, std::vector<doc::Block>* blocks) {
  // The first form follows the part's introduction on the same page.
  blocks->push_back(doc::Heading{2, "My treatments", true, false});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "Write one medicine or treatment on each row: when you started and stopped it, and how it "
      "went (it worked, it did not work well enough, you could not take it, side effects).")});
  doc::FormGrid grid;
  grid.header = {"Medicine", "Dose", "From", "To", "Outcome", "Notes"};
  grid.blank_rows = kFormRows;
  FitColumns({1.4, 1.2, 0.9, 0.9, 1.2, 1.8}, measures, &grid);
  blocks->push_back(std::move(grid));
}

void AppendMonitoringForm(const Measures& measures, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, "My tests and check-ups", true, true});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "Write each test on a row when you have it, with the result if you know it and when it "
      "is due next.")});
  doc::FormGrid grid;
  grid.header = {"Test", "Date done", "Result", "Next due"};
  grid.blank_rows = kFormRows;
  FitColumns({1.6, 1.0, 1.8, 1.0}, measures, &grid);
  blocks->push_back(std::move(grid));
}

void AppendLifestyleForm(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, "Looking after yourself", true, true});
  doc::Checklist checklist;
  if (plan.knowledge) {
    for (const content::LifestyleItem& item : plan.knowledge->lifestyle) {
      if (item.when.kind == content::ConditionKind::kAlways) {
        checklist.items.push_back({doc::Plain(item.text), 0});
      }
    }
  }
  blocks->push_back(doc::Paragraph{doc::Plain(
      checklist.items.empty()
          ? "Write what you want to do each day to look after yourself, and tick it when it is "
            "part of your routine."
          : "Tick each box once it is part of your routine. Add your own goals on the lines.")});
  if (!checklist.items.empty()) blocks->push_back(std::move(checklist));
  blocks->push_back(doc::WriteInLines{"My own goals", kSpareChecklistLines});
}

void AppendBloodPressureForm(const Measures& measures, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, "My blood-pressure log", true, true});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "If your care team asks you to check your blood pressure at home, write each reading "
      "here and ask them which readings mean you should call.")});
  blocks->push_back(MakeBloodPressureGrid(kFormRows, measures));
}

// Weight loss is common with a slow gut; the team gives the change to call
// about, as for blood pressure.
void AppendWeightForm(const Measures& measures, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, kWeightLogTitle, true, true});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "If your care team asks you to weigh yourself at home, write your weight here with the "
      "date, and ask them which change means you should call.")});
  blocks->push_back(MakeWeightGrid(kFormRows, measures));
}

}  // namespace

void AppendPacketForms(const plan::CarePlan& plan, const Measures& measures,
                       std::vector<doc::Block>* blocks) {
  if (!plan.profile->packet.blank_forms) return;
  blocks->push_back(doc::Heading{1, "Forms to fill in", true, true});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "These pages are for you to fill in by hand and bring to your appointments. Make copies "
      "if you need more.")});
  AppendTreatmentForm(measures, blocks);
  AppendMonitoringForm(measures, blocks);
  AppendLifestyleForm(plan, blocks);
  AppendBloodPressureForm(measures, blocks);
  AppendWeightForm(measures, blocks);
}

}  // namespace careplan::compose
