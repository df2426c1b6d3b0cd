#include "compose/first_page.h"

#include "compose/appointments.h"
#include "compose/changes_since.h"
#include "compose/condition_words.h"
#include "compose/cover.h"
#include "compose/emergency_wording.h"
#include "compose/pregnancy_notice.h"
#include "compose/warning_pages.h"
#include "plan/contact_routes.h"

namespace careplan::compose {
namespace {

// Who the plan is for in one short paragraph rather than a table: page 1
// must also hold every sign to act on. The header repeats name and plan date
// on every page.
void AppendWhoItIsFor(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  const profile::Patient& patient = profile.patient;
  doc::RichText who = doc::Strong(patient.name);
  if (!patient.preferred_name.empty() && patient.preferred_name != patient.name)
    who.push_back({" (known as " + patient.preferred_name + ")", doc::TextStyle::kRegular});
  std::string details;
  if (patient.date_of_birth) details += " · born " + patient.date_of_birth->Display();
  if (!patient.identifier.empty()) details += " · " + patient.identifier;
  details += " · plan made " + profile.plan_date.Display();
  if (!patient.interpreter.empty()) details += " · needs an interpreter: " + patient.interpreter;
  who.push_back({details, doc::TextStyle::kRegular});
  blocks->push_back(doc::Paragraph{std::move(who)});
}

void AppendCondition(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  const std::string condition = DescribeCondition(*plan.profile, plan.knowledge->vocabulary);
  if (condition.empty()) return;
  blocks->push_back(doc::Paragraph{
      {{"My condition: ", doc::TextStyle::kBold}, {condition, doc::TextStyle::kRegular}}});
}

// What the plan is for, then the one action that matters most (PEMAT item 1:
// the purpose is evident at once, not only in Part 2).
doc::Paragraph MainMessage(const plan::CarePlan& plan) {
  return doc::Paragraph{
      {{"Your care plan for " + ConditionWords(plan) + ". ", doc::TextStyle::kRegular},
       {"Act on the signs below. ", doc::TextStyle::kBold},
       {"Bring it to every appointment.", doc::TextStyle::kRegular}}};
}

// "Rheumatology specialist nurse (Siobhán Murphy)".
std::string Who(const profile::CareTeamMember& member) {
  if (member.name.empty() || member.role == member.name) return member.role;
  return member.role + " (" + member.name + ")";
}

bool IsNurse(const profile::CareTeamMember& member) {
  std::string lower;
  for (char c : member.role)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find("nurse") != std::string::npos;
}

// The weekday contact: a nurse line first (they answer the questions a plan
// raises), else the first member with a phone who is not the out-of-hours
// route.
const profile::CareTeamMember* WeekdayContact(const profile::Profile& profile) {
  const profile::CareTeamMember* first = nullptr;
  for (const profile::CareTeamMember& member : profile.care_team) {
    if (member.phone.empty()) continue;
    bool out_of_hours_only = false;
    for (const profile::CareTeamMember* route : plan::OutOfHoursContacts(profile)) {
      if (route == &member && profile.care_team.size() > 1) out_of_hours_only = true;
    }
    if (out_of_hours_only) continue;
    if (IsNurse(member)) return &member;
    if (!first) first = &member;
  }
  return first;
}

// Who to call, in the order a reader needs them: weekdays, out of hours,
// emergency. A missing route says to ask, rather than leaving a gap.
doc::LabelValueList WhoToCall(const plan::CarePlan& plan, const Measures& measures) {
  doc::LabelValueList list;
  const profile::CareTeamMember* weekday = WeekdayContact(*plan.profile);
  list.rows.emplace_back(
      "Weekdays",
      weekday ? doc::RichText{{Who(*weekday) + ": ", doc::TextStyle::kRegular},
                              {KeepTogether(weekday->phone, measures), doc::TextStyle::kBold}}
              : doc::Plain("ask your care team for a number"));
  const std::vector<const profile::CareTeamMember*> routes =
      plan::OutOfHoursContacts(*plan.profile);
  if (!routes.empty()) {
    for (const profile::CareTeamMember* route : routes) {
      const std::string who = route->name.empty() ? route->role : route->name;
      doc::RichText row{{who + (route->phone.empty() ? "" : ": "), doc::TextStyle::kRegular},
                        {KeepTogether(route->phone, measures), doc::TextStyle::kBold}};
      // The team's own words on when to use this line ("for a temperature of
      // 38 °C or above") belong where the number is: in the contacts alone
      // they were missed.
      if (!route->notes.empty()) {
        row.push_back({". " + route->notes + (route->notes.back() == '.' ? "" : "."),
                       doc::TextStyle::kRegular});
      }
      list.rows.emplace_back("Out of hours", std::move(row));
    }
  } else if (!plan.out_of_hours_line.empty()) {
    list.rows.emplace_back("Out of hours", doc::Plain(plan.out_of_hours_line));
  } else {
    list.rows.emplace_back("Out of hours", doc::Plain("not recorded: ask your care team and "
                                                      "write it here ______________"));
  }
  if (!plan.emergency_number.empty()) {
    list.rows.emplace_back("Emergency", doc::Strong(plan.emergency_number));
  }
  if (const auto& caregiver = plan.profile->patient.caregiver) {
    std::string who = caregiver->name;
    if (!caregiver->relation.empty()) who += " (" + caregiver->relation + ")";
    list.rows.emplace_back(
        "Helps me at home",
        doc::RichText{{who + (caregiver->phone.empty() ? "" : ": "), doc::TextStyle::kRegular},
                      {KeepTogether(caregiver->phone, measures), doc::TextStyle::kBold}});
  }
  return list;
}

// The emergency box first, then who to call, then the same-day box: if page
// 1 is full, what moves to page 2 is the box that can wait for the morning.
void AppendSignsAndWhoToCall(const plan::CarePlan& plan, const Measures& measures,
                             std::vector<doc::Block>* blocks) {
  std::vector<doc::Callout> boxes = MakeWarningCallouts(plan.warnings, plan.emergency_number);
  const bool has_emergency = !boxes.empty() && boxes.front().title != kSameDayTitle;
  size_t next = 0;
  if (has_emergency) blocks->push_back(std::move(boxes[next++]));
  blocks->push_back(doc::Heading{3, "Who to call", false, false, doc::Icon::kPhone});
  blocks->push_back(WhoToCall(plan, measures));
  for (; next < boxes.size(); ++next) blocks->push_back(std::move(boxes[next]));
}

// The next dated checks, soonest first (the schedule is in that order).
void AppendNextChecks(const plan::MonitoringSchedule& schedule, std::vector<doc::Block>* blocks) {
  doc::List list;
  for (const plan::ScheduledTest& test : schedule.tests) {
    if (list.items.size() == kFirstPageChecks) break;
    if (test.due != plan::DueKind::kDated || !test.next_due) continue;
    if (test.overdue) {
      list.items.push_back({{test.name + ": ", doc::TextStyle::kRegular},
                            {"overdue since " + test.next_due->Display(), doc::TextStyle::kBold}});
    } else {
      const std::string booked_of = test.booked_of.empty() ? "" : " (" + test.booked_of + ")";
      list.items.push_back(doc::Plain(test.name + (test.booked ? ": booked for " : ": due ") +
                                      test.next_due->Display() + booked_of));
    }
  }
  if (list.items.empty()) {
    blocks->push_back(
        doc::Paragraph{{{"My next checks: ", doc::TextStyle::kBold},
                        {"at your next visit (see My checks).", doc::TextStyle::kRegular}}});
    return;
  }
  blocks->push_back(
      doc::Paragraph{doc::Strong("My next checks (all of them are in My checks):"), true});
  blocks->push_back(std::move(list));
}

}  // namespace

void AppendFirstPage(const plan::CarePlan& plan, const Measures& measures,
                     std::vector<doc::Block>* blocks) {
  const profile::Profile& profile = *plan.profile;
  blocks->push_back(doc::Heading{1, kFirstPageTitle, true, false});
  // The signs come straight after who the plan is for, so that the
  // emergency box is on page 1 even in large print.
  AppendWhoItIsFor(profile, blocks);
  blocks->push_back(MainMessage(plan));
  AppendSignsAndWhoToCall(plan, measures, blocks);
  AppendPregnancyNotice(plan, blocks);
  AppendCondition(plan, blocks);
  if (auto appointment = NextAppointmentLine(profile)) blocks->push_back(std::move(*appointment));
  AppendNextChecks(plan.schedule, blocks);
  AppendChangesSinceLastPlan(plan, blocks);
}

}  // namespace careplan::compose
