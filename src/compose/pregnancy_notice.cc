#include "compose/pregnancy_notice.h"

#include <cctype>
#include <string>

#include "base/suggest.h"
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

// "If you are planning a pregnancy, ask your care team about this
// medicine." says nothing the box's title and opening do not: such a
// medicine joins the one line of medicines to ask about.
bool OnlySaysAsk(const std::string& text) {
  const std::string lower = Lowered(text);
  return lower.rfind("if you are planning a pregnancy, ask your care team about th", 0) == 0 &&
         lower.find(". ") == std::string::npos;
}

// The medicine's own pregnancy advice from the rules; empty when it has
// none but "ask your care team".
std::string SpecificAdvice(const plan::MedicineCard& card) {
  std::string advice;
  if (card.medicine && card.medicine->harms_unborn_baby) advice = "It can harm an unborn baby.";
  for (const content::WarningRule* warning : card.warnings) {
    if (warning->urgency != content::Urgency::kInfo || !AboutPregnancy(warning->text)) continue;
    if (OnlySaysAsk(warning->text)) continue;
    if (advice.find(warning->text) == std::string::npos)
      advice += (advice.empty() ? "" : " ") + warning->text;
  }
  return advice;
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
  std::vector<std::string> ask_about;
  for (const plan::MedicineCard& card : plan.medicines) {
    if (card.planned) continue;
    const std::string name = MedicineName(card.name_as_written, card.medicine);
    const std::string advice = SpecificAdvice(card);
    if (advice.empty()) {
      ask_about.push_back(name);
    } else {
      callout.items.push_back(doc::Plain(name + ": " + advice));
    }
  }
  if (ask_about.size() == 1) {
    callout.items.push_back(
        doc::Plain(ask_about.front() + ": ask whether it is safe for you now."));
  } else if (!ask_about.empty()) {
    callout.items.push_back(
        doc::Plain(JoinChoices(ask_about, "and") + ": ask whether each is safe for you now."));
  }
  blocks->push_back(std::move(callout));
}

}  // namespace careplan::compose
