// The home blood-pressure log: why to keep it, when to act, and a grid to
// write the readings in. Also used blank in packets.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// Date, time, first and second reading, pulse, notes; with
// the example row (bp_log_example.h) above the blank rows when given.
doc::FormGrid MakeBloodPressureGrid(int blank_rows, const Measures& measures,
                                    std::vector<doc::RichText> example_row = {});

// The part, when plan.needs_blood_pressure_log (else nothing).
void AppendBloodPressurePart(const plan::CarePlan& plan, const Measures& measures,
                             std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
