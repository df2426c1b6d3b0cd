// The treatment history: in Part 1 the timeline chart (how to read it, its
// key and the chart, one row per treatment); in Part 2 the table with every
// treatment's dates, outcome and notes.
#pragma once

#include <vector>

#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

inline constexpr char kTreatmentHistoryTitle[] = "My treatment history";

// "My treatment history", the last section of Part 1: nothing when no treatment is recorded.
void AppendTreatmentHistory(const plan::Timeline& timeline, const Measures& style,
                            std::vector<doc::Block>* blocks);

// "My treatments in detail": nothing when no treatment is recorded.
void AppendTreatmentDetails(const plan::Timeline& timeline, const Measures& style,
                            std::vector<doc::Block>* blocks);

}  // namespace careplan::compose
