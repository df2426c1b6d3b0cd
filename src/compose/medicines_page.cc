#include "compose/medicines_page.h"

#include <cctype>

#include "compose/plain_words.h"

namespace careplan::compose {
namespace {

bool Mentions(const std::string& text, const std::string& words) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find(words) != std::string::npos;
}

// The warning, led by how fast to act unless its own words already say so.
doc::RichText WarningItem(const content::WarningRule& warning) {
  std::string lead;
  if (warning.urgency == content::Urgency::kEmergency && !Mentions(warning.text, "emergency")) {
    lead = "Emergency: ";
  }
  if (warning.urgency == content::Urgency::kSameDay && !Mentions(warning.text, "same day")) {
    lead = "Call the same day: ";
  }
  if (lead.empty()) return doc::Plain(warning.text);
  return {{lead, doc::TextStyle::kBold}, {warning.text, doc::TextStyle::kRegular}};
}

void AppendCard(const plan::MedicineCard& card, std::vector<doc::Block>* blocks) {
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
        {{"Ask your care team ", doc::TextStyle::kBold},
         {"what this medicine is for and what to watch for: this plan's rules do not know it.",
          doc::TextStyle::kRegular}}});
    return;
  }
  if (card.warnings.empty()) return;
  blocks->push_back(doc::Paragraph{doc::Strong("What to watch for:")});
  doc::List list;
  for (const content::WarningRule* warning : card.warnings) {
    list.items.push_back(WarningItem(*warning));
  }
  blocks->push_back(std::move(list));
}

}  // namespace

void AppendMedicinesPart(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  if (plan.medicines.empty()) return;  // the treatments part says so
  blocks->push_back(doc::Heading{1, "My medicines", true, true});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "Your medicines for scleroderma now, then the planned ones. Keep taking them as your care "
      "team told you, and tell them about any of the signs listed under a medicine.")});
  for (const plan::MedicineCard& card : plan.medicines) AppendCard(card, blocks);
}

}  // namespace careplan::compose
