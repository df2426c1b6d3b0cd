#include "base/suggest.h"

#include <algorithm>
#include <cctype>

namespace careplan {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

}  // namespace

int EditDistance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance, three rows.
  const size_t n = a.size(), m = b.size();
  std::vector<int> two_back(m + 1), previous(m + 1), current(m + 1);
  for (size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    for (size_t j = 1; j <= m; ++j) {
      const int cost = Lower(a[i - 1]) == Lower(b[j - 1]) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && Lower(a[i - 1]) == Lower(b[j - 2]) &&
          Lower(a[i - 2]) == Lower(b[j - 1])) {
        current[j] = std::min(current[j], two_back[j - 2] + 1);
      }
    }
    two_back.swap(previous);
    previous.swap(current);
  }
  return previous[m];
}

std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  int best_distance = 0;
  for (const std::string& candidate : candidates) {
    const int distance = EditDistance(word, candidate);
    const int allowed =
        std::max<int>(1, static_cast<int>(std::max(word.size(), candidate.size())) / 3);
    if (distance <= allowed && (!best || distance < best_distance)) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::string JoinChoices(const std::vector<std::string>& choices, std::string_view last_joiner) {
  std::string text;
  for (size_t i = 0; i < choices.size(); ++i) {
    // Appended piece by piece: GCC 12 at -O2 and above reports a false
    // -Wrestrict for " " + std::string(...) (GCC bug 105329).
    if (i + 1 == choices.size() && i > 0) {
      text += ' ';
      text += last_joiner;
      text += ' ';
    } else if (i > 0) {
      text += ", ";
    }
    text += choices[i];
  }
  return text;
}

}  // namespace careplan
