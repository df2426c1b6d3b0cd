// Page 1 of a personal plan, "My plan at a glance": who it is for, the
// condition in one line, every emergency sign and every same-day sign that
// applies (whole, never cut short: the plan's one place for them), who to
// call on weekdays, out of hours and in an emergency, the next appointment,
// the next checks due and what changed since the last plan. Pregnancy advice
// comes here only when it applies.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr char kFirstPageTitle[] = "My plan at a glance";

// How many dated checks page 1 lists.
inline constexpr size_t kFirstPageChecks = 3;

void AppendFirstPage(const plan::CarePlan& plan, const Measures& measures,
                     std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
