#include "compose/warning_pages.h"

#include <algorithm>

#include "compose/emergency_wording.h"
#include "plan/reasons.h"

namespace careplan::compose {
namespace {

// True for a sign that is in the plan because of this person's organs or
// medicines, rather than one that everyone with scleroderma is told (which
// stays general when a medicine also asks for it: "everyone with
// scleroderma; nintedanib").
bool IsPersonal(const plan::WarningEntry& warning) {
  return warning.reason.text.rfind(plan::kEveryone, 0) != 0;
}

// This person's own signs first, then the general ones, each group in the
// plan's order.
std::vector<const plan::WarningEntry*> InBoxOrder(const std::vector<plan::WarningEntry>& warnings,
                                                  content::Urgency urgency) {
  std::vector<const plan::WarningEntry*> ordered;
  for (const plan::WarningEntry& warning : warnings) {
    if (warning.urgency == urgency) ordered.push_back(&warning);
  }
  std::stable_partition(ordered.begin(), ordered.end(),
                        [](const plan::WarningEntry* warning) { return IsPersonal(*warning); });
  return ordered;
}

doc::Callout MakeCallout(const std::vector<plan::WarningEntry>& warnings, content::Urgency urgency,
                         const std::string& title) {
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kWarning;
  callout.title = title;
  for (const plan::WarningEntry* warning : InBoxOrder(warnings, urgency)) {
    callout.items.push_back(doc::Plain(warning->text));
  }
  return callout;
}

}  // namespace

void AppendTellAtNextVisit(const std::vector<plan::WarningEntry>& warnings,
                           std::vector<doc::Block>* blocks) {
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kInformation;
  callout.title = "Tell your care team at your next visit if…";
  for (const plan::WarningEntry& warning : warnings) {
    if (warning.urgency == content::Urgency::kInfo)
      callout.items.push_back(doc::Plain(warning.text));
  }
  if (!callout.items.empty()) blocks->push_back(std::move(callout));
}

void AppendVaccines(const std::vector<std::string>& vaccines, std::vector<doc::Block>* blocks) {
  if (vaccines.empty()) return;
  blocks->push_back(doc::Heading{2, "My vaccines", true, false});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "Vaccines protect you from infections. Ask your care team which ones you need and when; "
      "some must be given before certain treatments.")});
  doc::List list;
  for (const std::string& vaccine : vaccines) list.items.push_back(doc::Plain(vaccine));
  blocks->push_back(std::move(list));
}

std::vector<doc::Callout> MakeWarningCallouts(const std::vector<plan::WarningEntry>& warnings,
                                              const std::string& emergency_number) {
  std::vector<doc::Callout> callouts;
  doc::Callout emergency =
      MakeCallout(warnings, content::Urgency::kEmergency, EmergencyTitle(emergency_number));
  if (!emergency.items.empty()) callouts.push_back(std::move(emergency));
  doc::Callout same_day = MakeCallout(warnings, content::Urgency::kSameDay, kSameDayTitle);
  // The same-day signs may continue overleaf: the emergency box never does.
  same_day.may_split = true;
  if (!same_day.items.empty()) callouts.push_back(std::move(same_day));
  return callouts;
}

}  // namespace careplan::compose
