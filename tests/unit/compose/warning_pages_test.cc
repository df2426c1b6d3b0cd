#include "compose/warning_pages.h"

#include <gtest/gtest.h>

#include <cstdint>

#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::Text;

plan::WarningEntry Sign(std::string text, std::string reason,
                        content::Urgency urgency = content::Urgency::kEmergency) {
  plan::WarningEntry entry;
  entry.text = std::move(text);
  entry.urgency = urgency;
  entry.reason.text = std::move(reason);
  return entry;
}

std::vector<std::string> Items(const doc::Callout& callout) {
  std::vector<std::string> items;
  for (const doc::RichText& item : callout.items) items.push_back(Text(item));
  return items;
}

TEST(WarningPagesTest, ShortBoxPutsThePersonsOwnSignsFirst) {
  // Chest pain is told to everyone; that a medicine also warns of it does not
  // make it more personal than the kidney sign of diffuse disease.
  const std::vector<plan::WarningEntry> warnings = {
      Sign("You have chest pain, or you faint", "everyone with scleroderma; nintedanib"),
      Sign("Your blood pressure is 140/90 or higher", "kidneys, because of diffuse disease"),
  };
  const std::vector<doc::Callout> page_one = MakeWarningCallouts(warnings, 1);
  ASSERT_EQ(page_one.size(), 1u);
  EXPECT_EQ(Items(page_one[0]),
            std::vector<std::string>{"Your blood pressure is 140/90 or higher"});
  // The full page keeps the plan's order.
  const std::vector<doc::Callout> full = MakeWarningCallouts(warnings, SIZE_MAX);
  ASSERT_EQ(full.size(), 1u);
  EXPECT_EQ(Items(full[0]), (std::vector<std::string>{"You have chest pain, or you faint",
                                                      "Your blood pressure is 140/90 or higher"}));
}

TEST(WarningPagesTest, EachSignIsOneItemUnderItsUrgency) {
  const std::vector<plan::WarningEntry> warnings = {
      Sign("You suddenly become very short of breath", "everyone with scleroderma"),
      Sign("You have unusual bleeding or bruising", "nintedanib", content::Urgency::kSameDay),
  };
  const std::vector<doc::Callout> full = MakeWarningCallouts(warnings, SIZE_MAX);
  ASSERT_EQ(full.size(), 2u);
  EXPECT_EQ(full[0].title, kEmergencyTitle);
  EXPECT_EQ(Items(full[0]), std::vector<std::string>{"You suddenly become very short of breath"});
  EXPECT_EQ(full[1].title, kSameDayTitle);
  EXPECT_EQ(Items(full[1]), std::vector<std::string>{"You have unusual bleeding or bruising"});
}

}  // namespace
}  // namespace careplan::compose
