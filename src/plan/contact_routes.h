// Contact routes: the number to call for an ambulance and the way to reach
// help out of hours, from the profile, else the clinic's theme; and the
// warnings `validate` gives when a plan would go out without them, or
// without a pregnancy answer while a current medicine can harm an unborn
// baby. Printed by compose in every "call an ambulance" line and with the
// contacts.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "content/theme.h"
#include "plan/care_plan.h"

namespace careplan::plan {

// Fills the plan's emergency number and out-of-hours line from the theme
// where the profile gives none; with an out-of-hours route known, drops the
// question that asks for one (kOutOfHoursQuestion).
void ApplyClinicDefaults(const content::Theme& theme, CarePlan* plan);

// The care-team entries that answer out of hours, in profile order.
std::vector<const profile::CareTeamMember*> OutOfHoursContacts(const profile::Profile& profile);

// Whether the plan can say how to get help out of hours.
bool HasOutOfHoursRoute(const CarePlan& plan);

// The current medicines (on the plan date) that can harm an unborn baby.
std::vector<const TimelineEntry*> CurrentMedicinesHarmingUnbornBaby(const CarePlan& plan);

// Warnings for a patient plan: no emergency number, no out-of-hours route,
// no `pregnancy` while a current medicine can harm an unborn baby (unless
// the person is male).
void WarnAboutMissingRoutes(const CarePlan& plan, const std::string& theme_file,
                            Diagnostics* diagnostics);

}  // namespace careplan::plan
