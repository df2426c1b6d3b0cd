// "What changed since your last plan (DATE)" on page 1, when the profile
// gives previous_plan_date: treatments started, stopped or changed
// (changed_on) and tests done (last_done) after that date, up to the plan
// date.
#pragma once

#include <string>
#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// The parts of the list, in the order: started, changed, stopped, then one
// part for the tests done.
std::vector<std::string> ChangesSinceLastPlan(const plan::CarePlan& plan);

// One paragraph; nothing without previous_plan_date; "no treatment or test
// changes recorded" when the list is empty.
void AppendChangesSinceLastPlan(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
