#include "plan/clinician_review.h"

#include <algorithm>
#include <cctype>

#include "content/person_facts.h"
#include "plan/reasons.h"

namespace careplan::plan {
namespace {

const char* UrgencyWords(content::Urgency urgency) {
  switch (urgency) {
    case content::Urgency::kEmergency:
      return "emergency";
    case content::Urgency::kSameDay:
      return "same day";
    case content::Urgency::kInfo:
      return "for information";
  }
  return "";
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Whether `word` occurs in `text` with no letter or digit either side.
bool HasWholeWord(const std::string& text, const std::string& word) {
  if (word.empty()) return false;
  auto boundary = [&](size_t at) {
    return at >= text.size() || !std::isalnum(static_cast<unsigned char>(text[at]));
  };
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    if ((at == 0 || boundary(at - 1)) && boundary(at + word.size())) return true;
  }
  return false;
}

// The long end of an interval in days (a range's `count_to`).
int LongEndDays(const Interval& interval) {
  if (!interval.IsRange()) return interval.NominalDays();
  Interval end = interval;
  end.count = interval.count_to;
  end.count_to = 0;
  return end.NominalDays();
}

const ScheduledTest* RowFor(const CarePlan& plan, const content::TestInfo& test) {
  for (const ScheduledTest& row : plan.schedule.tests) {
    if (row.test_id == test.id) return &row;
  }
  for (const ScheduledTest& row : plan.schedule.tests) {
    if (std::find(test.part_of.begin(), test.part_of.end(), row.test_id) != test.part_of.end())
      return &row;
  }
  return nullptr;
}

// A team interval longer than the rules ask for the same row (the plan
// prints the team's). A shorter one agrees with the rules' "at least".
void CompareInterval(const std::string& what, const Interval& team, const ScheduledTest& row,
                     std::vector<ReviewPoint>* points) {
  const Reason* most_often = nullptr;
  for (const Reason& reason : row.reasons) {
    if (!reason.every || reason.sources.empty()) continue;  // the team's own reason has no source
    if (most_often == nullptr || LongEndDays(*reason.every) < LongEndDays(*most_often->every)) {
      most_often = &reason;
    }
  }
  if (most_often == nullptr || team.NominalDays() <= LongEndDays(*most_often->every)) return;
  points->push_back({"team's word",
                     what + ": the team's interval (" + team.Display() +
                         ") is less often than the rules ask (" + most_often->every->Display() +
                         ", " + most_often->text + "). The plan prints the team's.",
                     most_often->sources});
}

void AddTeamsWord(const CarePlan& plan, std::vector<ReviewPoint>* points) {
  const profile::Profile& profile = *plan.profile;
  const content::Knowledge& knowledge = *plan.knowledge;
  for (const ReplacedAdvice& replaced : plan.replaced_advice) {
    points->push_back({"team's word",
                       "Home " + replaced.measure +
                           ": the team's level replaces the rules' sign \"" + replaced.rules_text +
                           "\" (" + UrgencyWords(replaced.rules_urgency) +
                           ") everywhere; the plan prints \"" + replaced.team_text + "\" (" +
                           UrgencyWords(replaced.team_urgency) + ").",
                       replaced.rules_sources});
  }
  for (const profile::MonitoringEntry& entry : profile.monitoring) {
    const content::TestInfo* test = knowledge.FindWrittenTest(entry.test, entry.every);
    if (test == nullptr) continue;
    const ScheduledTest* row = RowFor(plan, *test);
    if (row == nullptr) continue;
    if (entry.every) CompareInterval("\"" + entry.test + "\"", *entry.every, *row, points);
    const bool rules_note = std::any_of(row->reasons.begin(), row->reasons.end(),
                                        [](const Reason& reason) { return !reason.note.empty(); });
    if (!entry.notes.empty() && rules_note) {
      points->push_back({"team's word",
                         "\"" + entry.test + "\": the team's note \"" + entry.notes +
                             "\" prints beside the rules' notes for " + row->name +
                             "; check that they agree.",
                         {}});
    }
  }
  for (const profile::HomeMonitoring& entry : profile.home_monitoring) {
    if (!entry.every || entry.measure != profile::HomeMeasure::kBloodPressure) continue;
    if (const content::TestInfo* test = knowledge.TestById("home_blood_pressure")) {
      if (const ScheduledTest* row = RowFor(plan, *test)) {
        CompareInterval("Home blood pressure", *entry.every, *row, points);
      }
    }
  }
  for (const profile::Treatment& treatment : profile.treatments) {
    const content::MedicineInfo* medicine = knowledge.FindMedicine(treatment.name);
    if (treatment.notes.empty() || medicine == nullptr) continue;
    if (medicine->warnings.empty() && medicine->monitoring.empty()) continue;
    points->push_back({"team's word",
                       treatment.name + ": the team's note \"" + treatment.notes +
                           "\" prints with the rules' advice for " + medicine->name +
                           "; check that they agree.",
                       {}});
  }
}

bool Recorded(const CarePlan& plan, const std::string& test_id) {
  for (const ScheduledTest& row : plan.schedule.tests) {
    if (row.test_id == test_id && (row.last_done || row.booked)) return true;
  }
  const content::Knowledge& knowledge = *plan.knowledge;
  for (const profile::MonitoringEntry& entry : plan.profile->monitoring) {
    const content::TestInfo* test = knowledge.FindWrittenTest(entry.test, entry.every);
    if (test != nullptr && test->id == test_id && (entry.last_done || entry.booked)) return true;
  }
  return false;
}

void AddFlags(const CarePlan& plan, const content::PersonFacts& facts,
              std::vector<ReviewPoint>* points) {
  for (const content::ReviewFlag& flag : plan.knowledge->review_flags) {
    if (!content::EvaluateCondition(flag.when, facts)) continue;
    if (!flag.unless_recorded.empty() && Recorded(plan, flag.unless_recorded)) continue;
    points->push_back({flag.kind, flag.text, flag.sources});
  }
}

void AddInteractions(const CarePlan& plan, std::vector<ReviewPoint>* points) {
  for (const FoundInteraction& found : plan.interactions) {
    points->push_back({"interaction",
                       InteractionLabel(found) + " (" + UrgencyWords(found.rule->warning.urgency) +
                           "): " + found.rule->warning.text,
                       found.rule->warning.sources});
  }
}

// The tests a note names, through the tests' aliases ("raised ALT" names
// liver tests).
std::vector<const content::TestInfo*> TestsNamedIn(const std::string& notes,
                                                   const content::Knowledge& knowledge) {
  std::vector<const content::TestInfo*> named;
  const std::string text = Lower(notes);
  for (const content::TestInfo& test : knowledge.tests) {
    if (test.at_home) continue;
    const bool found =
        std::any_of(test.aliases.begin(), test.aliases.end(),
                    [&](const std::string& alias) { return HasWholeWord(text, alias); });
    if (found) named.push_back(&test);
  }
  return named;
}

// Whether a medicine's monitoring includes `test`, itself, a broader test
// that holds it, or a part of it.
bool MonitorsTest(const content::MedicineInfo& medicine, const content::TestInfo& test,
                  const content::Knowledge& knowledge) {
  for (const content::MonitoringRule& rule : medicine.monitoring) {
    if (rule.test == test.id) return true;
    if (std::find(test.part_of.begin(), test.part_of.end(), rule.test) != test.part_of.end())
      return true;
    const content::TestInfo* ruled = knowledge.TestById(rule.test);
    if (ruled &&
        std::find(ruled->part_of.begin(), ruled->part_of.end(), test.id) != ruled->part_of.end())
      return true;
  }
  return false;
}

void AddPriorToxicity(const CarePlan& plan, const content::PersonFacts& facts,
                      std::vector<ReviewPoint>* points) {
  const content::Knowledge& knowledge = *plan.knowledge;
  for (const profile::Treatment& past : plan.profile->treatments) {
    if (past.outcome != profile::Outcome::kSideEffects &&
        past.outcome != profile::Outcome::kIntolerance)
      continue;
    if (content::TreatmentStatus(past, plan.profile->plan_date) != content::MedicineStatus::kPast)
      continue;
    const std::vector<const content::TestInfo*> named = TestsNamedIn(past.notes, knowledge);
    std::vector<std::string> watched;
    for (const content::MedicineUse& use : facts.medicines) {
      if (use.status == content::MedicineStatus::kPast) continue;
      for (const content::TestInfo* test : named) {
        if (!MonitorsTest(*use.medicine, *test, knowledge)) continue;
        watched.push_back(use.medicine->name + " (" + content::StatusWord(use.status) +
                          ") is monitored with " + test->name);
      }
    }
    const std::string stopped = past.name + " was stopped (" + profile::ToString(past.outcome) +
                                (past.notes.empty() ? "" : ": \"" + past.notes + "\"") + ")";
    if (!watched.empty()) {
      std::string text = stopped + ". Watch closely: ";
      for (size_t i = 0; i < watched.size(); ++i) text += (i ? "; " : "") + watched[i];
      points->push_back({"prior toxicity", text + ".", {}});
    } else if (named.empty()) {
      points->push_back({"prior toxicity",
                         stopped + ". The notes name no test; check the current medicines' "
                                   "monitoring against what happened.",
                         {}});
    }
  }
}

}  // namespace

std::vector<ReviewPoint> FindReviewPoints(const CarePlan& plan) {
  std::vector<ReviewPoint> points;
  if (plan.profile == nullptr || plan.knowledge == nullptr ||
      plan.profile->kind == profile::ProfileKind::kPacket) {
    return points;
  }
  const content::PersonFacts facts = content::MakePersonFacts(*plan.profile, *plan.knowledge);
  AddTeamsWord(plan, &points);
  AddFlags(plan, facts, &points);
  AddInteractions(plan, &points);
  AddPriorToxicity(plan, facts, &points);
  return points;
}

}  // namespace careplan::plan
