#include "compose/medicines_summary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace careplan::compose {
namespace {

content::WarningRule Caution(std::string text, content::Urgency urgency = content::Urgency::kInfo) {
  content::WarningRule warning;
  warning.text = std::move(text);
  warning.urgency = urgency;
  return warning;
}

// A card for `info` whose keep_safe rules all apply to the person.
plan::MedicineCard Card(const content::MedicineInfo& info, std::string name,
                        std::vector<const content::WarningRule*> warnings) {
  plan::MedicineCard card{&info, std::move(name), "", false, std::move(warnings)};
  for (const content::KeepSafeRule& rule : info.keep_safe) card.keep_safe.push_back(&rule);
  return card;
}

TEST(MedicinesSummaryTest, KeepSafeTakesTheRulesOwnShortWords) {
  content::MedicineInfo info;
  info.keep_safe = {{"Never stop it suddenly.", {"S1"}, ""}, {"Stand up slowly.", {"S1"}, ""}};
  const content::WarningRule long_caution =
      Caution("A long caution that the table should not get.");
  const plan::MedicineCard card = Card(info, "ramipril", {&long_caution});
  EXPECT_EQ(KeepSafeRules(card, {}),
            (std::vector<std::string>{"Never stop it suddenly.", "Stand up slowly."}));
}

TEST(MedicinesSummaryTest, AnInteractionWithTheirOwnMedicinesComesFirst) {
  content::MedicineInfo info;
  info.keep_safe = {{"Never stop it suddenly.", {"S1"}, ""}, {"Stand up slowly.", {"S1"}, ""}};
  content::InteractionRule rule;
  rule.warning = Caution("Emergency: a long interaction text.", content::Urgency::kEmergency);
  rule.keep_safe = "Never use GTN with sildenafil.";
  const plan::MedicineCard card = Card(info, "sildenafil", {&rule.warning});
  const std::vector<plan::FoundInteraction> found = {{&rule, "sildenafil", "GTN spray"}};
  EXPECT_EQ(KeepSafeRules(card, found), (std::vector<std::string>{"Never use GTN with sildenafil.",
                                                                  "Never stop it suddenly."}));
}

// GTN's own "never with sildenafil" says what the interaction's line says:
// once the interaction is found, the table prints that line once.
TEST(MedicinesSummaryTest, ARuleTheInteractionSaysIsLeftOutWhenItIsFound) {
  content::MedicineInfo info;
  info.keep_safe = {{"Never use it if you take sildenafil.", {"S1"}, "pde5_with_nitrate"},
                    {"Tell every paramedic.", {"S1"}, ""}};
  content::InteractionRule rule;
  rule.id = "pde5_with_nitrate";
  rule.warning = Caution("Emergency: a long interaction text.", content::Urgency::kEmergency);
  rule.keep_safe = "Never use GTN with sildenafil.";
  const plan::MedicineCard card = Card(info, "GTN spray", {&rule.warning});
  const std::vector<plan::FoundInteraction> found = {{&rule, "sildenafil", "GTN spray"}};
  EXPECT_EQ(KeepSafeRules(card, found),
            (std::vector<std::string>{"Never use GTN with sildenafil.", "Tell every paramedic."}));
  // Without the interaction (no sildenafil), GTN's own rule stands.
  const plan::MedicineCard alone = Card(info, "GTN spray", {});
  EXPECT_EQ(
      KeepSafeRules(alone, {}),
      (std::vector<std::string>{"Never use it if you take sildenafil.", "Tell every paramedic."}));
}

// Dimitris's GTN spray is a medicine for another condition: its row gives the
// interaction's short rule, not the whole emergency text page 1 already has.
TEST(MedicinesSummaryTest, AnOtherMedicineGetsTheInteractionsShortRule) {
  content::InteractionRule rule;
  rule.warning = Caution("Emergency: a long interaction text.", content::Urgency::kEmergency);
  rule.keep_safe = "Never use GTN with sildenafil.";
  content::InteractionRule without_short_rule;
  without_short_rule.warning = Caution("A rule with no short form.", content::Urgency::kSameDay);
  const std::vector<plan::FoundInteraction> found = {
      {&rule, "tadalafil", "glyceryl trinitrate spray"},
      {&without_short_rule, "Glyceryl Trinitrate Spray", "x"},
      {&rule, "tadalafil", "isosorbide"}};
  EXPECT_EQ(
      OtherMedicineKeepSafe("glyceryl trinitrate spray", found),
      (std::vector<std::string>{"Never use GTN with sildenafil.", "A rule with no short form."}));
}

TEST(MedicinesSummaryTest, WithoutShortRulesTheCautionsThatAreNotSignsServe) {
  content::MedicineInfo info;
  const content::WarningRule sign =
      Caution("Call today if you have a fever.", content::Urgency::kSameDay);
  const content::WarningRule sun = Caution("Use sunscreen.");
  const content::WarningRule vaccine = Caution("No live vaccines.");
  const content::WarningRule third = Caution("A third caution.");
  const plan::MedicineCard card{&info, "x", "", false, {&sign, &sun, &vaccine, &third}};
  EXPECT_EQ(KeepSafeRules(card, {}),
            (std::vector<std::string>{"Use sunscreen.", "No live vaccines."}));
}

TEST(MedicinesSummaryTest, ShortPurposeIsTheFirstSentence) {
  EXPECT_EQ(ShortPurpose("Calms the immune system. It is usually the first medicine."),
            "Calms the immune system.");
  EXPECT_EQ(ShortPurpose("Lowers stomach acid."), "Lowers stomach acid.");
}

}  // namespace
}  // namespace careplan::compose
