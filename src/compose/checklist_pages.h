// Self-care: the tailored checklist in Part 1 (the person's own items first,
// at most kSelfCareItems of the rules', then their own goals) and "My week",
// a log page that tracks the daily habits.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// Daily habit × Mon–Sun blank cells, two spare rows for the person's own.
doc::FormGrid MakeWeeklyTracker(const std::vector<std::string>& habits, const Measures& style);

inline constexpr size_t kSelfCareItems = 6;

// "What I can do" and "My own goals" (level 2).
void AppendSelfCare(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

// "My week" (level 1, a page of its own); nothing without a daily habit.
void AppendWeekForm(const plan::CarePlan& plan, const Measures& style,
                    std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
