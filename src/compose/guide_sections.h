// The chosen guide sections, each as a level-2 heading and its body.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

void AppendGuideSections(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

// Guide title, version and review date, and the sources the sections cite.
void AppendAboutThisPlan(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
