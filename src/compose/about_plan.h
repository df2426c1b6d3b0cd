// The last part of a plan: notes from the care team, every contact detail,
// and "About this plan" (guide version, review date, the full citations of
// the sources the plan used); a packet's last part, "About this packet".
#pragma once

#include <string>
#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// "About this plan" (a level-2 heading in the plan's last part).
void AppendAboutThisPlan(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

// "About this packet": a packet's last part, with the same text about "this
// packet" and no heading that speaks of a plan.
void AppendAboutThisPacket(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

// "Notes and sources": the care team's notes with lines for new ones, the
// contact details, then AppendAboutThisPlan.
void AppendNotesPart(const plan::CarePlan& plan, const Measures& measures,
                     std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
