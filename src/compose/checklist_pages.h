// The "Looking after yourself" part: the lifestyle checklist (the rules'
// items, then the person's own goals) and a weekly tracker for the daily
// habits.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// Daily habit × Mon–Sun blank cells, two spare rows for the person's own.
doc::FormGrid MakeWeeklyTracker(const std::vector<std::string>& habits, const Measures& style);

void AppendChecklistPart(const plan::CarePlan& plan, const Measures& style,
                         std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
