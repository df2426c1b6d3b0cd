// Questions: prompts for "Questions for my next appointment", drawn from the
// plan itself, so that the person remembers to ask about what matters now.
// Part of ComputePlan; printed by compose above blank lines.
#pragma once

#include <string>
#include <vector>

#include "plan/care_plan.h"

namespace careplan::plan {

// The last general question; ApplyClinicDefaults drops it once the plan has
// an out-of-hours route, which page 1 then gives.
inline constexpr char kOutOfHoursQuestion[] =
    "Who should I call if I have a warning sign, including at night and at weekends?";

// In this order:
// 0. each interaction found whose rule has a `question` (two medicines that
//    must never be used together), with the names as written;
// 1. each planned therapy: "What are the next steps for X, planned for
//    Mar 2027?" (and treatments that start after the plan date);
// 2. an overdue test: "When can I have my X, overdue since 10 Dec 2026?", or
//    for more than one, "When can I have the 3 checks that are overdue (see
//    My checks)?";
// 3. each treatment stopped in the 6 months up to the plan date (a partial
//    date counts when any day of it falls in that window), unless the same
//    medicine is current again; then the treatments started in that window,
//    in one question when there are several; a course that starts within a
//    week of the same medicine's last one is a change of dose, asked about
//    on its own ("My prednisolone dose changed on 22 Jul 2026 (from … to …).
//    What is the plan for it from here?");
// 4. each current or planned medicine the rules do not know: "Does X need
//    any blood tests or other checks?";
// 5. three general questions, the last kOutOfHoursQuestion.
std::vector<std::string> BuildQuestionPrompts(
    const Timeline& timeline, const MonitoringSchedule& schedule,
    const std::vector<FoundInteraction>& interactions = {});

}  // namespace careplan::plan
