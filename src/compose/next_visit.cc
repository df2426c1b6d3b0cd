#include "compose/next_visit.h"

#include "compose/about_plan.h"
#include "compose/checklist_pages.h"
#include "compose/questions_page.h"
#include "compose/warning_pages.h"

namespace careplan::compose {

void AppendMyselfAndNextVisit(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, kNextVisitTitle, true, false});
  AppendSelfCare(plan, blocks);
  // The team's own words come before any generic prompt: they outrank it.
  if (!plan.profile->notes.empty()) AppendTeamNotes(*plan.profile, blocks);
  AppendTellAtNextVisit(plan.warnings, blocks);
  AppendQuestions(plan, blocks);
}

}  // namespace careplan::compose
