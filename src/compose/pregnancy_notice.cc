#include "compose/pregnancy_notice.h"

#include <cctype>
#include <string>

#include "compose/plain_words.h"

namespace careplan::compose {
namespace {

std::string Title(profile::Pregnancy pregnancy) {
  switch (pregnancy) {
    case profile::Pregnancy::kPregnant:
      return "You are pregnant: tell your care team now";
    case profile::Pregnancy::kPlanning:
      return "You are planning a pregnancy: tell your care team now";
    default:
      return "You are breastfeeding: tell your care team now";
  }
}

bool AboutPregnancy(const std::string& text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* word : {"pregnan", "unborn", "breastfeed", "father a child"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

// The medicine's own pregnancy advice from the rules, or a question to ask.
std::string MedicineAdvice(const plan::MedicineCard& card) {
  const std::string name = MedicineName(card.name_as_written, card.medicine);
  std::string advice;
  if (card.medicine && card.medicine->harms_unborn_baby) advice = "It can harm an unborn baby.";
  for (const content::WarningRule* warning : card.warnings) {
    if (warning->urgency != content::Urgency::kInfo || !AboutPregnancy(warning->text)) continue;
    if (advice.find(warning->text) == std::string::npos)
      advice += (advice.empty() ? "" : " ") + warning->text;
  }
  if (advice.empty()) advice = "Ask whether it is safe for you now.";
  return name + ": " + advice;
}

}  // namespace

void AppendPregnancyNotice(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  const auto& pregnancy = plan.profile->patient.pregnancy;
  if (!pregnancy || !profile::NeedsPregnancyReview(*pregnancy)) return;
  doc::Callout callout;
  callout.kind = doc::CalloutKind::kWarning;
  callout.title = Title(*pregnancy);
  callout.paragraphs.push_back(
      doc::Plain("Some medicines must be changed before or during a pregnancy, or while "
                 "breastfeeding. Do not stop a medicine on your own: ask your care team first."));
  for (const plan::MedicineCard& card : plan.medicines) {
    if (!card.planned) callout.items.push_back(doc::Plain(MedicineAdvice(card)));
  }
  blocks->push_back(std::move(callout));
}

}  // namespace careplan::compose
