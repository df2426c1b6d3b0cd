#include "compose/appointments.h"

#include <algorithm>

namespace careplan::compose {
namespace {

std::vector<const profile::Appointment*> Soonest(const profile::Profile& profile) {
  std::vector<const profile::Appointment*> sorted;
  for (const profile::Appointment& appointment : profile.appointments)
    sorted.push_back(&appointment);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const profile::Appointment* a, const profile::Appointment* b) {
                     return std::pair(a->date, a->time) < std::pair(b->date, b->time);
                   });
  return sorted;
}

}  // namespace

const profile::Appointment* NextAppointment(const profile::Profile& profile) {
  for (const profile::Appointment* appointment : Soonest(profile))
    if (profile.plan_date < appointment->date) return appointment;
  return nullptr;
}

std::string DescribeAppointment(const profile::Appointment& appointment) {
  std::string text = appointment.date.Display();
  if (!appointment.time.empty()) text += " at " + appointment.time;
  text += ": " + appointment.with;
  if (!appointment.place.empty()) text += ", " + appointment.place;
  return text;
}

std::optional<doc::Paragraph> NextAppointmentLine(const profile::Profile& profile) {
  const profile::Appointment* next = NextAppointment(profile);
  if (!next) return std::nullopt;
  // Place and notes are in the full list with the contacts: page 1 is full.
  std::string text = next->date.Display();
  if (!next->time.empty()) text += " at " + next->time;
  text += ", " + next->with + ".";
  return doc::Paragraph{
      {{"Next appointment: ", doc::TextStyle::kBold}, {text, doc::TextStyle::kRegular}}};
}

void AppendAppointments(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  if (profile.appointments.empty()) return;
  blocks->push_back(doc::Heading{2, "My appointments", true, false});
  doc::List list;
  for (const profile::Appointment* appointment : Soonest(profile)) {
    std::string text = DescribeAppointment(*appointment);
    if (appointment->date < profile.plan_date) text += " (before this plan)";
    if (!appointment->notes.empty()) text += ". " + appointment->notes;
    list.items.push_back(doc::Plain(text));
  }
  blocks->push_back(std::move(list));
}

}  // namespace careplan::compose
