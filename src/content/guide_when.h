// Person-specific guide text: a section's "::: when CONDITION" blocks
// (guide_audience.h) print in a personal plan only when their condition holds
// for the person, so that a pregnancy paragraph does not reach a man and
// "if you have already stopped smoking" does not reach a smoker. Conditions
// are the rules' language (condition.h); an absent answer in the profile
// matches no word, so text for "anyone who could become pregnant" is guarded
// with {not: {any: [{sex: male}, {pregnancy: not_possible}]}} and stays
// when the profile does not say. A packet speaks to many people and prints
// every block.
#pragma once

#include <optional>
#include <vector>

#include "content/guide.h"
#include "content/person_facts.h"
#include "doc/document.h"

namespace careplan::content {

// The body a personal plan prints for this person: nullopt when the section
// has no when block that fails (then `section.body` is the text to print).
std::optional<std::vector<doc::Block>> PersonalBody(const GuideSection& section,
                                                    const PersonFacts& facts);

}  // namespace careplan::content
