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
  AppendMedicineCards(plan, &blocks);
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
  AppendMedicineCards(plan, &blocks);
  const std::string text = AllText(blocks);
  EXPECT_NE(text.find("This plan has no details about this medicine. Ask your care team or "
                      "pharmacist what it is for, what to watch for, and whether it needs tests."),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("rules"), std::string::npos) << text;
  EXPECT_TRUE(All<doc::List>(blocks).empty());
}

// Signs to act on live on page 1; a card keeps the cautions that are not.
TEST(MedicinesPageTest, CardsPrintOnlyCautionsThatAreNotSigns) {
  content::MedicineInfo info;
  info.name = "Methotrexate";
  const content::WarningRule folic =
      Warning("Take folic acid as your team tells you.", content::Urgency::kInfo);
  const content::WarningRule fever =
      Warning("Call your care team the same day if you have a fever.", content::Urgency::kSameDay);
  const content::WarningRule chest =
      Warning("Get emergency help if you have chest pain.", content::Urgency::kEmergency);
  const auto items = WatchItems({&info, "methotrexate", "", false, {&folic, &fever, &chest}});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(Text(items[0]), folic.text);
}

// The steroid card speaks of the steroid the person may take (prednisolone is
// the UK name), and its purpose is a sentence like every other card's.
TEST(MedicinesPageTest, SteroidWordingNamesPrednisoloneAndReadsAsASentence) {
  const content::Knowledge& knowledge = content::testing::ShippedKnowledge();
  const content::MedicineInfo* steroids = knowledge.MedicineById("glucocorticoids");
  ASSERT_NE(steroids, nullptr);
  EXPECT_EQ(steroids->purpose.rfind("Calms inflammation (swelling and pain", 0), 0u)
      << steroids->purpose;
  bool names_both = false;
  for (const content::WarningRule& warning : steroids->warnings) {
    EXPECT_EQ(warning.text.find("dose of prednisone"), std::string::npos) << warning.text;
    names_both = names_both || warning.text.find("prednisolone or prednisone") != std::string::npos;
  }
  EXPECT_TRUE(names_both);
}

}  // namespace
}  // namespace careplan::compose
