// SelectSections: which guide sections a person's plan (or a packet) carries,
// in the guide's order, each with the reason it was chosen. A pure function
// of the profile, the facts and the guide. include_sections adds, then
// exclude_sections removes; an unknown section id is an error listing the
// valid ones. A packet gets `sections: all` or exactly its list.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "content/guide.h"
#include "content/person_facts.h"
#include "profile/profile.h"

namespace careplan::content {

struct SelectedSection {
  const GuideSection* section = nullptr;
  std::string reason;  // "applies: organ: lungs", "included by preferences", "packet: all"
  // The person's text when "::: when" blocks leave some of the section out
  // (guide_when.h); nullopt: the section's own body.
  std::optional<std::vector<doc::Block>> body = std::nullopt;
};

std::vector<SelectedSection> SelectSections(const profile::Profile& profile,
                                            const PersonFacts& facts, const Guide& guide,
                                            Diagnostics* diagnostics);

// Warnings for treatment, planned and monitoring names the rules do not
// know (with "did you mean"); they are still printed as written.
void CheckNamesAgainstKnowledge(const profile::Profile& profile, const Knowledge& knowledge,
                                Diagnostics* diagnostics);

}  // namespace careplan::content
