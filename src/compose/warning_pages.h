// Warning signs: the call-out boxes of every warning in the plan, grouped by
// how fast to act, and the vaccine advice. The first page carries a short
// version of the same boxes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr char kEmergencyTitle[] = "Go to emergency care or call an ambulance if…";
inline constexpr char kSameDayTitle[] = "Call your care team the same day if…";

// The call-outs for emergency and same-day warnings, in the plan's order (no
// box for a group that is empty). With a limit, each box holds at most
// `limit` items and stops early once its items grow long (for page 1). With
// an emergency number, the emergency box's title gives it (EmergencyTitle).
std::vector<doc::Callout> MakeWarningCallouts(const std::vector<plan::WarningEntry>& warnings,
                                              size_t limit,
                                              const std::string& emergency_number = "");

void AppendWarningsPart(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
