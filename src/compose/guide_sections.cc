#include "compose/guide_sections.h"

namespace careplan::compose {

void AppendGuideSections(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  if (plan.sections.empty()) return;
  blocks->push_back(doc::Heading{1, "About your condition", true, true});
  for (const plan::ChosenSection& chosen : plan.sections) {
    blocks->push_back(doc::Heading{2, chosen.section->title, true, false});
    blocks->insert(blocks->end(), chosen.section->body.begin(), chosen.section->body.end());
  }
}

}  // namespace careplan::compose
