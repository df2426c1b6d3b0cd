// The first page: who the plan is for, the main message, and the care team.
#pragma once

#include <vector>

#include "doc/document.h"
#include "profile/profile.h"

namespace careplan::compose {

// Appends the cover of a personal plan (patient profile).
void AppendPatientCover(const profile::Profile& profile, std::vector<doc::Block>* blocks);

// Appends the cover of an information packet (packet profile).
void AppendPacketCover(const profile::Profile& profile, const std::string& guide_title,
                       std::vector<doc::Block>* blocks);

// The care-team contacts as a table (nothing when the list is empty).
void AppendCareTeam(const profile::Profile& profile, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
