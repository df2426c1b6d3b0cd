// The treatment table under the timeline: every treatment (and planned one)
// with dose, dates at the precision given, how it went and notes.
#pragma once

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// Columns: medicine, dose, from, to ("now" while ongoing), outcome, notes.
doc::Table MakeTreatmentTable(const plan::Timeline& timeline);

}  // namespace careplan::compose
