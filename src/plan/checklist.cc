#include "plan/checklist.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>

#include "base/placeholders.h"
#include "plan/home_monitoring_plan.h"
#include "plan/reasons.h"

namespace careplan::plan {

namespace {

// Whether `phrase` occurs in `text` as whole words.
bool ContainsWords(const std::string& text, std::string_view phrase) {
  for (size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
    const size_t end = at + phrase.size();
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    const bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

// The team's own level for the weight the item logs, or null.
const profile::HomeMonitoring* TeamWeightLevel(const content::LifestyleItem& item,
                                               const profile::Profile& profile) {
  if (item.log != content::ItemLog::kWeight || item.with_team_level.empty()) return nullptr;
  const profile::HomeMonitoring* entry = HomeEntry(profile, profile::HomeMeasure::kWeight);
  if (entry == nullptr || !entry->HasLevel()) return nullptr;
  return entry;
}

// The item's words with the team's interval in place of "{every}".
std::string WithTeamLevel(const std::string& words, const profile::HomeMonitoring& entry) {
  std::string text = words;
  ReplaceAll(&text, "{every}",
             entry.every ? entry.every->Display() : "as often as your care team says");
  return text;
}

}  // namespace

bool IsDailyGoal(std::string_view goal) {
  static constexpr std::array<std::string_view, 10> kDailyWords = {
      "daily",         "every day",     "everyday",    "each day", "most days",
      "every morning", "every evening", "every night", "a day",    "per day"};
  const std::string text = NormalizeName(goal);
  return std::any_of(kDailyWords.begin(), kDailyWords.end(),
                     [&](std::string_view words) { return ContainsWords(text, words); });
}

std::vector<ChecklistEntry> BuildChecklist(const profile::Profile& profile,
                                           const content::Knowledge& knowledge,
                                           const content::PersonFacts& facts) {
  std::vector<ChecklistEntry> checklist;
  std::set<std::string> seen;
  for (const content::LifestyleItem& item : knowledge.lifestyle) {
    if (!content::EvaluateCondition(item.when, facts) || !seen.insert(item.id).second) continue;
    ChecklistEntry entry;
    entry.id = item.id;
    entry.text = item.text;
    entry.daily = item.daily;
    entry.log = item.log;
    entry.picture = item.picture;
    entry.reason.text = ConditionReason(item.when, facts);
    if (const profile::HomeMonitoring* level = TeamWeightLevel(item, profile)) {
      // The log's "When to act" box holds the team's level: one reading, one action.
      entry.text = WithTeamLevel(item.with_team_level, *level);
      entry.reason.text += "; your care team's weight level";
    }
    entry.reason.sources = item.sources;
    // Name the organs that list this item, when they apply.
    std::string organs;
    for (const content::OrganRules& organ : knowledge.organs) {
      if (!OrganApplies(organ, facts) || std::find(organ.lifestyle.begin(), organ.lifestyle.end(),
                                                   item.id) == organ.lifestyle.end()) {
        continue;
      }
      organs += (organs.empty() ? "" : ", ") + OrganLabel(organ.organ, facts);
    }
    if (!organs.empty()) entry.reason.text += " (care of: " + organs + ")";
    checklist.push_back(std::move(entry));
  }
  for (const std::string& goal : profile.lifestyle.goals) {
    ChecklistEntry entry;
    entry.text = goal;
    entry.daily = IsDailyGoal(goal);
    entry.personal_goal = true;
    entry.reason.text = "your own goal";
    checklist.push_back(std::move(entry));
  }
  return checklist;
}

}  // namespace careplan::plan
