#include "plan/timeline.h"

#include <algorithm>

#include "content/person_facts.h"

namespace careplan::plan {

Timeline BuildTimeline(const profile::Profile& profile, const content::Knowledge& knowledge) {
  Timeline timeline;
  timeline.plan_date = profile.plan_date;
  timeline.diagnosed_on = profile.diagnosis.diagnosed_on;
  for (const profile::Treatment& treatment : profile.treatments) {
    TimelineEntry entry;
    entry.name = treatment.name;
    entry.medicine = knowledge.FindMedicine(treatment.name);
    entry.dose = treatment.dose;
    entry.started = treatment.started;
    entry.stopped = treatment.stopped;
    entry.outcome = treatment.outcome;
    entry.notes = treatment.notes;
    entry.status = content::TreatmentStatus(treatment, profile.plan_date);
    timeline.treatments.push_back(std::move(entry));
  }
  std::stable_sort(timeline.treatments.begin(), timeline.treatments.end(),
                   [](const TimelineEntry& a, const TimelineEntry& b) {
                     return a.started.FirstDay() < b.started.FirstDay();
                   });
  for (const profile::PlannedTherapy& planned : profile.planned) {
    PlannedEntry entry;
    entry.name = planned.name;
    entry.medicine = knowledge.FindMedicine(planned.name);
    entry.target = planned.target;
    entry.notes = planned.notes;
    timeline.planned.push_back(std::move(entry));
  }
  return timeline;
}

}  // namespace careplan::plan
