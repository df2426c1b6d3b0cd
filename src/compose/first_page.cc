#include "compose/first_page.h"

#include "compose/appointments.h"
#include "compose/changes_since.h"
#include "compose/cover.h"
#include "compose/pregnancy_notice.h"
#include "compose/warning_pages.h"

namespace careplan::compose {
namespace {

doc::Paragraph MainMessage(const profile::Profile& profile) {
  const profile::Patient& patient = profile.patient;
  const std::string& name = patient.preferred_name.empty() ? patient.name : patient.preferred_name;
  return doc::Paragraph{
      {{name + ", this plan brings together ", doc::TextStyle::kRegular},
       {"your treatments, your check-ups and what you can do each day", doc::TextStyle::kBold},
       {". Bring it to every appointment. It supports, but does not replace, the advice of your "
        "care team: if anything here differs from what they tell you, follow your care team.",
        doc::TextStyle::kRegular}}};
}

void AppendWarnings(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  const std::vector<doc::Callout> callouts =
      MakeWarningCallouts(plan.warnings, kFirstPageWarnings, plan.emergency_number);
  for (const doc::Callout& callout : callouts) blocks->push_back(callout);
  size_t shown = 0;
  for (const doc::Callout& callout : callouts) shown += callout.items.size();
  size_t urgent = 0;
  for (const plan::WarningEntry& warning : plan.warnings) {
    if (warning.urgency != content::Urgency::kInfo) ++urgent;
  }
  if (urgent > shown) {
    blocks->push_back(doc::Paragraph{{{"More warning signs: ", doc::TextStyle::kBold},
                                      {"see Warning signs.", doc::TextStyle::kRegular}}});
  }
}

// The first dated test in the schedule (they come first, soonest first).
doc::Paragraph NextTest(const plan::MonitoringSchedule& schedule) {
  for (const plan::ScheduledTest& test : schedule.tests) {
    if (test.due != plan::DueKind::kDated || !test.next_due) continue;
    if (test.overdue) {
      return doc::Paragraph{{{"Next test: ", doc::TextStyle::kBold},
                             {test.name + ", ", doc::TextStyle::kRegular},
                             {"overdue since " + test.next_due->Display(), doc::TextStyle::kBold},
                             {". See Check-ups and tests.", doc::TextStyle::kRegular}}};
    }
    return doc::Paragraph{{{"Next test: ", doc::TextStyle::kBold},
                           {test.name + (test.booked ? ", booked for " : ", due ") +
                                test.next_due->Display() + ". See Check-ups and tests.",
                            doc::TextStyle::kRegular}}};
  }
  return doc::Paragraph{
      {{"Next tests: ", doc::TextStyle::kBold},
       {"at your next visit. See Check-ups and tests.", doc::TextStyle::kRegular}}};
}

}  // namespace

void AppendFirstPage(const plan::CarePlan& plan, const Measures& measures,
                     std::vector<doc::Block>* blocks) {
  const profile::Profile& profile = *plan.profile;
  blocks->push_back(doc::Heading{1, "My care plan", false, false});
  blocks->push_back(PatientDetails(profile, plan.knowledge->vocabulary));
  AppendPregnancyNotice(plan, blocks);
  // The urgent signs come straight after who the plan is for, so that they
  // are on the first page even in large print, where not all of this fits.
  AppendWarnings(plan, blocks);
  blocks->push_back(MainMessage(profile));
  // What page 1 had before the additions comes first, so that the contacts
  // and the next test stay on it; what the additions bring goes over to
  // page 2 when the page is full.
  AppendCareTeamShort(plan, measures, blocks);
  blocks->push_back(NextTest(plan.schedule));
  if (auto appointment = NextAppointmentLine(profile)) blocks->push_back(std::move(*appointment));
  AppendChangesSinceLastPlan(plan, blocks);
}

}  // namespace careplan::compose
