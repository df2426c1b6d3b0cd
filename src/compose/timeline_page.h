// The "My treatments" part: how to read the timeline, its key, the chart(s)
// and the treatment table.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

void AppendTimelinePart(const plan::Timeline& timeline, const Measures& style,
                        std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
