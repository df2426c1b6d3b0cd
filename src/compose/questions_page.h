// "Questions for my next visit" (level 2, in Part 1): the plan's first
// prompts with a line for each answer, then lines for the person's own.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// The prompts come most personal first (overdue tests, new medicines), so
// the first few are the ones worth asking.
inline constexpr size_t kVisitQuestions = 4;

void AppendQuestions(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
