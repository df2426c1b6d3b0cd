// How the plan words "call an ambulance" and "out of hours": with the
// emergency number and the out-of-hours route when the profile or the theme
// gives them (plan/contact_routes.h), and without pointing at a number that
// is not there when they do not.
#pragma once

#include <optional>
#include <string>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// "Go to emergency care or call an ambulance (999) if…"; without a number,
// kEmergencyTitle.
std::string EmergencyTitle(const std::string& emergency_number);

// "Get emergency help (call 999) if " or "Get emergency help if ".
std::string GetEmergencyHelpIf(const std::string& emergency_number);

// The paragraph that opens the warning signs: whom to call when unsure, in
// hours and out of hours, and the ambulance number.
doc::Paragraph WhenUnsure(const plan::CarePlan& plan);

// "In an emergency, call 999." for page 1; nullopt without a number.
std::optional<doc::Paragraph> EmergencyNumberLine(const plan::CarePlan& plan);

// "Out of hours: Rheumatology on call, +44 …" for page 1 and the contacts;
// empty when there is no route.
std::string OutOfHoursText(const plan::CarePlan& plan);

}  // namespace careplan::compose
