// The "Check-ups and tests" part: the monitoring schedule as a table (test,
// why, how often, last done, next due, with overdue tests flagged in words)
// and the 12-month planner.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// Columns: test, why (with who asks for it and notes), how often, last done,
// next due.
doc::Table MakeScheduleTable(const plan::CarePlan& plan);

void AppendSchedulePart(const plan::CarePlan& plan, const Measures& style,
                        std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
