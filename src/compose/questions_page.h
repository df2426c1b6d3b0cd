// "Questions for my next visit" (level 2, in Part 1): the plan's first
// prompts with a line for each answer, then lines for the person's own
// questions and for notes made at the visit.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// The prompts come most personal first (overdue tests, new medicines), so
// the first few are the ones worth asking.
inline constexpr size_t kVisitQuestions = 4;
inline constexpr const char* kOwnQuestionsAndNotes = "My own questions, and notes from the visit";

void AppendQuestions(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
