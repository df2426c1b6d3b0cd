#include "compose/first_page.h"

#include <gtest/gtest.h>

#include <variant>

#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::All;
using testing::Part;
using testing::PlanFixture;
using testing::Text;

void AddWarning(PlanFixture* fixture, std::string text, content::Urgency urgency) {
  plan::WarningEntry warning;
  warning.text = std::move(text);
  warning.urgency = urgency;
  fixture->plan.warnings.push_back(std::move(warning));
}

TEST(FirstPageTest, SignsComeStraightAfterWhoThePlanIsFor) {
  PlanFixture fixture;
  AddWarning(&fixture, "You suddenly become very short of breath", content::Urgency::kEmergency);
  AddWarning(&fixture, "You have a temperature of 38 °C", content::Urgency::kSameDay);
  fixture.profile.care_team.push_back({"Out-of-hours", "Ward 5", "0800 123", "", "", "", false});
  const std::vector<doc::Block> page1 = Part(fixture.Build(), kFirstPageTitle);
  ASSERT_GE(page1.size(), 7u);
  EXPECT_TRUE(std::holds_alternative<doc::Paragraph>(page1[1]));  // who
  EXPECT_TRUE(std::holds_alternative<doc::Paragraph>(page1[2]));  // the main message
  ASSERT_TRUE(std::holds_alternative<doc::Callout>(page1[3]));
  EXPECT_EQ(std::get<doc::Callout>(page1[3]).title,
            "Go to emergency care or call an ambulance if…");
  // Who to call comes before the same-day box, which may go over to page 2.
  ASSERT_TRUE(std::holds_alternative<doc::Heading>(page1[4]));
  EXPECT_EQ(std::get<doc::Heading>(page1[4]).text, "Who to call");
  EXPECT_TRUE(std::holds_alternative<doc::LabelValueList>(page1[5]));
  ASSERT_TRUE(std::holds_alternative<doc::Callout>(page1[6]));
  EXPECT_EQ(std::get<doc::Callout>(page1[6]).title, "Call your care team the same day if…");
}

TEST(FirstPageTest, CareTeamTableKeepsPhoneNumbersWholeInLargePrint) {
  PlanFixture fixture;
  fixture.profile.care_team.push_back({"Rheumatologist", "Dr. Helen Carter", "+44 20 7946 0000",
                                       "h.carter@example.org", "", "", false});
  fixture.profile.care_team.push_back({"Vascular and wound nurse", "Kwame Mensah", "020 7946 0323",
                                       "wound.clinic@example.org",
                                       "Same-week appointments for a new ulcer", "", false});
  const doc::Document large = fixture.Build(18);
  // All<> points into the blocks it is given, so they are kept in a variable.
  // The full list, with e-mails and notes, cannot: one block per person.
  const std::vector<doc::Block> full = Part(large, "How to reach my care team");
  EXPECT_TRUE(All<doc::Table>(full).empty());
  const auto people = All<doc::LabelValueList>(full);
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0]->rows[1].first, "Phone and e-mail");
  EXPECT_EQ(Text(people[0]->rows[1].second),
            "+44\u00A020\u00A07946\u00A00000\nh.carter@example.org");
  // In normal print both are tables.
  const doc::Document normal = fixture.Build(12);
  const std::vector<doc::Block> normal_full = Part(normal, "How to reach my care team");
  EXPECT_EQ(All<doc::Table>(normal_full).size(), 1u);
}

}  // namespace
}  // namespace careplan::compose
