#include "compose/schedule_pages.h"

#include <algorithm>

#include "base/suggest.h"
#include "compose/column_widths.h"
#include "compose/condition_words.h"
#include "compose/plain_words.h"
#include "compose/planner_grid.h"

namespace careplan::compose {
namespace {

// The person's own reasons for a test ("For: your lungs and nintedanib"),
// none for a check everyone has, as the paragraph above the table says.
std::string ForWhom(const plan::ScheduledTest& test) {
  if (!test.because.empty()) return "For: " + JoinChoices(test.because, "and") + ".";
  if (test.listed_by_team && !test.for_everyone) return "Your care team asked for it.";
  return "";
}

// Part 2's detail: the full why, who it is for, then the plain notes (the
// start-up steps of a medicine, the rules' notes, the profile's own last).
doc::RichText DetailCell(const plan::ScheduledTest& test) {
  std::vector<std::string> lines;
  if (!test.why.empty()) lines.push_back(test.why);
  const std::string for_whom = ForWhom(test);
  if (!for_whom.empty()) lines.push_back(for_whom);
  for (const std::string& note : test.notes) {
    if (!note.empty()) lines.push_back(note);
  }
  std::string text;
  for (const std::string& line : lines) text += (text.empty() ? "" : "\n") + line;
  return doc::Plain(text);
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
  if (!test.every) return test.how_often.empty() ? "As your team decides" : test.how_often;
  std::string text = Capitalised(test.every->Display());
  if (test.every->IsRange()) text += ", as your team decides";
  return text;
}

std::vector<doc::RichText> ScheduleRow(const plan::ScheduledTest& test,
                                       const plan::CarePlan& plan) {
  return {CheckCell(test), doc::Plain(IntervalText(test)), LastDoneText(test),
          NextDueText(test, plan)};
}

// The planner adds something only when a dated check comes back within the
// year more than once: otherwise the table of checks says it all.
bool PlannerHelps(const plan::MonitoringSchedule& schedule) {
  return std::any_of(schedule.tests.begin(), schedule.tests.end(),
                     [](const plan::ScheduledTest& test) {
                       return test.due == plan::DueKind::kDated && !test.at_home && test.every &&
                              test.every->NominalDays() < kPlannerRepeatDays;
                     });
}

}  // namespace

void AppendPlannerForm(const plan::CarePlan& plan, const Measures& style,
                       std::vector<doc::Block>* blocks) {
  if (!PlannerHelps(plan.schedule)) return;
  const std::vector<PlannerTable> tables = MakePlannerTables(plan.schedule, style);
  if (tables.empty()) return;
  blocks->push_back(doc::Heading{1, "My 12-month planner", true, true});
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

// The name in bold with the short why and who it is for run on after it, as
// a run-in heading, so that a row takes fewer lines.
doc::RichText CheckCell(const plan::ScheduledTest& test) {
  std::string line = test.brief.empty() ? test.why : test.brief;
  const std::string for_whom = ForWhom(test);
  if (!for_whom.empty()) line += (line.empty() ? "" : " ") + for_whom;
  doc::RichText text = doc::Strong(line.empty() ? test.name : test.name + ":");
  if (!line.empty()) text.push_back({" " + line, doc::TextStyle::kRegular});
  return text;
}

// Nothing to show in the table's date columns: never recorded as done, and
// no date to give (at the next visit, or when the team says).
bool IsUndatedCheck(const plan::ScheduledTest& test) {
  if (test.last_done || test.at_home) return false;
  return test.due == plan::DueKind::kNextVisit || test.due == plan::DueKind::kWhenNeeded ||
         (test.due == plan::DueKind::kDated && !test.next_due);
}

doc::Table MakeScheduleTable(const plan::CarePlan& plan) {
  doc::Table table;
  // "Check, and why" is prose after the check's bold name: a tall row may
  // break inside it, where the name is on the page already.
  table.first_column_may_break = true;
  table.header = {doc::Plain("Check, and why"), doc::Plain("How often"), doc::Plain("Last done"),
                  doc::Plain("Next due")};
  for (const plan::ScheduledTest& test : plan.schedule.tests) {
    if (!IsUndatedCheck(test)) table.rows.push_back(ScheduleRow(test, plan));
  }
  return table;
}

namespace {

// "Vaccine check (yearly)". The why of each is in "My checks in detail"
// (Part 2): the list asks for one thing, to ask about them, so it stays short.
doc::RichText UndatedItem(const plan::ScheduledTest& test) {
  // One timing, in brackets: "yearly", "every 3 to 12 months", "at every
  // clinic visit", "as your team decides".
  const std::string when = test.every ? test.every->Display() : Lowered(IntervalText(test));
  const bool name_says_it = Lowered(test.name).find(when) != std::string::npos;
  doc::RichText text = doc::Strong(test.name);
  if (!name_says_it) text.push_back({" (" + when + ")", doc::TextStyle::kRegular});
  return text;
}

// The checks with no date and no record, in one paragraph under the table:
// a row of "Not recorded" and "At your next visit" says less in more lines,
// and a list of them took a line each (8 lines for James) where a
// paragraph, each name in bold, takes half as many, for Part 1's 4 pages.
void AppendUndatedChecks(const plan::CarePlan& plan, bool after_table,
                         std::vector<doc::Block>* blocks) {
  doc::RichText text = doc::Plain(std::string(after_table ? "Ask at your next visit about these "
                                                          : "Ask at your next visit about your ") +
                                  "checks, which have no date yet and no record of when you last "
                                  "had them: ");
  bool any = false;
  for (const plan::ScheduledTest& test : plan.schedule.tests) {
    if (!IsUndatedCheck(test)) continue;
    if (any) text.push_back({"; ", doc::TextStyle::kRegular});
    for (doc::Span& span : UndatedItem(test)) text.push_back(std::move(span));
    any = true;
  }
  if (!any) return;
  text.push_back(
      {std::string(". Why each one matters is in \"") + kChecksInDetailTitle + "\" (Part 2).",
       doc::TextStyle::kRegular});
  blocks->push_back(doc::Paragraph{std::move(text)});
}

}  // namespace

void AppendMyChecks(const plan::CarePlan& plan, const Measures& style,
                    std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, kChecksTitle, true, false, doc::Icon::kCalendar});
  if (plan.schedule.tests.empty()) {
    blocks->push_back(doc::Paragraph{doc::Plain(
        "No check-ups or tests are listed yet. Ask your care team which ones you need.")});
    return;
  }
  const bool any_overdue = std::any_of(plan.schedule.tests.begin(), plan.schedule.tests.end(),
                                       [](const plan::ScheduledTest& t) { return t.overdue; });
  doc::Table table = MakeScheduleTable(plan);
  const bool has_table = !table.rows.empty();
  if (has_table) {
    std::string how = ColumnsFit(table, style) ? "How to read this table: one row"
                                               : "How to read this list: one entry";
    how += " for each check, soonest first; \"For\" says why you need it.";
    if (any_overdue) how += " \"Overdue since\" means it is late: ask your care team to book it.";
    blocks->push_back(doc::Paragraph{doc::Plain(how), true});  // kept with the table
    AppendTableOrBlocks(std::move(table), {3.4, 1.0, 1.0, 1.15}, style, blocks);
  }
  AppendUndatedChecks(plan, has_table, blocks);
}

void AppendChecksInDetail(const plan::CarePlan& plan, const Measures& style,
                          std::vector<doc::Block>* blocks) {
  doc::Table table;
  table.header = {doc::Plain("Check"), doc::Plain("Why, and notes")};
  for (const plan::ScheduledTest& test : plan.schedule.tests) {
    table.rows.push_back({doc::Strong(test.name), DetailCell(test)});
  }
  if (table.rows.empty()) return;
  blocks->push_back(doc::Heading{2, kChecksInDetailTitle, true, false});
  blocks->push_back(doc::Paragraph{
      doc::Plain(
          "Each check in My checks (Part 1), with the full reason and your care team's notes."),
      true});  // kept with the table, not left alone at a page's foot
  AppendTableOrBlocks(std::move(table), {1.2, 3.0}, style, blocks);
}

}  // namespace careplan::compose
