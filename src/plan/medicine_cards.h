// MedicineCards: one card per medicine the person takes now, then per
// medicine planned, with the rules' warnings for it (advice and when to call).
// Part of ComputePlan; printed by compose as "Your medicines".
#pragma once

#include <vector>

#include "content/person_facts.h"
#include "plan/care_plan.h"

namespace careplan::plan {

// Current treatments in timeline order, then treatments that start after the
// plan date, then `planned` therapies. A medicine written twice gets one card
// (the first). Unknown names get a card with medicine = nullptr and no
// warnings. Warnings whose `when` does not hold are left out.
std::vector<MedicineCard> BuildMedicineCards(const Timeline& timeline,
                                             const content::PersonFacts& facts);

// The names of the medicines taken now or planned, as written, for
// FindInteractions (past treatments cannot meet a new medicine), then the
// medicines the person takes for other conditions (a GTN spray for angina).
std::vector<std::string> CurrentAndPlannedNames(
    const Timeline& timeline, const std::vector<profile::OtherMedicine>& other_medicines);

// Puts each found interaction's warning first on the cards of both of its
// medicines (a card for a name the rules do not know, such as allopurinol,
// prints no warnings, so the known medicine's card carries it).
void AddInteractionWarnings(const std::vector<FoundInteraction>& interactions,
                            const content::Knowledge& knowledge, std::vector<MedicineCard>* cards);

}  // namespace careplan::plan
