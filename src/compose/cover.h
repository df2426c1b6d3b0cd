// The details at the top of the first page (who the plan is for, or who the
// packet is from) and the care team's contacts.
#pragma once

#include <string>
#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"
#include "profile/profile.h"
#include "profile/vocabulary.h"

namespace careplan::compose {

// Name (with the preferred name), interpreter, date of birth, identifier,
// condition and when it was diagnosed, organs, plan date. (Allergies are
// with the medicines: page 1 has no room to spare.)
// Organs are named in the plain words of the guide's vocabulary.
doc::LabelValueList PatientDetails(const profile::Profile& profile,
                                   const profile::Vocabulary& vocabulary);

// A phone number kept on one line: its spaces made non-breaking, when the
// font has that character.
std::string KeepTogether(const std::string& phone, const Measures& measures);

// "systemic sclerosis (diffuse cutaneous), diagnosed 14 May 2026. It affects
// your skin, kidneys and joints." (empty when the profile says none of it).
std::string DescribeCondition(const profile::Profile& profile,
                              const profile::Vocabulary& vocabulary);

// Appends the cover of an information packet (packet profile).
// `condition` is the guide's word for its condition ("scleroderma").
void AppendPacketCover(const profile::Profile& profile, const std::string& guide_title,
                       const std::string& condition, std::vector<doc::Block>* blocks);

// Role, name and phone for the first page (nothing when the list is empty).
// Both care-team tables become one labelled block per person when their
// columns cannot be as wide as their longest words (a phone number or an
// e-mail address in large print): see AppendTableOrBlocks.
// Then the out-of-hours line (theme) and the caregiver. The emergency number
// is in the emergency box's title.
void AppendCareTeamShort(const plan::CarePlan& plan, const Measures& measures,
                         std::vector<doc::Block>* blocks);

// Every contact detail, hours and note, the caregiver, then every appointment,
// for the notes part.
void AppendCareTeamFull(const plan::CarePlan& plan, const Measures& measures,
                        std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
