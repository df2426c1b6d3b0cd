// MonitoringSchedule: every check the person needs, one row per test, with
// how often, when it was last done, when it is next due and every reason
// that asks for it. Built from the rules (general, the organs that apply, the
// current medicines by phase, the baseline checks of planned medicines, the
// follow-up of stopped ones) and the profile's own `monitoring` entries,
// which give last-done dates and may override the interval. Part of
// ComputePlan; printed by compose and `careplan explain`.
#pragma once

#include "content/knowledge.h"
#include "content/person_facts.h"
#include "plan/care_plan.h"
#include "profile/profile.h"

namespace careplan::plan {

// How the rows are merged (templates/README.md section 5):
// - one row per test (rules' test id; unknown profile tests by their
//   normalized written name), listing every reason in the order collected:
//   general, organs, current medicines, stopped medicines, planned
//   medicines, the profile;
// - a row is one test: a profile entry for a part (tests.yaml `part_of`)
//   fills each broader row the rules ask for when its interval and date
//   agree with that row's (or the row has none), else it gets a row of its
//   own named as written (a row of a `taken_together` test that then holds
//   only parts the team wrote is named after those parts: "Liver blood
//   tests" beside "Full blood count"); "blood pressure" written more often
//   than monthly is the home check (`frequent_aliases`); `name_only` tests
//   print as written;
// - the interval is the profile's `every` when it gives one ("interval set
//   by your care team"), else the shortest interval of the repeating rules;
// - next due = last_done + interval (calendar months, clamped at month
//   ends); no last_done: kNextVisit; no interval: kBeforeStarting when a
//   planned medicine needs it, else kWhenNeeded with the rules' notes;
// - overdue when next due is before the plan date (due on it is not);
// - notes: when the winning rule is a medicine's start-up step, when that
//   step ends and what follows ("Every 2 weeks until about 15 Dec 2026, then
//   monthly."); the winning rule's note (both dropped when the profile sets
//   a different interval), the notes of rules without an interval
//   (event-based timing), one-off notes only on rows without an interval,
//   then the profile's notes; a note contained in a longer one is dropped.
//   Rules' `detail` goes to the reasons only (for explain);
// - printed reasons (`because`): "your <organ>" for organ rules, the
//   medicine as written for current ones, "past <name>" for follow-up,
//   "planned <name>" for baseline checks before starting; general rules set
//   `for_everyone`, profile entries `listed_by_team`;
// - baseline rules of general and organ rules are "once" requests (no
//   interval); baseline rules of current medicines are left out.
// Rows are sorted: dated by next due, then at the next visit, before
// starting, when needed; names break ties.
MonitoringSchedule BuildMonitoringSchedule(const profile::Profile& profile,
                                           const content::Knowledge& knowledge,
                                           const content::PersonFacts& facts,
                                           const Timeline& timeline);

}  // namespace careplan::plan
