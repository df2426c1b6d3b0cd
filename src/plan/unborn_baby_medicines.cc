#include "plan/unborn_baby_medicines.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/placeholders.h"
#include "base/suggest.h"

namespace careplan::plan {

void FillUnbornBabyMedicines(CarePlan* plan) {
  std::vector<std::string> names;
  for (const MedicineCard& card : plan->medicines) {
    if (card.planned || !card.medicine || !card.medicine->harms_unborn_baby) continue;
    if (std::find(names.begin(), names.end(), card.name_as_written) == names.end()) {
      names.push_back(card.name_as_written);
    }
  }
  const std::string value = names.empty() ? "a medicine" : JoinChoices(names, "or");
  for (WarningEntry& warning : plan->warnings) {
    ReplaceAll(&warning.text, kUnbornBabyMedicines, value);
  }
}

}  // namespace careplan::plan
