#include "compose/checklist_pages.h"

#include <algorithm>
#include <iterator>

#include "compose/column_widths.h"
#include "compose/plain_words.h"

namespace careplan::compose {
namespace {

constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr int kSpareRows = 2;

doc::Checklist MakeChecklist(const std::vector<plan::ChecklistEntry>& entries, bool goals) {
  doc::Checklist checklist;
  for (const plan::ChecklistEntry& entry : entries) {
    if (entry.personal_goal == goals) checklist.items.push_back({doc::Plain(entry.text), 0});
  }
  return checklist;
}

void AppendTracker(const plan::CarePlan& plan, const Measures& style,
                   std::vector<doc::Block>* blocks) {
  std::vector<std::string> habits;
  for (const plan::ChecklistEntry& entry : plan.checklist) {
    if (entry.daily) habits.push_back(FirstClause(entry.text));
  }
  if (habits.empty()) return;
  // The heading, how to use it and the week's date stay with the chart.
  blocks->push_back(doc::Heading{2, "My week", true, false});
  blocks->push_back(doc::Paragraph{
      doc::Plain("How to use it: each row is a daily habit from the list above. Put a tick in the "
                 "box on each day you did it. Copy this page before you fill it in, to use it "
                 "again next week."),
      true});
  blocks->push_back(doc::WriteInLines{"Week starting", 1, true});
  blocks->push_back(MakeWeeklyTracker(habits, style));
}

}  // namespace

doc::FormGrid MakeWeeklyTracker(const std::vector<std::string>& habits, const Measures& style) {
  doc::FormGrid grid;
  grid.header = {"Daily habit"};
  grid.header.insert(grid.header.end(), std::begin(kDays), std::end(kDays));
  grid.first_column = habits;
  grid.blank_rows = static_cast<int>(habits.size()) + kSpareRows;
  FitColumns({3, 1, 1, 1, 1, 1, 1, 1}, style, &grid);
  if (!FitsWidth(grid.column_weights, style)) {  // large print: "Mo", "Tu", ...
    for (size_t day = 1; day < grid.header.size(); ++day) grid.header[day].resize(2);
    FitColumns({3, 1, 1, 1, 1, 1, 1, 1}, style, &grid);
  }
  return grid;
}

void AppendChecklistPart(const plan::CarePlan& plan, const Measures& style,
                         std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, "Looking after yourself", true, true});
  doc::Checklist items = MakeChecklist(plan.checklist, false);
  doc::Checklist goals = MakeChecklist(plan.checklist, true);
  if (items.items.empty() && goals.items.empty()) {
    blocks->push_back(doc::Paragraph{doc::Plain(
        "Ask your care team what you can do each day to look after yourself, and write it "
        "here.")});
    blocks->push_back(doc::WriteInLines{"", 6});
    return;
  }
  if (!items.items.empty()) {
    blocks->push_back(doc::Heading{2, "What you can do", true, false});
    blocks->push_back(doc::Paragraph{
        doc::Plain("These are chosen for you. Tick each box once it is part of your routine.")});
    blocks->push_back(std::move(items));
  }
  if (!goals.items.empty()) {
    blocks->push_back(doc::Heading{2, "My own goals", true, false});
    blocks->push_back(std::move(goals));
  }
  AppendTracker(plan, style, blocks);
}

}  // namespace careplan::compose
