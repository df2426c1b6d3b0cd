// "My checks" in Part 1: the monitoring schedule as one table sorted by due
// date, overdue first (test, a short why with who asks for it and notes, how
// often, last done, next due, overdue flagged in words); and the 12-month
// planner, a form among the log pages, only where it adds something.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// Columns: test, why (with who asks for it and notes), how often, last done,
// next due.
doc::Table MakeScheduleTable(const plan::CarePlan& plan);

// A check with no date to give and no record of when it was done: it goes in
// the list under the table, not in a row of "Not recorded".
bool IsUndatedCheck(const plan::ScheduledTest& test);

// A check's name in bold, then its short why and who it is for: the table's
// first cell (the list under the table says the same after the name).
doc::RichText CheckCell(const plan::ScheduledTest& test);

inline constexpr char kChecksTitle[] = "My checks";
inline constexpr char kChecksInDetailTitle[] = "My checks in detail";

// A dated clinic check that comes back sooner than this earns a planner.
inline constexpr int kPlannerRepeatDays = 183;

void AppendMyChecks(const plan::CarePlan& plan, const Measures& style,
                    std::vector<doc::Block>* blocks);

// "My checks in detail" (Part 2): each check's full why, who asks for it
// and the notes (start-up steps, the rules' notes, the profile's own).
void AppendChecksInDetail(const plan::CarePlan& plan, const Measures& style,
                          std::vector<doc::Block>* blocks);

// "My 12-month planner" on its own page; nothing when it would add nothing.
void AppendPlannerForm(const plan::CarePlan& plan, const Measures& style,
                       std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
