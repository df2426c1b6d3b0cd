// The first page of a personal plan: who it is for, the most urgent warning
// signs in boxes, the one main message, the care team's phone numbers and
// the next test due. Kept short so that it fits one page for most people; in
// large print it takes two, the identity and the first box on the first.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

// At most this many warning signs per box on the first page.
inline constexpr size_t kFirstPageWarnings = 2;

void AppendFirstPage(const plan::CarePlan& plan, const Measures& measures,
                     std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
