// BloodPressureLog: whether the plan carries a home blood-pressure log to fill
// in by hand, and why: the guide's rules say what calls for it
// (home_logs.yaml). Part of ComputePlan; compose adds the log pages.
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

// Needed when a trigger of the rules' `blood_pressure` home log
// (home_logs.yaml) holds on the plan date (a trigger with diagnosed_within
// holds while the last possible day of diagnosed_on is less than that before
// the plan date, or when diagnosed_on is not given), or when the monitoring
// schedule has the log's test, so there is somewhere to write the readings.
// The sources are those of the log's test. Never needed without such a rule.
BloodPressureLogDecision DecideBloodPressureLog(const profile::Profile& profile,
                                                const content::Knowledge& knowledge,
                                                const content::PersonFacts& facts,
                                                const MonitoringSchedule& schedule);

}  // namespace careplan::plan
