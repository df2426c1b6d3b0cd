// Timeline: the person's treatments in order of their start date, each
// matched to the rules and given its status on the plan date, plus the
// planned therapies and the date of diagnosis. Part of ComputePlan; drawn by
// compose as the treatment timeline.
#pragma once

#include "content/knowledge.h"
#include "plan/care_plan.h"
#include "profile/profile.h"

namespace careplan::plan {

// Treatments are sorted by the first day of their start date; entries that
// start on the same day keep the order in which they were written.
Timeline BuildTimeline(const profile::Profile& profile, const content::Knowledge& knowledge);

}  // namespace careplan::plan
