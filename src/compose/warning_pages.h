// Warning signs: the call-out boxes of every emergency and same-day sign in
// the plan (page 1 is their one place), the signs to mention at the next
// visit, and the vaccine advice.
#pragma once

#include <string>
#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr char kEmergencyTitle[] = "Go to emergency care or call an ambulance if…";
inline constexpr char kSameDayTitle[] = "Call your care team the same day if…";

// The call-outs for emergency and same-day warnings (no box for a group that
// is empty), every sign whole: the person's own signs (their organs and
// medicines) first, then the ones everyone with the condition is told. With
// an emergency number, the emergency box's title gives it (EmergencyTitle).
std::vector<doc::Callout> MakeWarningCallouts(const std::vector<plan::WarningEntry>& warnings,
                                              const std::string& emergency_number = "");

// "Tell your care team at your next visit if…": the signs that can wait.
void AppendTellAtNextVisit(const std::vector<plan::WarningEntry>& warnings,
                           std::vector<doc::Block>* blocks);

// "My vaccines": the vaccine advice that applies, under a level-2 heading.
void AppendVaccines(const std::vector<std::string>& vaccines, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
