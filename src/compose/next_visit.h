// The last page of Part 1, "Looking after myself and my next visit": the
// tailored self-care checklist and own goals, the care team's own notes, the
// signs to mention at the next visit, and questions to ask with lines for
// the answers.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr char kNextVisitTitle[] = "Looking after myself and my next visit";

void AppendMyselfAndNextVisit(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
