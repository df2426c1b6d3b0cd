// Which sources a computed plan rests on: the ids behind every section, test,
// checklist item, warning sign, medicine card and vaccine it prints. The
// plan's "Sources" list (compose) and `careplan explain` both use it, so a
// clinician checking a plan sees exactly the sources the patient's copy cites.
#pragma once

#include <string>
#include <vector>

#include "plan/care_plan.h"

namespace careplan::plan {

// Ids in natural order: S2 before S10, S24 before S24b.
std::vector<std::string> UsedSourceIds(const CarePlan& plan);

}  // namespace careplan::plan
