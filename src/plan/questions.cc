#include "plan/questions.h"

#include <cstddef>
#include <set>
#include <string>

#include "base/placeholders.h"
#include "base/suggest.h"
#include "plan/reasons.h"

namespace careplan::plan {
namespace {

// "in Jun 2026", "in 2026" or "on 21 Jul 2026".
std::string When(const PartialDate& date) {
  return (date.precision() == DatePrecision::kDay ? "on " : "in ") + date.Display();
}

// Whether any day of `date` falls within [first, last].
bool Overlaps(const PartialDate& date, const Date& first, const Date& last) {
  return !(date.LastDay() < first) && !(last < date.FirstDay());
}

std::string MedicineKey(const TimelineEntry& entry) {
  // Not "?" + ...: GCC 12 at -O2 reports a false -Wrestrict (GCC bug 105329).
  return entry.medicine ? entry.medicine->id : NormalizeName(entry.name).insert(0, 1, '?');
}

// Days between the end of one course and the start of the next that make
// the next a change of dose rather than a new start.
constexpr int kDoseChangeDays = 7;

// The same medicine's course that stopped at most kDoseChangeDays before
// `entry` started, or null.
const TimelineEntry* CourseJustBefore(const Timeline& timeline, const TimelineEntry& entry) {
  for (const TimelineEntry& other : timeline.treatments) {
    if (&other == &entry || !other.stopped || MedicineKey(other) != MedicineKey(entry)) continue;
    const Date stopped = other.stopped->LastDay();
    const Date started = entry.started.FirstDay();
    if (!(started < stopped) && !(stopped.AddDays(kDoseChangeDays) < started)) return &other;
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> BuildQuestionPrompts(const Timeline& timeline,
                                              const MonitoringSchedule& schedule,
                                              const std::vector<FoundInteraction>& interactions) {
  std::vector<std::string> prompts;
  // First: two medicines that must never be used together.
  for (const FoundInteraction& found : interactions) {
    if (found.rule->question.empty()) continue;
    std::string prompt = found.rule->question;
    ReplaceAll(&prompt, "{medicine}", found.medicine_name);
    ReplaceAll(&prompt, "{other}", found.other_name);
    prompts.push_back(std::move(prompt));
  }
  const Date plan_date = timeline.plan_date;

  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.status != content::MedicineStatus::kPlanned) continue;
    prompts.push_back("What are the next steps for " + entry.name + ", planned to start in " +
                      entry.started.Display() + "?");
  }
  for (const PlannedEntry& entry : timeline.planned) {
    std::string prompt = "What are the next steps for " + entry.name;
    if (entry.target) prompt += ", planned for " + entry.target->Display();
    prompts.push_back(prompt + "?");
  }

  std::vector<const ScheduledTest*> overdue;
  for (const ScheduledTest& test : schedule.tests) {
    if (test.overdue && test.next_due) overdue.push_back(&test);
  }
  if (overdue.size() == 1) {
    // A comma, not brackets: many test names end in brackets already.
    prompts.push_back("When can I have my " + LowerFirst(overdue[0]->name) + ", overdue since " +
                      overdue[0]->next_due->Display() + "?");
  } else if (overdue.size() > 1) {
    // One question, not one each: the names and dates are on page 1 and in
    // My checks, and each question takes lines to write the answer on.
    prompts.push_back("When can I have the " + std::to_string(overdue.size()) +
                      " checks that are overdue (see My checks)?");
  }

  // A medicine stopped and taken again (a new course or dose) is a start.
  std::set<std::string> current;
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.status == content::MedicineStatus::kCurrent) current.insert(MedicineKey(entry));
  }
  const Date window_start = plan_date.AddMonths(-6);
  std::vector<const TimelineEntry*> started;
  size_t started_at = 0;  // where the question about them goes, in timeline order
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.status == content::MedicineStatus::kPlanned) continue;
    if (entry.stopped && Overlaps(*entry.stopped, window_start, plan_date)) {
      if (current.count(MedicineKey(entry)) > 0) continue;
      prompts.push_back("I stopped " + entry.name + " " + When(*entry.stopped) +
                        ". What should I watch for now, and what comes next?");
    } else if (Overlaps(entry.started, window_start, plan_date)) {
      if (const TimelineEntry* before = CourseJustBefore(timeline, entry)) {
        // Days after the last course of the same medicine: its dose changed
        // (prednisolone 20 mg, then 5 mg), which "Is it working?" misreads.
        prompts.push_back("My " + entry.name + " dose changed " + When(entry.started) +
                          (before->dose.empty() || entry.dose.empty()
                               ? ""
                               : " (from " + before->dose + " to " + entry.dose + ")") +
                          ". What is the plan for it from here?");
        continue;
      }
      if (started.empty()) started_at = prompts.size();
      started.push_back(&entry);
    }
  }
  if (!started.empty()) {
    // One question for all the new medicines: each question takes lines.
    std::string prompt;
    if (started.size() == 1) {
      prompt = "I started " + started[0]->name + " " + When(started[0]->started) +
               ". Is it working, and how long until we know?";
    } else {
      std::vector<std::string> names;
      for (const TimelineEntry* entry : started) {
        names.push_back(entry->name + " (" + entry->started.Display() + ")");
      }
      prompt = "I started " + JoinChoices(names, "and") +
               ". Are they working, and how long until we know?";
    }
    prompts.insert(prompts.begin() + static_cast<std::ptrdiff_t>(started_at), std::move(prompt));
  }

  std::set<std::string> unknown;
  auto ask_unknown = [&](const std::string& name) {
    if (!unknown.insert(NormalizeName(name)).second) return;
    prompts.push_back("Does " + name + " need any blood tests or other checks?");
  };
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.medicine == nullptr && entry.status != content::MedicineStatus::kPast) {
      ask_unknown(entry.name);
    }
  }
  for (const PlannedEntry& entry : timeline.planned) {
    if (entry.medicine == nullptr) ask_unknown(entry.name);
  }

  prompts.push_back("Is my disease stable, better or worse since my last visit?");
  prompts.push_back("Which tests should I have before my next visit, and who arranges them?");
  prompts.push_back(kOutOfHoursQuestion);
  return prompts;
}

}  // namespace careplan::plan
