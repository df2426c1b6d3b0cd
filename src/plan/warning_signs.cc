#include "plan/warning_signs.h"

#include <algorithm>
#include <set>

#include "plan/reasons.h"

namespace careplan::plan {
namespace {

class WarningCollector {
 public:
  explicit WarningCollector(const content::PersonFacts& facts) : facts_(facts) {}

  void Add(const content::WarningRule& rule, const std::string& reason_text) {
    if (rule.urgency == content::Urgency::kInfo) return;
    if (!content::EvaluateCondition(rule.when, facts_)) return;
    // A medicine's warning is listed by its sign, which may be the very words
    // of a general or organ sign that already says it (fever, pregnancy).
    const std::string& text = rule.sign.empty() ? rule.text : rule.sign;
    for (WarningEntry& existing : entries_) {
      if (existing.text != text) continue;
      if (existing.reason.text != reason_text &&
          existing.reason.text.find(reason_text) == std::string::npos) {
        existing.reason.text += "; " + reason_text;
      }
      if (rule.urgency > existing.urgency) existing.urgency = rule.urgency;
      MergeSources(rule.sources, &existing.reason.sources);
      return;
    }
    WarningEntry entry;
    entry.text = text;
    entry.urgency = rule.urgency;
    entry.reason.text = reason_text;
    entry.reason.sources = rule.sources;
    entries_.push_back(std::move(entry));
  }

  std::vector<WarningEntry> Take() {
    std::stable_sort(
        entries_.begin(), entries_.end(),
        [](const WarningEntry& a, const WarningEntry& b) { return a.urgency > b.urgency; });
    return std::move(entries_);
  }

 private:
  const content::PersonFacts& facts_;
  std::vector<WarningEntry> entries_;
};

}  // namespace

std::vector<WarningEntry> BuildWarningSigns(const content::Knowledge& knowledge,
                                            const content::PersonFacts& facts,
                                            const Timeline& timeline,
                                            const std::vector<FoundInteraction>& interactions) {
  WarningCollector collector(facts);
  if (facts.is_packet) return {};
  for (const content::WarningRule& rule : knowledge.general_warnings) {
    collector.Add(rule, ConditionReason(rule.when, facts));
  }
  for (const content::OrganRules& organ : knowledge.organs) {
    if (!OrganApplies(organ, facts)) continue;
    const std::string reason = OrganReason(organ, facts);
    for (const content::WarningRule& rule : organ.warning_signs) collector.Add(rule, reason);
  }
  std::set<std::string> seen;
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.medicine == nullptr || entry.status != content::MedicineStatus::kCurrent ||
        !seen.insert(entry.medicine->id).second) {
      continue;
    }
    const std::string reason = MedicineLabel(entry.medicine, entry.name);
    for (const content::WarningRule& rule : entry.medicine->warnings) collector.Add(rule, reason);
  }
  for (const FoundInteraction& found : interactions) {
    collector.Add(found.rule->warning, InteractionLabel(found));
  }
  return collector.Take();
}

std::vector<std::string> BuildVaccineAdvice(const content::Knowledge& knowledge,
                                            const content::PersonFacts& facts) {
  std::vector<std::string> advice;
  if (facts.is_packet) return advice;
  for (const content::VaccineItem& item : knowledge.vaccines) {
    if (content::EvaluateCondition(item.when, facts)) advice.push_back(item.text);
  }
  return advice;
}

}  // namespace careplan::plan
