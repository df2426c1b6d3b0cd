// Suggest: "did you mean" hints for misspelt keys, vocabulary words and ids.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careplan {

// Edit distance (insertions, deletions, substitutions, adjacent swaps),
// compared case-insensitively.
int EditDistance(std::string_view a, std::string_view b);

// The closest candidate when it is close enough to be a likely typo
// (distance at most a third of the longer word, and at least 1 allowed),
// or nullopt. Ties go to the earliest candidate, so results are stable.
std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates);

// "a, b or c" for listing choices in messages.
std::string JoinChoices(const std::vector<std::string>& choices,
                        std::string_view last_joiner = "or");

}  // namespace careplan
