#include "plan/unborn_baby_medicines.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/placeholders.h"

namespace careplan::plan {
namespace {

// "a", "a or b", "a, b or c".
std::string JoinWithOr(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

}  // namespace

void FillUnbornBabyMedicines(CarePlan* plan) {
  std::vector<std::string> names;
  for (const MedicineCard& card : plan->medicines) {
    if (card.planned || !card.medicine || !card.medicine->harms_unborn_baby) continue;
    if (std::find(names.begin(), names.end(), card.name_as_written) == names.end()) {
      names.push_back(card.name_as_written);
    }
  }
  const std::string value = names.empty() ? "a medicine" : JoinWithOr(names);
  for (WarningEntry& warning : plan->warnings) {
    ReplaceAll(&warning.text, kUnbornBabyMedicines, value);
  }
}

}  // namespace careplan::plan
