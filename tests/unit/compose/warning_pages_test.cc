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

TEST(WarningPagesTest, BoxesPutThePersonsOwnSignsFirstAndKeepEveryOne) {
  // Chest pain is told to everyone; that a medicine also warns of it does not
  // make it more personal than the kidney sign of diffuse disease.
  const std::vector<plan::WarningEntry> warnings = {
      Sign("You have chest pain, or you faint", "everyone with scleroderma; nintedanib"),
      Sign("Your blood pressure is 140/90 or higher", "kidneys, because of diffuse disease"),
      Sign("You suddenly become very short of breath", "everyone with scleroderma"),
  };
  const std::vector<doc::Callout> boxes = MakeWarningCallouts(warnings);
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_EQ(Items(boxes[0]),
            (std::vector<std::string>{"Your blood pressure is 140/90 or higher",
                                      "You have chest pain, or you faint",
                                      "You suddenly become very short of breath"}));
}

TEST(WarningPagesTest, EachSignIsOneItemUnderItsUrgency) {
  const std::vector<plan::WarningEntry> warnings = {
      Sign("You suddenly become very short of breath", "everyone with scleroderma"),
      Sign("You have unusual bleeding or bruising", "nintedanib", content::Urgency::kSameDay),
  };
  const std::vector<doc::Callout> full = MakeWarningCallouts(warnings);
  ASSERT_EQ(full.size(), 2u);
  EXPECT_EQ(full[0].title, kEmergencyTitle);
  EXPECT_EQ(Items(full[0]), std::vector<std::string>{"You suddenly become very short of breath"});
  EXPECT_EQ(full[1].title, kSameDayTitle);
  EXPECT_EQ(Items(full[1]), std::vector<std::string>{"You have unusual bleeding or bruising"});
}

}  // namespace
}  // namespace careplan::compose
