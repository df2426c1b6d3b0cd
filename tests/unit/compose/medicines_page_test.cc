// "My medicines": each card speaks to the patient in plain words, and an
// urgent warning reads as one sentence (no label glued to a sentence that
// already says what to do).
#include "compose/medicines_page.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/compose/compose_fixture.h"
#include "unit/content/content_fixtures.h"

namespace careplan::compose {
namespace {

using testing::All;
using testing::PlanFixture;
using testing::Text;

content::WarningRule Warning(std::string text, content::Urgency urgency, std::string sign = "") {
  content::WarningRule warning;
  warning.text = std::move(text);
  warning.sign = std::move(sign);
  warning.urgency = urgency;
  return warning;
}

// The printed items of the one card's "What to watch for" list.
std::vector<doc::RichText> WatchItems(const plan::MedicineCard& card) {
  plan::CarePlan plan;
  plan.medicines.push_back(card);
  std::vector<doc::Block> blocks;
  AppendMedicinesPart(plan, &blocks);
  const auto lists = All<doc::List>(blocks);
  return lists.empty() ? std::vector<doc::RichText>{} : lists[0]->items;
}

std::string AllText(const std::vector<doc::Block>& blocks) {
  std::string out;
  for (const doc::Paragraph* paragraph : All<doc::Paragraph>(blocks)) {
    out += Text(paragraph->text) + "\n";
  }
  return out;
}

TEST(MedicinesPageTest, UnknownMedicineGetsPlainHonestWords) {
  plan::CarePlan plan;
  plan.medicines.push_back({nullptr, "ramipril", "10 mg once a day", false, {}});
  std::vector<doc::Block> blocks;
  AppendMedicinesPart(plan, &blocks);
  const std::string text = AllText(blocks);
  EXPECT_NE(text.find("This plan has no details about this medicine. Ask your care team or "
                      "pharmacist what it is for, what to watch for, and whether it needs tests."),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("rules"), std::string::npos) << text;
  EXPECT_TRUE(All<doc::List>(blocks).empty());
}

TEST(MedicinesPageTest, WarningThatSaysHowFastHasNoLabel) {
  content::MedicineInfo info;
  info.name = "Methotrexate";
  const content::WarningRule pregnant =
      Warning("Tell your care team at once if you might be pregnant.", content::Urgency::kSameDay,
              "You might be pregnant");
  const content::WarningRule fever =
      Warning("Call your care team the same day if you have a fever.", content::Urgency::kSameDay);
  const content::WarningRule chest =
      Warning("Get emergency help if you have chest pain.", content::Urgency::kEmergency);
  const auto items = WatchItems({&info, "methotrexate", "", false, {&pregnant, &fever, &chest}});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(Text(items[0]), pregnant.text);
  EXPECT_EQ(Text(items[1]), fever.text);
  EXPECT_EQ(Text(items[2]), chest.text);
}

TEST(MedicinesPageTest, WarningWithoutHowFastBecomesOneSentenceFromItsSign) {
  content::MedicineInfo info;
  info.name = "Nintedanib";
  const content::WarningRule bleeding =
      Warning("Tell your care team about any unusual bleeding or bruising.",
              content::Urgency::kSameDay, "You have unusual bleeding or bruising");
  const content::WarningRule faint =
      Warning("Chest pain needs help.", content::Urgency::kEmergency, "You faint");
  const auto items = WatchItems({&info, "nintedanib", "", false, {&bleeding, &faint}});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(Text(items[0]),
            "Call your care team the same day if you have unusual bleeding or bruising.");
  ASSERT_FALSE(items[0].empty());
  EXPECT_EQ(items[0][0].style, doc::TextStyle::kBold);
  EXPECT_EQ(Text(items[1]), "Get emergency help if you faint.");
}

// With the shipped rules, no urgent warning falls back to a label in front of
// its text ("Call the same day: Tell your care team…"): each either says how
// fast to act or has a sign.
TEST(MedicinesPageTest, ShippedWarningsNeverGetALabelGluedOn) {
  const content::Knowledge& knowledge = content::testing::ShippedKnowledge();
  ASSERT_FALSE(knowledge.medicines.empty());
  for (const content::MedicineInfo& medicine : knowledge.medicines) {
    std::vector<const content::WarningRule*> warnings;
    for (const content::WarningRule& warning : medicine.warnings) warnings.push_back(&warning);
    for (const doc::RichText& item : WatchItems({&medicine, medicine.id, "", false, warnings})) {
      const std::string text = Text(item);
      EXPECT_EQ(text.rfind("Call the same day: ", 0), std::string::npos) << text;
      EXPECT_EQ(text.rfind("Emergency: ", 0), std::string::npos) << text;
      EXPECT_EQ(text.find(" if tell"), std::string::npos) << text;
      EXPECT_EQ(text.find(" if call"), std::string::npos) << text;
    }
  }
}

// The steroid card speaks of the steroid the person may take (prednisolone is
// the UK name), and its purpose is a sentence like every other card's.
TEST(MedicinesPageTest, SteroidWordingNamesPrednisoloneAndReadsAsASentence) {
  const content::Knowledge& knowledge = content::testing::ShippedKnowledge();
  const content::MedicineInfo* steroids = knowledge.MedicineById("glucocorticoids");
  ASSERT_NE(steroids, nullptr);
  EXPECT_EQ(steroids->purpose.rfind("Calms inflammation.", 0), 0u) << steroids->purpose;
  bool names_both = false;
  for (const content::WarningRule& warning : steroids->warnings) {
    EXPECT_EQ(warning.text.find("dose of prednisone"), std::string::npos) << warning.text;
    names_both = names_both || warning.text.find("prednisolone or prednisone") != std::string::npos;
  }
  EXPECT_TRUE(names_both);
}

}  // namespace
}  // namespace careplan::compose
