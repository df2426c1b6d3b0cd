// The pregnancy sign names the medicines it means: "You might be pregnant
// while you take a medicine that can harm an unborn baby (do not stop other
// medicines without advice)" left a reader on mycophenolate and ramipril to
// guess which, and could read as "stop the one that harms" (a fourth PEMAT
// rater; after a renal crisis ramipril must never be stopped on one's own).
#pragma once

#include "plan/care_plan.h"

namespace careplan::plan {

// Replaced in warning signs by the names, as written, of the medicines taken
// now that can harm an unborn baby: "mycophenolate mofetil or ramipril".
inline constexpr char kUnbornBabyMedicines[] = "{unborn_baby_medicines}";

// Fills kUnbornBabyMedicines in plan->warnings from plan->medicines ("a
// medicine" when none is named).
void FillUnbornBabyMedicines(CarePlan* plan);

}  // namespace careplan::plan
