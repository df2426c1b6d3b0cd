#include "compose/medicines_summary.h"

#include <algorithm>

#include "compose/column_widths.h"
#include "compose/other_medicines.h"
#include "compose/plain_words.h"

namespace careplan::compose {
namespace {

bool IsInteractionWarning(const content::WarningRule* warning,
                          const std::vector<plan::FoundInteraction>& interactions) {
  return std::any_of(interactions.begin(), interactions.end(),
                     [warning](const plan::FoundInteraction& found) {
                       return found.rule && &found.rule->warning == warning;
                     });
}

// An interaction in the medicines table: its short rule; the whole
// emergency text is on page 1.
const std::string& TableRule(const content::InteractionRule& rule) {
  return rule.keep_safe.empty() ? rule.warning.text : rule.keep_safe;
}

// The tests the schedule lists because of this medicine ("blood count,
// kidney and liver blood tests").
std::string TestsFor(const plan::MedicineCard& card, const plan::MonitoringSchedule& schedule) {
  const std::string name = Lowered(card.name_as_written);
  std::string text;
  for (const plan::ScheduledTest& test : schedule.tests) {
    const bool for_it =
        std::any_of(test.because.begin(), test.because.end(), [&name](const std::string& reason) {
          const std::string lower = Lowered(reason);
          return lower == name || lower == "planned " + name;
        });
    if (!for_it) continue;
    const std::string test_name =
        text.empty() ? test.name : Lowered(test.name.substr(0, 1)) + test.name.substr(1);
    text += (text.empty() ? "" : "; ") + test_name;
  }
  return text;
}

doc::RichText Lines(const std::vector<std::string>& lines) {
  doc::RichText text;
  for (const std::string& line : lines) {
    text.push_back({(text.empty() ? "" : "\n") + line, doc::TextStyle::kRegular});
  }
  return text;
}

doc::RichText NameAndDose(const std::string& name, const std::string& dose) {
  doc::RichText text = doc::Strong(name);
  if (!dose.empty()) text.push_back({"\n" + dose, doc::TextStyle::kRegular});
  return text;
}

std::vector<doc::RichText> CardRow(const plan::MedicineCard& card, const plan::CarePlan& plan) {
  if (!card.medicine) {
    return {NameAndDose(card.name_as_written, card.dose),
            doc::Plain("Ask your care team or pharmacist what it is for, what to watch for and "
                       "whether it needs tests."),
            doc::Plain("")};
  }
  doc::RichText what_for = doc::Plain(ShortPurpose(card.medicine->purpose));
  const std::string tests = TestsFor(card, plan.schedule);
  if (!tests.empty()) {
    what_for.push_back({"\nTests: ", doc::TextStyle::kBold});
    what_for.push_back({tests + ".", doc::TextStyle::kRegular});
  }
  return {NameAndDose(MedicineName(card.name_as_written, card.medicine), card.dose),
          std::move(what_for), Lines(KeepSafeRules(card, plan.interactions))};
}

// A medicine for another condition: what the profile says of it, and the
// interactions it is part of.
std::vector<doc::RichText> OtherRow(const profile::OtherMedicine& medicine,
                                    const plan::CarePlan& plan) {
  return {NameAndDose(medicine.name, medicine.dose),
          doc::Plain(medicine.notes.empty() ? "For another condition" : medicine.notes),
          Lines(OtherMedicineKeepSafe(medicine.name, plan.interactions))};
}

void AppendPlanned(const plan::Timeline& timeline, std::vector<doc::Block>* blocks) {
  if (timeline.planned.empty()) return;
  blocks->push_back(doc::Heading{3, "Planned treatments", false, false});
  doc::List list;
  for (const plan::PlannedEntry& planned : timeline.planned) {
    std::string text = planned.target ? ", planned for " + planned.target->Display() : "";
    if (!planned.notes.empty()) text += ". Next step: " + planned.notes;
    list.items.push_back({{MedicineName(planned.name, planned.medicine), doc::TextStyle::kBold},
                          {text, doc::TextStyle::kRegular}});
  }
  blocks->push_back(std::move(list));
}

}  // namespace

std::vector<std::string> OtherMedicineKeepSafe(
    const std::string& name, const std::vector<plan::FoundInteraction>& interactions) {
  std::vector<std::string> rules;
  const std::string lower = Lowered(name);
  for (const plan::FoundInteraction& found : interactions) {
    if (found.rule && (Lowered(found.other_name) == lower || Lowered(found.medicine_name) == lower))
      rules.push_back(TableRule(*found.rule));
  }
  return rules;
}

std::string ShortPurpose(const std::string& purpose) {
  const size_t end = purpose.find(". ");
  return end == std::string::npos ? purpose : purpose.substr(0, end + 1);
}

namespace {

// A medicine's own rule that an interaction on its card already says.
bool SaidByInteraction(const content::KeepSafeRule& rule, const plan::MedicineCard& card,
                       const std::vector<plan::FoundInteraction>& interactions) {
  if (rule.left_out_with.empty()) return false;
  return std::any_of(
      interactions.begin(), interactions.end(), [&](const plan::FoundInteraction& found) {
        return found.rule && found.rule->id == rule.left_out_with &&
               std::find(card.warnings.begin(), card.warnings.end(), &found.rule->warning) !=
                   card.warnings.end();
      });
}

}  // namespace

std::vector<std::string> KeepSafeRules(const plan::MedicineCard& card,
                                       const std::vector<plan::FoundInteraction>& interactions) {
  std::vector<std::string> rules;
  // An interaction with the person's own medicines comes first: it is the
  // danger this person faces now.
  for (const plan::FoundInteraction& found : interactions) {
    if (!found.rule) continue;
    const bool on_card = std::find(card.warnings.begin(), card.warnings.end(),
                                   &found.rule->warning) != card.warnings.end();
    if (on_card && rules.size() < kKeepSafeRules) rules.push_back(TableRule(*found.rule));
  }
  if (!card.keep_safe.empty()) {
    for (const content::KeepSafeRule* rule : card.keep_safe) {
      if (rules.size() < kKeepSafeRules && !SaidByInteraction(*rule, card, interactions))
        rules.push_back(rule->text);
    }
    return rules;
  }
  for (const content::WarningRule* warning : card.warnings) {
    if (rules.size() == kKeepSafeRules) break;
    if (warning->urgency == content::Urgency::kInfo && !IsInteractionWarning(warning, interactions))
      rules.push_back(warning->text);
  }
  return rules;
}

void AppendMedicinesSummary(const plan::CarePlan& plan, const Measures& measures,
                            std::vector<doc::Block>* blocks) {
  const profile::Profile& profile = *plan.profile;
  // Page 1 is a page of its own; if it runs over, the medicines fill the rest
  // of its second page.
  blocks->push_back(doc::Heading{1, kMedicinesTitle, true, true, doc::Icon::kMedicine, true});
  AppendAllergies(profile, blocks);
  doc::Table table;
  table.header = {doc::Plain("Medicine and dose"), doc::Plain("What it is for"),
                  doc::Plain("Keep safe")};
  for (const plan::MedicineCard& card : plan.medicines) {
    if (!card.planned) table.rows.push_back(CardRow(card, plan));
  }
  for (const profile::OtherMedicine& medicine : profile.other_medicines) {
    table.rows.push_back(OtherRow(medicine, plan));
  }
  if (table.rows.empty()) {
    blocks->push_back(doc::Paragraph{doc::Plain(
        "No medicines are recorded now. Ask your care team to add the medicines you take.")});
  } else {
    const bool fits = ColumnsFit(table, measures);
    blocks->push_back(doc::Paragraph{
        doc::Plain(
            std::string(fits ? "How to read this table: one row"
                             : "How to read this list: one entry") +
            " for each medicine you take now; \"Keep safe\" gives the rules that matter most. Keep "
            "taking them as your care team told you."),
        true});  // kept with the table
    AppendTableOrBlocks(std::move(table), {1.25, 1.6, 2.4}, measures, blocks);
  }
  AppendPlanned(plan.timeline, blocks);
}

}  // namespace careplan::compose
