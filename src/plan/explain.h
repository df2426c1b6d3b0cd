// FormatExplanation: the plain-text report printed by `careplan explain`: why
// each part of a plan is there. Lists the chosen sections with their reasons,
// the timeline, each monitoring row with its interval, last-done and next-due
// dates and every reason with its sources, the medicines, the interactions between them, the
// warning signs with urgency and reason, the checklist with reasons, the vaccine advice, the
// blood-pressure log decision and the question prompts. Deterministic: the same plan always gives
// the same text.
#pragma once

#include <string>

#include "plan/care_plan.h"

namespace careplan::plan {

// REQUIRES: plan.profile and plan.guide are set (as ComputePlan does).
std::string FormatExplanation(const CarePlan& plan);

}  // namespace careplan::plan
