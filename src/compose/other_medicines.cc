#include "compose/other_medicines.h"

#include <string>

#include "compose/cover.h"

namespace careplan::compose {

void AppendAllergies(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  const profile::Allergies& allergies = profile.allergies;
  if (!allergies.recorded) {
    blocks->push_back(doc::Paragraph{{{"Allergies: ", doc::TextStyle::kBold},
                                      {"not recorded. Ask your care team to write them here: "
                                       "______________________________",
                                       doc::TextStyle::kRegular}}});
    return;
  }
  if (allergies.none()) {
    blocks->push_back(doc::Paragraph{doc::Strong("No known allergies.")});
    return;
  }
  blocks->push_back(doc::Paragraph{doc::Strong("Allergies:")});
  doc::List list;
  for (const profile::Allergy& allergy : allergies.list) {
    if (allergy.reaction.empty()) {
      list.items.push_back(doc::Strong(allergy.substance));
    } else {
      list.items.push_back({{allergy.substance, doc::TextStyle::kBold},
                            {": " + allergy.reaction, doc::TextStyle::kRegular}});
    }
  }
  blocks->push_back(std::move(list));
}

void AppendOtherMedicines(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  if (profile.other_medicines.empty()) return;
  blocks->push_back(doc::Heading{2, "Other medicines I take", true, false});
  blocks->push_back(doc::Paragraph{
      doc::Plain("Medicines for other conditions. Tell every doctor, nurse and pharmacist about "
                 "them, because some medicines do not mix.")});
  doc::List list;
  for (const profile::OtherMedicine& medicine : profile.other_medicines) {
    std::string text;
    if (!medicine.dose.empty()) text += ", " + medicine.dose;
    if (!medicine.notes.empty()) text += ". " + medicine.notes;
    list.items.push_back(
        {{medicine.name, doc::TextStyle::kBold}, {text, doc::TextStyle::kRegular}});
  }
  blocks->push_back(std::move(list));
}

}  // namespace careplan::compose
