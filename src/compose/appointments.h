// Booked appointments (profile `appointments`): the next one after the plan
// date on page 1, and all of them, soonest first, with the contacts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "doc/document.h"
#include "profile/profile.h"

namespace careplan::compose {

// The first appointment after the plan date, or null.
const profile::Appointment* NextAppointment(const profile::Profile& profile);

// "15 Dec 2026 at 10:30: Rheumatology clinic, Outpatients, Level 2".
std::string DescribeAppointment(const profile::Appointment& appointment);

// "Next appointment: ..." for page 1; nullopt when none is booked after the
// plan date.
std::optional<doc::Paragraph> NextAppointmentLine(const profile::Profile& profile);

// "My appointments": every appointment, soonest first; nothing when none.
void AppendAppointments(const profile::Profile& profile, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
