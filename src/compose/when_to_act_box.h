// The "When to act" box of a home log page (blood pressure, weight): one
// level and one action for the measure, as page 1 gives them.
#pragma once

#include <string>
#include <string_view>

#include "doc/document.h"
#include "plan/care_plan.h"
#include "profile/profile_additions.h"

namespace careplan::compose {

// The box's title; a log's steps point to it by this name.
inline constexpr char kWhenToAct[] = "When to act";

// The plan's most urgent sign to act on that speaks of `words` ("blood
// pressure", "weight"), or null. Signs are in order of urgency.
const plan::WarningEntry* SignAbout(const plan::CarePlan& plan, std::string_view words);

// The care team's home_monitoring level for the measure where given (as on
// page 1); else the plan's own sign about it, under the title of its
// urgency; else `fallback` as a paragraph.
doc::Callout WhenToActBox(const plan::CarePlan& plan, profile::HomeMeasure measure,
                          std::string_view words, const std::string& fallback);

// The same for what is not measured at home (Raynaud's attacks): the plan's
// own sign that speaks of `words`, else `fallback`.
doc::Callout WhenToActBox(const plan::CarePlan& plan, std::string_view words,
                          const std::string& fallback);

}  // namespace careplan::compose
