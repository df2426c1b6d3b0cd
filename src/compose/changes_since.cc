#include "compose/changes_since.h"

#include <algorithm>
#include <utility>

#include "compose/plain_words.h"
#include "plan/reasons.h"

namespace careplan::compose {
namespace {

// Whether a partial date falls after `since` and on or before `until`; a
// partial date counts from its last day, so "2026-08" after 12 Aug 2026 is in.
bool Between(const PartialDate& date, const Date& since, const Date& until) {
  return since < date.LastDay() && date.FirstDay() <= until;
}

// A test as My checks names it ("breathing tests (lung function tests)"),
// not as the profile writes it ("pulmonary function tests").
std::string PlainTestName(const profile::MonitoringEntry& entry, const plan::CarePlan& plan) {
  const content::TestInfo* test =
      plan.knowledge ? plan.knowledge->FindWrittenTest(entry.test, entry.every) : nullptr;
  return !test || test->name.empty() ? entry.test : plan::LowerFirst(test->name);
}

}  // namespace

std::vector<std::string> ChangesSinceLastPlan(const plan::CarePlan& plan) {
  const profile::Profile& profile = *plan.profile;
  std::vector<std::string> lines;
  if (!profile.previous_plan_date) return lines;
  const Date since = *profile.previous_plan_date;
  const Date until = profile.plan_date;
  for (const profile::Treatment& treatment : profile.treatments) {
    if (Between(treatment.started, since, until))
      lines.push_back("started " + treatment.name + " (" + treatment.started.Display() + ")");
  }
  for (const profile::Treatment& treatment : profile.treatments) {
    if (treatment.changed_on && Between(*treatment.changed_on, since, until)) {
      std::string line = "changed " + treatment.name + " (" + treatment.changed_on->Display() + ")";
      if (!treatment.dose.empty()) line += ": now " + treatment.dose;
      lines.push_back(line);
    }
  }
  for (const profile::Treatment& treatment : profile.treatments) {
    if (treatment.stopped && Between(*treatment.stopped, since, until))
      lines.push_back("stopped " + treatment.name + " (" + treatment.stopped->Display() + ")");
  }
  // Oldest first, each by the name My checks gives it.
  std::vector<std::pair<Date, std::string>> done;
  for (const profile::MonitoringEntry& entry : profile.monitoring) {
    if (entry.last_done && since < *entry.last_done && *entry.last_done <= until)
      done.emplace_back(*entry.last_done, PlainTestName(entry, plan));
  }
  std::stable_sort(done.begin(), done.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string tests;
  for (const auto& [date, name] : done) {
    tests += (tests.empty() ? "" : ", ") + name + " (" + date.Display() + ")";
  }
  if (!tests.empty()) lines.push_back("tests done: " + tests);
  return lines;
}

void AppendChangesSinceLastPlan(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  const profile::Profile& profile = *plan.profile;
  if (!profile.previous_plan_date) return;
  const std::string title =
      "What changed since your last plan (" + profile.previous_plan_date->Display() + "): ";
  const std::vector<std::string> lines = ChangesSinceLastPlan(plan);
  // One paragraph, not a list: it has to fit on page 1.
  std::string text;
  for (const std::string& line : lines) text += (text.empty() ? "" : "; ") + line;
  text = text.empty() ? "no treatment or test changes recorded." : text + ".";
  blocks->push_back(
      doc::Paragraph{{{title, doc::TextStyle::kBold}, {text, doc::TextStyle::kRegular}}});
}

}  // namespace careplan::compose
