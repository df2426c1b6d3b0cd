// With the medicines: the person's allergies ("No known allergies", or
// "Allergies: not recorded" for the clinician to fill in) and the medicines
// they take for other conditions (never on the treatment timeline).
#pragma once

#include <vector>

#include "doc/document.h"
#include "profile/profile.h"

namespace careplan::compose {

void AppendAllergies(const profile::Profile& profile, std::vector<doc::Block>* blocks);

// Nothing when the profile lists no other medicines.
void AppendOtherMedicines(const profile::Profile& profile, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
