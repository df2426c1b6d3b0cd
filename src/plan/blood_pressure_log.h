// BloodPressureLog: whether the plan carries a home blood-pressure log to fill
// in by hand, and why. Scleroderma renal crisis often starts with a rise in
// blood pressure; the risk is highest with kidney involvement, in the first
// years of diffuse disease and while taking steroids (clinical facts S9, S11,
// S12). Part of ComputePlan; compose adds the log pages.
#pragma once

#include "content/knowledge.h"
#include "content/person_facts.h"
#include "plan/care_plan.h"
#include "profile/profile.h"

namespace careplan::plan {

struct BloodPressureLogDecision {
  bool needed = false;
  Reason reason;  // every trigger that holds, joined by "; "; the home BP test's sources
};

// Needed when any of these holds on the plan date:
// - kidneys are in organ_involvement;
// - the subtype is diffuse cutaneous and the disease may be under 5 years
//   old: the last possible day of diagnosed_on is less than 5 years before
//   the plan date, or diagnosed_on is not given;
// - a medicine of class `glucocorticoid` is current;
// - the monitoring schedule asks for home blood pressure checks (the rules
//   or the care team ask for them), so there is somewhere to write them.
// The sources are those of the `home_blood_pressure` test in the rules.
BloodPressureLogDecision DecideBloodPressureLog(const profile::Profile& profile,
                                                const content::Knowledge& knowledge,
                                                const content::PersonFacts& facts,
                                                const MonitoringSchedule& schedule);

}  // namespace careplan::plan
