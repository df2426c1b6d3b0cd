#include "compose/medicines_page.h"

#include <cctype>

#include "compose/condition_words.h"
#include "compose/emergency_wording.h"
#include "compose/other_medicines.h"
#include "compose/plain_words.h"
#include "plan/reasons.h"

namespace careplan::compose {
namespace {

bool Mentions(const std::string& text, const std::string& words) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find(words) != std::string::npos;
}

// True when the warning's own words already say how fast to act, so that no
// label is put in front of them.
bool SaysHowFast(const content::WarningRule& warning) {
  if (warning.urgency == content::Urgency::kEmergency) return Mentions(warning.text, "emergency");
  for (const char* words : {"same day", "at once", "straight away", "emergency"}) {
    if (Mentions(warning.text, words)) return true;
  }
  return false;
}

// An urgent warning reads as one sentence: its own words when they say how
// fast to act, else how fast to act followed by the warning as a sign ("Call
// your care team the same day if you have unusual bleeding or bruising.").
// Without a sign, a short label comes before the text.
doc::RichText WarningItem(const content::WarningRule& warning,
                          const std::string& emergency_number) {
  if (warning.urgency == content::Urgency::kInfo || SaysHowFast(warning)) {
    return doc::Plain(warning.text);
  }
  const bool emergency = warning.urgency == content::Urgency::kEmergency;
  if (warning.sign.empty()) {
    return {{emergency ? "Emergency: " : "Call the same day: ", doc::TextStyle::kBold},
            {warning.text, doc::TextStyle::kRegular}};
  }
  return {
      {emergency ? GetEmergencyHelpIf(emergency_number) : "Call your care team the same day if ",
       doc::TextStyle::kBold},
      {plan::LowerFirst(warning.sign) + ".", doc::TextStyle::kRegular}};
}

void AppendCard(const plan::MedicineCard& card, const std::string& emergency_number,
                std::vector<doc::Block>* blocks) {
  blocks->push_back(
      doc::Heading{3, MedicineName(card.name_as_written, card.medicine), false, false});
  doc::LabelValueList details;
  details.rows.emplace_back("Status", doc::Plain(card.planned ? "Planned" : "You take it now"));
  if (!card.dose.empty()) details.rows.emplace_back("Dose", doc::Plain(card.dose));
  if (card.medicine && !card.medicine->purpose.empty()) {
    details.rows.emplace_back("What it is for", doc::Plain(card.medicine->purpose));
  }
  blocks->push_back(std::move(details));
  if (!card.medicine) {
    blocks->push_back(doc::Paragraph{
        {{"This plan has no details about this medicine. ", doc::TextStyle::kRegular},
         {"Ask your care team or pharmacist", doc::TextStyle::kBold},
         {" what it is for, what to watch for, and whether it needs tests.",
          doc::TextStyle::kRegular}}});
    return;
  }
  if (card.warnings.empty()) return;
  blocks->push_back(doc::Paragraph{doc::Strong("What to watch for:")});
  doc::List list;
  for (const content::WarningRule* warning : card.warnings) {
    list.items.push_back(WarningItem(*warning, emergency_number));
  }
  blocks->push_back(std::move(list));
}

}  // namespace

void AppendMedicinesPart(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  // A plan made without a profile (unit tests) has only its cards.
  static const profile::Profile kNoProfile;
  const profile::Profile& profile = plan.profile ? *plan.profile : kNoProfile;
  const bool person = plan.profile != nullptr;
  // Without medicines the treatments part says so; allergies and other
  // medicines still have their page when the profile gives them.
  if (plan.medicines.empty() && profile.other_medicines.empty() && !profile.allergies.recorded)
    return;
  blocks->push_back(doc::Heading{1, "My medicines", true, true});
  if (person) AppendAllergies(profile, blocks);
  if (!plan.medicines.empty()) {
    blocks->push_back(doc::Paragraph{doc::Plain(
        "Your medicines for " + ConditionWords(plan) +
        " now, then the planned ones. Keep taking them as your care team told you, and tell "
        "them about any of the signs listed under a medicine.")});
  }
  for (const plan::MedicineCard& card : plan.medicines)
    AppendCard(card, plan.emergency_number, blocks);
  AppendOtherMedicines(profile, blocks);
}

}  // namespace careplan::compose
