#include "compose/warning_pages.h"

#include <algorithm>

#include "compose/emergency_wording.h"
#include "plan/reasons.h"

namespace careplan::compose {
namespace {

// A short page-1 box stops adding items once they pass this many characters.
constexpr size_t kShortBoxCharacters = 130;

// True for a sign that is in the plan because of this person's organs or
// medicines, rather than one that everyone with scleroderma is told (which
// stays general when a medicine also asks for it: "everyone with
// scleroderma; nintedanib").
bool IsPersonal(const plan::WarningEntry& warning) {
  return warning.reason.text.rfind(plan::kEveryone, 0) != 0;
}

// The short page-1 boxes (limit < SIZE_MAX) list this person's own signs
// first, then the general ones; the full list keeps the plan's order.
std::vector<const plan::WarningEntry*> InBoxOrder(const std::vector<plan::WarningEntry>& warnings,
                                                  content::Urgency urgency, size_t limit) {
  std::vector<const plan::WarningEntry*> ordered;
  for (const plan::WarningEntry& warning : warnings) {
    if (warning.urgency == urgency) ordered.push_back(&warning);
  }
  if (limit != SIZE_MAX) {
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const plan::WarningEntry* warning) { return IsPersonal(*warning); });
  }
  return ordered;
}

doc::Callout MakeCallout(const std::vector<plan::WarningEntry>& warnings, content::Urgency urgency,
                         const std::string& title, size_t limit) {
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kWarning;
  callout.title = title;
  size_t characters = 0;
  for (const plan::WarningEntry* warning : InBoxOrder(warnings, urgency, limit)) {
    if (callout.items.size() >= limit) break;
    characters += warning->text.size();
    if (limit != SIZE_MAX && !callout.items.empty() && characters > kShortBoxCharacters) break;
    callout.items.push_back(doc::Plain(warning->text));
  }
  return callout;
}

void AppendInfoWarnings(const std::vector<plan::WarningEntry>& warnings,
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
  blocks->push_back(doc::Heading{2, "Vaccines", true, false});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "Vaccines protect you from infections. Ask your care team which ones you need and when; "
      "some must be given before certain treatments.")});
  doc::List list;
  for (const std::string& vaccine : vaccines) list.items.push_back(doc::Plain(vaccine));
  blocks->push_back(std::move(list));
}

}  // namespace

std::vector<doc::Callout> MakeWarningCallouts(const std::vector<plan::WarningEntry>& warnings,
                                              size_t limit, const std::string& emergency_number) {
  std::vector<doc::Callout> callouts;
  doc::Callout emergency =
      MakeCallout(warnings, content::Urgency::kEmergency, EmergencyTitle(emergency_number), limit);
  if (!emergency.items.empty()) callouts.push_back(std::move(emergency));
  doc::Callout same_day = MakeCallout(warnings, content::Urgency::kSameDay, kSameDayTitle, limit);
  if (!same_day.items.empty()) callouts.push_back(std::move(same_day));
  return callouts;
}

void AppendWarningsPart(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, "Warning signs", true, true});
  blocks->push_back(WhenUnsure(plan));
  for (doc::Callout& callout :
       MakeWarningCallouts(plan.warnings, SIZE_MAX, plan.emergency_number)) {
    blocks->push_back(std::move(callout));
  }
  AppendInfoWarnings(plan.warnings, blocks);
  AppendVaccines(plan.vaccines, blocks);
}

}  // namespace careplan::compose
