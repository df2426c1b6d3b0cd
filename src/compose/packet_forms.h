// The blank forms at the end of a packet (when packet.blank_forms): a
// treatment timeline table, a monitoring log, the general lifestyle
// checklist, a blood-pressure log and a weight log, all to fill in by hand.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

void AppendPacketForms(const plan::CarePlan& plan, const Measures& measures,
                       std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
