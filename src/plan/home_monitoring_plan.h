// The care team's own levels for what the person measures at home
// (profile home_monitoring): where the team gives `act_at` or `action`, its
// instruction replaces the rules' generic warning for that measure, so that
// every page gives one reading and one action; `every` sets the interval of
// the home check. Part of ComputePlan, after the warnings and schedule.
#pragma once

#include <string>

#include "plan/care_plan.h"
#include "profile/profile.h"

namespace careplan::plan {

// The team's instruction as a warning sign: "Your blood pressure is 140/90
// or higher. Check again after 15 minutes… Call: Renal ward, +44 …".
// Empty when the entry gives neither act_at nor action.
std::string TeamSign(const profile::HomeMonitoring& entry, const profile::Profile& profile);

// The home_monitoring entry for a measure, or null.
const profile::HomeMonitoring* HomeEntry(const profile::Profile& profile,
                                         profile::HomeMeasure measure);

// The placeholder a rule's sign uses for the person's usual home blood
// pressure ("20 points above your usual ({usual_blood_pressure})").
inline constexpr char kUsualBloodPressure[] = "{usual_blood_pressure}";

// Puts the team's usual reading (home_monitoring `usual`) in place of the
// placeholder in every warning sign, or a space to write it in.
void FillUsualReadings(const profile::Profile& profile, CarePlan* plan);

void ApplyHomeMonitoring(const profile::Profile& profile, CarePlan* plan);

}  // namespace careplan::plan
