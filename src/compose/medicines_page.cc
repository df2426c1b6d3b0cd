#include "compose/medicines_page.h"

#include "compose/condition_words.h"
#include "compose/plain_words.h"

namespace careplan::compose {
namespace {

bool IsInteraction(const content::WarningRule* warning,
                   const std::vector<plan::FoundInteraction>& interactions) {
  for (const plan::FoundInteraction& found : interactions) {
    if (found.rule && &found.rule->warning == warning) return true;
  }
  return false;
}

void AppendCard(const plan::MedicineCard& card,
                const std::vector<plan::FoundInteraction>& interactions,
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
  // Signs to act on are on page 1, their one place; an interaction with the
  // person's own medicines stays whole here, for what to do about it.
  doc::List list;
  for (const content::WarningRule* warning : card.warnings) {
    if (warning->urgency == content::Urgency::kInfo || IsInteraction(warning, interactions))
      list.items.push_back(doc::Plain(warning->text));
  }
  if (list.items.empty()) return;
  blocks->push_back(doc::Paragraph{doc::Strong("What to know:")});
  blocks->push_back(std::move(list));
}

}  // namespace

void AppendMedicineCards(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  if (plan.medicines.empty()) return;
  blocks->push_back(doc::Heading{2, kMedicineCardsTitle, true, false});
  // The introduction stays with the first card: alone at a page's foot
  // under its heading, it said "every caution" and showed none.
  blocks->push_back(
      doc::Paragraph{doc::Plain("Every caution for your medicines for " + ConditionWords(plan) +
                                ", now and planned. The signs to get help for are on page 1."),
                     true});
  for (const plan::MedicineCard& card : plan.medicines) AppendCard(card, plan.interactions, blocks);
}

}  // namespace careplan::compose
