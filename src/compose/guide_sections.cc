#include "compose/guide_sections.h"

namespace careplan::compose {

void AppendGuideSections(const plan::CarePlan& plan, bool own_part,
                         std::vector<doc::Block>* blocks) {
  if (plan.sections.empty()) return;
  if (own_part) blocks->push_back(doc::Heading{1, "About your condition", true, true});
  // A packet prints the sections' packet wording ("this packet", not "this plan").
  const profile::ProfileKind kind = plan.profile->kind;
  for (const plan::ChosenSection& chosen : plan.sections) {
    blocks->push_back(doc::Heading{2, chosen.section->title, true, false});
    // The person's own text when "::: when" blocks leave some out.
    const std::vector<doc::Block>& body =
        chosen.body ? *chosen.body : chosen.section->BodyFor(kind);
    blocks->insert(blocks->end(), body.begin(), body.end());
  }
}

}  // namespace careplan::compose
