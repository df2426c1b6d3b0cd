// The chosen guide sections, each as a level-2 heading and its body; with
// own_part (a packet), under an "About your condition" part of their own, else
// under the caller's part (a plan's Part 2). A packet gets each section's
// packet body.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

void AppendGuideSections(const plan::CarePlan& plan, bool own_part,
                         std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
