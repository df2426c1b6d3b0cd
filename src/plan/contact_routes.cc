#include "plan/contact_routes.h"

#include "plan/questions.h"
#include "plan/reasons.h"

namespace careplan::plan {

void ApplyClinicDefaults(const content::Theme& theme, CarePlan* plan) {
  if (plan->emergency_number.empty()) plan->emergency_number = theme.emergency_number;
  if (plan->out_of_hours_line.empty()) plan->out_of_hours_line = theme.out_of_hours;
  // Page 1 gives the route now: asking for it would take lines for nothing.
  if (HasOutOfHoursRoute(*plan)) std::erase(plan->question_prompts, kOutOfHoursQuestion);
}

std::vector<const profile::CareTeamMember*> OutOfHoursContacts(const profile::Profile& profile) {
  std::vector<const profile::CareTeamMember*> contacts;
  for (const profile::CareTeamMember& member : profile.care_team)
    if (member.out_of_hours) contacts.push_back(&member);
  return contacts;
}

bool HasOutOfHoursRoute(const CarePlan& plan) {
  return !plan.out_of_hours_line.empty() || !OutOfHoursContacts(*plan.profile).empty();
}

std::vector<const TimelineEntry*> CurrentMedicinesHarmingUnbornBaby(const CarePlan& plan) {
  std::vector<const TimelineEntry*> entries;
  for (const TimelineEntry& entry : plan.timeline.treatments) {
    if (entry.status == content::MedicineStatus::kCurrent && entry.medicine &&
        entry.medicine->harms_unborn_baby) {
      entries.push_back(&entry);
    }
  }
  return entries;
}

void WarnAboutMissingRoutes(const CarePlan& plan, const std::string& theme_file,
                            Diagnostics* diagnostics) {
  const profile::Profile& profile = *plan.profile;
  const SourceLoc file{profile.file, 0, 0};
  if (plan.emergency_number.empty()) {
    diagnostics->Warning(
        file, "no emergency number: the plan says \"call an ambulance\" without a number",
        {"add emergency_number: \"999\" (or your country's number) to the profile, or "
         "emergency_number to the theme" +
         (theme_file.empty() ? std::string() : " " + theme_file)});
  }
  if (profile.kind != profile::ProfileKind::kPatient) return;
  if (!HasOutOfHoursRoute(plan)) {
    diagnostics->Warning(file,
                         "no out-of-hours route: no care_team entry has out_of_hours: true and "
                         "the theme gives no out_of_hours line",
                         {"mark the contact that answers evenings, nights and weekends with "
                          "out_of_hours: true, or add out_of_hours to the theme"});
  }
  const bool male = profile.patient.sex == profile::Sex::kMale;
  if (profile.patient.pregnancy || male) return;
  for (const TimelineEntry* entry : CurrentMedicinesHarmingUnbornBaby(plan)) {
    diagnostics->Warning(
        file,
        "patient.pregnancy is not given, and " + entry->name +
            " (taken now) can harm an unborn baby; the plan keeps its advice to \"if you "
            "could become pregnant\"",
        {"add pregnancy: possible, not_possible, pregnant, planning or breastfeeding under "
         "patient:"});
  }
}

}  // namespace careplan::plan
