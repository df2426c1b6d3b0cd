#include "compose/emergency_wording.h"

#include "compose/warning_pages.h"
#include "plan/contact_routes.h"

namespace careplan::compose {

std::string EmergencyTitle(const std::string& emergency_number) {
  if (emergency_number.empty()) return kEmergencyTitle;
  return "Go to emergency care or call an ambulance (" + emergency_number + ") if…";
}

std::string GetEmergencyHelpIf(const std::string& emergency_number) {
  if (emergency_number.empty()) return "Get emergency help if ";
  return "Get emergency help (call " + emergency_number + ") if ";
}

std::string OutOfHoursText(const plan::CarePlan& plan) {
  std::string text;
  if (!plan.profile) return plan.out_of_hours_line;
  for (const profile::CareTeamMember* member : plan::OutOfHoursContacts(*plan.profile)) {
    std::string one =
        member->role == member->name ? member->name : member->role + " (" + member->name + ")";
    if (!member->phone.empty()) one += ", " + member->phone;
    text += (text.empty() ? "" : "; or ") + one;
  }
  if (text.empty()) text = plan.out_of_hours_line;
  return text;
}

doc::Paragraph WhenUnsure(const plan::CarePlan& plan) {
  std::string text =
      "Know these signs. If you are not sure whether a sign is serious, call your "
      "care team";
  const std::string out_of_hours = OutOfHoursText(plan);
  text += out_of_hours.empty() ? "." : "; out of hours, call " + out_of_hours + ".";
  if (!plan.emergency_number.empty())
    text += " In an emergency, call " + plan.emergency_number + ".";
  return doc::Paragraph{doc::Plain(text)};
}

std::optional<doc::Paragraph> EmergencyNumberLine(const plan::CarePlan& plan) {
  if (plan.emergency_number.empty()) return std::nullopt;
  return doc::Paragraph{
      {{"In an emergency, call " + plan.emergency_number + ".", doc::TextStyle::kBold}}};
}

}  // namespace careplan::compose
