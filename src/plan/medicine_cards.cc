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

}  // namespace careplan::plan
