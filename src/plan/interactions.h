// Interactions: which of medicines.yaml's `interactions` a person's list of
// medicines sets off (a PDE5 inhibitor with a nitrate, azathioprine with
// allopurinol, ...). A pure function of names as written and the knowledge,
// so that any list (treatments now, other medicines later) can be checked.
// ComputePlan adds each found warning to the cards of both medicines and to
// the warning signs; `careplan explain` lists them.
#pragma once

#include <string>
#include <vector>

#include "content/knowledge.h"

namespace careplan::plan {

struct FoundInteraction {
  const content::InteractionRule* rule = nullptr;
  std::string medicine_name;  // as written: the entry on the rule's `medicines` side
  std::string other_name;     // as written: the entry on its `with` / `with_names` side
};

// Every rule that two different entries of `names` set off, once each, in
// the rules' order. A name matches a side through the medicines' aliases
// (Knowledge::FindMedicine) or, for `with_names`, by its normalised spelling.
std::vector<FoundInteraction> FindInteractions(const std::vector<std::string>& names,
                                               const content::Knowledge& knowledge);

// "sildenafil with GTN spray": how an interaction is named in reasons.
std::string InteractionLabel(const FoundInteraction& found);

}  // namespace careplan::plan
