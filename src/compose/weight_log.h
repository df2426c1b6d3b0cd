// The home weight log, among the log pages: why to keep it, the person's
// usual weight, when to act (the care team's level, else the plan's own
// sign about weight), numbered steps and a grid to write the weights in.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr char kWeightLogTitle[] = "My weight log";

// Date, time, weight, notes.
doc::FormGrid MakeWeightGrid(int blank_rows, const Measures& measures);

// The part, when plan.needs_weight_log (else nothing).
void AppendWeightPart(const plan::CarePlan& plan, const Measures& measures,
                      std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
