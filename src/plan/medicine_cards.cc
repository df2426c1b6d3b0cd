#include "plan/medicine_cards.h"

#include <set>
#include <string>

#include "plan/reasons.h"

namespace careplan::plan {

std::vector<MedicineCard> BuildMedicineCards(const Timeline& timeline,
                                             const content::PersonFacts& facts) {
  std::vector<MedicineCard> cards;
  std::set<std::string> seen;
  auto add = [&](const content::MedicineInfo* medicine, const std::string& name,
                 const std::string& dose, bool planned) {
    // Not "?" + ...: GCC 12 at -O2 reports a false -Wrestrict (GCC bug 105329).
    std::string key = medicine ? medicine->id : NormalizeName(name).insert(0, 1, '?');
    if (!seen.insert(key).second) return;
    MedicineCard card;
    card.medicine = medicine;
    card.name_as_written = name;
    card.dose = dose;
    card.planned = planned;
    if (medicine) {
      for (const content::WarningRule& warning : medicine->warnings) {
        if (content::EvaluateCondition(warning.when, facts)) card.warnings.push_back(&warning);
      }
      for (const content::KeepSafeRule& rule : medicine->keep_safe) {
        if (content::EvaluateCondition(rule.when, facts)) card.keep_safe.push_back(&rule);
      }
    }
    cards.push_back(std::move(card));
  };
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.status == content::MedicineStatus::kCurrent) {
      add(entry.medicine, entry.name, entry.dose, false);
    }
  }
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.status == content::MedicineStatus::kPlanned) {
      add(entry.medicine, entry.name, entry.dose, true);
    }
  }
  for (const PlannedEntry& entry : timeline.planned) add(entry.medicine, entry.name, "", true);
  return cards;
}

std::vector<std::string> CurrentAndPlannedNames(
    const Timeline& timeline, const std::vector<profile::OtherMedicine>& other_medicines) {
  std::vector<std::string> names;
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.status != content::MedicineStatus::kPast) names.push_back(entry.name);
  }
  for (const PlannedEntry& entry : timeline.planned) names.push_back(entry.name);
  for (const profile::OtherMedicine& other : other_medicines) names.push_back(other.name);
  return names;
}

namespace {

// Cards are one per medicine id, or per normalised name when unknown.
std::string CardKey(const content::MedicineInfo* medicine, const std::string& name) {
  // Not "?" + ...: GCC 12 at -O2 reports a false -Wrestrict (GCC bug 105329).
  return medicine ? medicine->id : NormalizeName(name).insert(0, 1, '?');
}

}  // namespace

void AddInteractionWarnings(const std::vector<FoundInteraction>& interactions,
                            const content::Knowledge& knowledge, std::vector<MedicineCard>* cards) {
  for (MedicineCard& card : *cards) {
    const std::string key = CardKey(card.medicine, card.name_as_written);
    std::vector<const content::WarningRule*> first;
    for (const FoundInteraction& found : interactions) {
      if (key == CardKey(knowledge.FindMedicine(found.medicine_name), found.medicine_name) ||
          key == CardKey(knowledge.FindMedicine(found.other_name), found.other_name)) {
        first.push_back(&found.rule->warning);
      }
    }
    // Before the medicine's own warnings: it is about this person's own list.
    card.warnings.insert(card.warnings.begin(), first.begin(), first.end());
  }
}

}  // namespace careplan::plan
