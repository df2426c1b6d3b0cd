#include "plan/interactions.h"

#include <algorithm>

#include "base/name_match.h"

namespace careplan::plan {
namespace {

bool Has(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool OnMedicinesSide(const content::InteractionRule& rule, const content::MedicineInfo* medicine) {
  return medicine != nullptr && Has(rule.medicines, medicine->id);
}

bool OnOtherSide(const content::InteractionRule& rule, const content::MedicineInfo* medicine,
                 const std::string& name) {
  if (medicine != nullptr) return Has(rule.with, medicine->id);
  return Has(rule.with_names, NormalizeName(name));
}

}  // namespace

std::vector<FoundInteraction> FindInteractions(const std::vector<std::string>& names,
                                               const content::Knowledge& knowledge) {
  std::vector<const content::MedicineInfo*> medicines;
  for (const std::string& name : names) medicines.push_back(knowledge.FindMedicine(name));
  std::vector<FoundInteraction> found;
  for (const content::InteractionRule& rule : knowledge.interactions) {
    bool matched = false;
    for (size_t a = 0; a < names.size() && !matched; ++a) {
      if (!OnMedicinesSide(rule, medicines[a])) continue;
      for (size_t b = 0; b < names.size() && !matched; ++b) {
        if (b == a || !OnOtherSide(rule, medicines[b], names[b])) continue;
        found.push_back(FoundInteraction{&rule, names[a], names[b]});
        matched = true;
      }
    }
  }
  return found;
}

std::string InteractionLabel(const FoundInteraction& found) {
  return found.medicine_name + " with " + found.other_name;
}

}  // namespace careplan::plan
