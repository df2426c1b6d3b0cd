// WarningSigns: when to call the care team now and when to go to emergency
// care, for this person: general signs whose `when` holds, the signs of each
// organ whose rules apply, and the same-day and emergency warnings of each
// current medicine. Also the vaccine advice that applies. Part of
// ComputePlan; printed by compose in the "Call now if…" box and the warning
// signs page.
#pragma once

#include <string>
#include <vector>

#include "content/knowledge.h"
#include "content/person_facts.h"
#include "plan/care_plan.h"

namespace careplan::plan {

// Collected general, organs (in the rules' order), current medicines (in
// timeline order); `info` entries are left out. Each is listed by its sign
// (the rule's `sign`, else its `text`); a sign given by several rules is
// listed once, where it first appears, with every reason joined by "; " and
// the sources merged. Emergency signs come first, then same-day
// ones, otherwise in collection order.
std::vector<WarningEntry> BuildWarningSigns(const content::Knowledge& knowledge,
                                            const content::PersonFacts& facts,
                                            const Timeline& timeline,
                                            const std::vector<FoundInteraction>& interactions = {});

// The text of every vaccine item whose `when` holds, in the rules' order.
std::vector<std::string> BuildVaccineAdvice(const content::Knowledge& knowledge,
                                            const content::PersonFacts& facts);

}  // namespace careplan::plan
