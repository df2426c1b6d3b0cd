// Checklist: the lifestyle and self-care items for this person, each with the
// reason it is there, followed by the person's own goals. Part of
// ComputePlan; printed by compose as a checklist with room to tick (daily
// items also on the weekly tracker).
#pragma once

#include <string_view>
#include <vector>

#include "content/knowledge.h"
#include "content/person_facts.h"
#include "plan/care_plan.h"
#include "profile/profile.h"

namespace careplan::plan {

// The rules' items whose own `when` holds, in the order of lifestyle.yaml.
// An organ's `lifestyle` list only cross-references items (templates/README
// 4.5): it names the organ in the reason, but never adds an item whose `when`
// is false (a non-smoker with lung disease is not told to stop smoking).
// Then each `lifestyle.goals` line as written, personal_goal = true, with
// daily = IsDailyGoal(goal).
std::vector<ChecklistEntry> BuildChecklist(const profile::Profile& profile,
                                           const content::Knowledge& knowledge,
                                           const content::PersonFacts& facts);

// A goal is a daily habit when it says so: it contains, as whole words and in
// any case, "daily", "every day", "everyday", "each day", "most days",
// "every morning", "every evening", "every night", "a day" or "per day"
// ("Moisturise twice a day"). Anything else ("Walk twice a week") is not.
bool IsDailyGoal(std::string_view goal);

}  // namespace careplan::plan
