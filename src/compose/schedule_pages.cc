#include "compose/schedule_pages.h"

#include <algorithm>

#include "compose/column_widths.h"
#include "compose/condition_words.h"
#include "compose/plain_words.h"
#include "compose/planner_grid.h"

namespace careplan::compose {
namespace {

// "your lungs", "your lungs and nintedanib", "your lungs, MMF and nintedanib".
std::string JoinedWithAnd(const std::vector<std::string>& words) {
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += i + 1 == words.size() ? " and " : ", ";
    text += words[i];
  }
  return text;
}

// What the test looks for, the person's own reasons for it ("For: your
// lungs and nintedanib"; none for a check everyone has, as the paragraph
// above the table says), then the plain notes, the profile's own last.
doc::RichText WhyText(const plan::ScheduledTest& test) {
  doc::RichText text;
  auto add_line = [&text](std::string line, doc::TextStyle style) {
    if (!text.empty()) line = "\n" + line;
    text.push_back({std::move(line), style});
  };
  if (!test.why.empty()) add_line(test.why, doc::TextStyle::kRegular);
  if (!test.because.empty()) {
    add_line("For: ", doc::TextStyle::kBold);
    text.push_back({JoinedWithAnd(test.because) + ".", doc::TextStyle::kRegular});
  } else if (test.listed_by_team && !test.for_everyone) {
    add_line("Your care team asked for it.", doc::TextStyle::kRegular);
  }
  for (const std::string& note : test.notes) {
    if (!note.empty()) add_line(note, doc::TextStyle::kRegular);
  }
  return text;
}

// The last-done date, with the narrower test it is of ("6 Oct 2026 (full
// blood count)"). A check done at home has no record to miss: no "Not
// recorded" there.
doc::RichText LastDoneText(const plan::ScheduledTest& test) {
  if (!test.last_done) return doc::Plain(test.at_home ? "" : "Not recorded");
  std::string text = test.last_done->Display();
  if (!test.last_done_of.empty()) text += " (" + test.last_done_of + ")";
  return doc::Plain(text);
}

// "Every 3 months"; a range from the rules leaves the choice to the team:
// "Every 3 to 12 months, as your team decides".
std::string IntervalText(const plan::ScheduledTest& test) {
  if (!test.every) return "As your team decides";
  std::string text = Capitalised(test.every->Display());
  if (test.every->IsRange()) text += ", as your team decides";
  return text;
}

std::vector<doc::RichText> ScheduleRow(const plan::ScheduledTest& test,
                                       const plan::CarePlan& plan) {
  return {doc::Strong(test.name), WhyText(test), doc::Plain(IntervalText(test)), LastDoneText(test),
          NextDueText(test, plan)};
}

void AppendPlanner(const plan::CarePlan& plan, const Measures& style,
                   std::vector<doc::Block>* blocks) {
  const std::vector<PlannerTable> tables = MakePlannerTables(plan.schedule, style);
  if (tables.empty()) return;
  blocks->push_back(doc::Heading{2, "My 12-month planner", true, false});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "How to read the planner: each row is a test with a date. \"Due\" is written in each "
      "month the test is due, starting with this month; \"Now\" means it is overdue: ask your "
      "care team to book it. Write the date in the box when it is done. Tests without a date (at "
      "your next visit, or as your team decides) are not in it.")});
  for (const PlannerTable& half : tables) {
    blocks->push_back(doc::Heading{3, half.title, false, false});
    blocks->push_back(half.table);
  }
}

}  // namespace

doc::Table MakeScheduleTable(const plan::CarePlan& plan) {
  doc::Table table;
  table.header = {doc::Plain("Test"), doc::Plain("Why"), doc::Plain("How often"),
                  doc::Plain("Last done"), doc::Plain("Next due")};
  for (const plan::ScheduledTest& test : plan.schedule.tests) {
    table.rows.push_back(ScheduleRow(test, plan));
  }
  return table;
}

void AppendSchedulePart(const plan::CarePlan& plan, const Measures& style,
                        std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, "Check-ups and tests", true, true});
  if (plan.schedule.tests.empty()) {
    blocks->push_back(doc::Paragraph{doc::Plain(
        "No check-ups or tests are listed yet. Ask your care team which ones you need.")});
    return;
  }
  blocks->push_back(doc::Heading{2, "My monitoring schedule", true, false});
  const bool any_overdue = std::any_of(plan.schedule.tests.begin(), plan.schedule.tests.end(),
                                       [](const plan::ScheduledTest& t) { return t.overdue; });
  doc::Table table = MakeScheduleTable(plan);
  std::string how = ColumnsFit(table, style) ? "How to read this table: each row is"
                                             : "How to read this list: each entry is";
  how +=
      " a check-up or test. \"Why\" says what it looks for, and \"For\" names your own "
      "reason, such as a medicine; without \"For\", it is a check for everyone with " +
      ConditionWords(plan) + ". \"Next due\" says when to have it next.";
  if (any_overdue)
    how +=
        " A test marked \"Overdue since\" should have been done already: ask "
        "your care team to book it.";
  blocks->push_back(doc::Paragraph{doc::Plain(how)});
  AppendTableOrBlocks(std::move(table), {1.0, 4.0, 0.8, 0.85, 0.95}, style, blocks);
  AppendPlanner(plan, style, blocks);
}

}  // namespace careplan::compose
