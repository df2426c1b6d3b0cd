// The chosen guide sections, each as a level-2 heading and its body, under
// the "About your condition" part. A packet gets each section's packet body.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

void AppendGuideSections(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
