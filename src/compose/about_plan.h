// The care team's own notes (in Part 1, with the next visit), every contact
// detail and "About this plan" (guide version, review date, the ids of the
// sources the plan used: the end of Part 2); a packet's last part, "About
// this packet", with the sources' full citations.
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

// "Notes from my care team" (level 2): their notes as paragraphs, then
// lines for new ones.
void AppendTeamNotes(const profile::Profile& profile, std::vector<doc::Block>* blocks);

// "Contacts and sources" (level 1, Part 2's end): every contact detail and
// appointment, then AppendAboutThisPlan.
void AppendContactsAndSources(const plan::CarePlan& plan, const Measures& measures,
                              std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
