// The 12-month planner: one row per dated test, one column per month from the
// plan date's month, with "Due" written in each month the test falls due
// (repeating by its interval). Printed as two tables of six months (or, when
// the test names need the room, as in large print, three or four tables) so
// that no column is too narrow for its words.
#pragma once

#include <string>
#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr int kPlannerMonths = 12;

// For each month 0..11 from the plan date's month: whether the test is due.
// An overdue test is due in the first month, then repeats from the plan date.
std::vector<bool> DueMonths(const plan::ScheduledTest& test, const Date& plan_date);

// One part of the planner: "Nov 2026 to Apr 2027" and its table.
struct PlannerTable {
  std::string title;
  doc::Table table;
};

// The planner's tables (none when no test has a date).
std::vector<PlannerTable> MakePlannerTables(const plan::MonitoringSchedule& schedule,
                                            const Measures& style);

}  // namespace careplan::compose
