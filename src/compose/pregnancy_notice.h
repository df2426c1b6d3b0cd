// Page 1 for a person who is pregnant, planning a pregnancy or
// breastfeeding (patient.pregnancy): a box that says to tell the care team
// now, with each current medicine's advice from the rules.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// Nothing unless patient.pregnancy is pregnant, planning or breastfeeding.
void AppendPregnancyNotice(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
