// "My medicines" in Part 1: one table of every medicine taken now (for the
// condition and for others), each with its dose, what it is for in a few
// words, the one or two rules that keep the person safe and the tests it
// needs; then allergies and planned treatments with their next step (the
// treatment history chart ends Part 1). The full cards (every caution) are
// in Part 2; the signs to get help for are on page 1.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr char kMedicinesTitle[] = "My medicines";

// At most this many rules in a medicine's "Keep safe" cell.
inline constexpr size_t kKeepSafeRules = 2;

// The rules a medicine's "Keep safe" cell prints: its interactions with the
// person's other medicines first, then its cautions that are not signs to
// act on (those are on page 1), at most kKeepSafeRules.
std::vector<std::string> KeepSafeRules(const plan::MedicineCard& card,
                                       const std::vector<plan::FoundInteraction>& interactions);

// The "Keep safe" cell of a medicine for another condition (GTN spray): the
// short rule of each interaction it is part of. The whole emergency text of
// an interaction is on page 1; the table repeats only its rule.
std::vector<std::string> OtherMedicineKeepSafe(
    const std::string& name, const std::vector<plan::FoundInteraction>& interactions);

// The first sentence of a medicine's purpose ("Calms the immune system.").
std::string ShortPurpose(const std::string& purpose);

void AppendMedicinesSummary(const plan::CarePlan& plan, const Measures& measures,
                            std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
