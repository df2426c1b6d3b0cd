// "Questions for my next appointment": the plan's prompts with room to write
// the answers, then blank lines for the person's own questions.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

void AppendQuestionsPart(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
