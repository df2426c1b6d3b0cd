// Part 2's medicine cards: each current (then planned) medicine for the
// condition with its status, dose, what it is for and every caution that is
// not a sign to act on (those are on page 1). Nothing when there are none.
#pragma once

#include <vector>

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr char kMedicineCardsTitle[] = "My medicines in detail";

void AppendMedicineCards(const plan::CarePlan& plan, std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
