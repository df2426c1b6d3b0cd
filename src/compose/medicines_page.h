// The "My medicines" part: each current (then planned) medicine with its dose,
// what it is for and what to watch for. Nothing when there are none.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

void AppendMedicinesPart(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
