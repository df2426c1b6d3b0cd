// The Raynaud's log, among the log pages, when a checklist item asks the
// person to keep a log of their attacks (lifestyle.yaml `log: raynaud`,
// S32): why, the colour-change drawing beside the action it supports, when
// to act (the plan's own sign about a finger that stays cold), numbered
// steps and a grid to write the attacks in.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr char kRaynaudLogTitle[] = "My Raynaud's log";

// Date, what set it off, colour, how long, notes.
doc::FormGrid MakeRaynaudGrid(int blank_rows, const Measures& measures);

// The part, when plan.needs_raynaud_log (else nothing).
void AppendRaynaudPart(const plan::CarePlan& plan, const Measures& measures,
                       std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
