#include "compose/checklist_pages.h"

#include <algorithm>
#include <iterator>

#include "compose/column_widths.h"
#include "compose/plain_words.h"
#include "plan/reasons.h"

namespace careplan::compose {
namespace {

constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr int kSpareRows = 2;

bool IsPersonal(const plan::ChecklistEntry& entry) {
  return entry.reason.text.rfind(plan::kEveryone, 0) != 0;
}

// The rules' items for this person's organs and medicines first, then the
// ones for everyone, at most kSelfCareItems: a short list is one people use.
std::vector<const plan::ChecklistEntry*> ChosenItems(
    const std::vector<plan::ChecklistEntry>& entries) {
  std::vector<const plan::ChecklistEntry*> items;
  for (const plan::ChecklistEntry& entry : entries) {
    if (!entry.personal_goal) items.push_back(&entry);
  }
  std::stable_partition(items.begin(), items.end(),
                        [](const plan::ChecklistEntry* entry) { return IsPersonal(*entry); });
  if (items.size() > kSelfCareItems) items.resize(kSelfCareItems);
  return items;
}

doc::Checklist SelfCareItems(const std::vector<plan::ChecklistEntry>& entries) {
  doc::Checklist checklist;
  for (const plan::ChecklistEntry* entry : ChosenItems(entries))
    checklist.items.push_back({doc::Plain(entry->text), 0});
  return checklist;
}

doc::Checklist Goals(const std::vector<plan::ChecklistEntry>& entries) {
  doc::Checklist checklist;
  for (const plan::ChecklistEntry& entry : entries) {
    if (entry.personal_goal) checklist.items.push_back({doc::Plain(entry.text), 0});
  }
  return checklist;
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

void AppendSelfCare(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  doc::Checklist items = SelfCareItems(plan.checklist);
  doc::Checklist goals = Goals(plan.checklist);
  blocks->push_back(doc::Heading{2, "What I can do", true, false});
  if (items.items.empty() && goals.items.empty()) {
    blocks->push_back(doc::Paragraph{doc::Plain(
        "Ask your care team what you can do each day to look after yourself, and write it "
        "here.")});
    blocks->push_back(doc::WriteInLines{"", 4});
    return;
  }
  if (!items.items.empty()) {
    blocks->push_back(doc::Paragraph{
        doc::Plain("Chosen for you. Tick each box once it is part of your routine.")});
    blocks->push_back(std::move(items));
  }
  if (!goals.items.empty()) {
    blocks->push_back(doc::Heading{3, "My own goals", false, false});
    blocks->push_back(std::move(goals));
  }
}

void AppendWeekForm(const plan::CarePlan& plan, const Measures& style,
                    std::vector<doc::Block>* blocks) {
  // The daily habits among what "What I can do" shows, then the person's
  // own goals: a row for a habit Part 1 never named was a habit unexplained.
  std::vector<const plan::ChecklistEntry*> entries = ChosenItems(plan.checklist);
  for (const plan::ChecklistEntry& entry : plan.checklist) {
    if (entry.personal_goal) entries.push_back(&entry);
  }
  std::vector<std::string> habits;
  std::vector<doc::PictureKind> pictures;
  for (const plan::ChecklistEntry* entry : entries) {
    if (!entry->daily) continue;
    habits.push_back(FirstClause(entry->text));
    if (entry->picture &&
        std::find(pictures.begin(), pictures.end(), *entry->picture) == pictures.end()) {
      pictures.push_back(*entry->picture);
    }
  }
  if (habits.empty()) return;
  // The heading, how to use it and the week's date stay with the chart.
  blocks->push_back(doc::Heading{1, "My week", true, true});
  blocks->push_back(doc::Paragraph{
      doc::Plain("How to use it: each row is a daily habit. Put a tick in the box on each day you "
                 "did it. Copy this page before you fill it in, to use it again next week."),
      true});
  blocks->push_back(doc::WriteInLines{"Week starting", 1, true});
  blocks->push_back(MakeWeeklyTracker(habits, style));
  // How to do a habit, drawn where it is ticked off (the hand stretches).
  // Under the grid: above it, in large print, it pushed the grid off the
  // page its heading and how-to are on. Optional: rather than be alone on a
  // page it is left out (Part 2 has it, in the habit's guide section).
  for (doc::PictureKind picture : pictures) blocks->push_back(doc::Picture{picture, true});
}

}  // namespace careplan::compose
