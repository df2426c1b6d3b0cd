// ComputePlan: the select+compute stage. From a checked Profile, the guide
// and the knowledge, works out the sections, the treatment timeline, the
// monitoring schedule with next-due dates, the medicines' warnings, the
// lifestyle checklist, the warning signs, question prompts and whether a
// blood-pressure log is needed. A pure function: the plan date comes from
// the profile; nothing reads the clock.
#pragma once

#include "base/diagnostics.h"
#include "content/guide.h"
#include "content/knowledge.h"
#include "plan/care_plan.h"
#include "profile/profile.h"

namespace careplan::plan {

// REQUIRES: profile, guide and knowledge outlive the returned plan.
CarePlan ComputePlan(const profile::Profile& profile, const content::Guide& guide,
                     const content::Knowledge& knowledge, Diagnostics* diagnostics);

}  // namespace careplan::plan
