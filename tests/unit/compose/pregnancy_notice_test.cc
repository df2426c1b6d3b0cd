#include "compose/pregnancy_notice.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::PlanFixture;
using testing::Text;

content::WarningRule Info(std::string text) {
  content::WarningRule warning;
  warning.text = std::move(text);
  warning.urgency = content::Urgency::kInfo;
  return warning;
}

std::vector<std::string> Items(const PlanFixture& fixture) {
  std::vector<doc::Block> blocks;
  AppendPregnancyNotice(fixture.plan, &blocks);
  std::vector<std::string> items;
  if (blocks.empty()) return items;
  for (const doc::RichText& item : std::get<doc::Callout>(blocks.front()).items) {
    items.push_back(Text(item));
  }
  return items;
}

// Grace's box named four medicines, two of them with "If you are planning a
// pregnancy, ask your care team about this medicine." under a title that
// already says so: those join the medicines to ask about, in one line.
TEST(PregnancyNoticeTest, MedicinesWithNothingButAskShareOneLine) {
  PlanFixture fixture;
  fixture.profile.patient.pregnancy = profile::Pregnancy::kPlanning;
  const content::WarningRule ask =
      Info("If you are planning a pregnancy, ask your care team about this medicine.");
  const content::WarningRule specific = Info(
      "If you are planning a pregnancy, talk to your care team first. Men can usually keep "
      "taking rituximab.");
  content::MedicineInfo harmful;
  harmful.harms_unborn_baby = true;
  fixture.plan.medicines.push_back({nullptr, "omeprazole", "", false, {&ask}});
  fixture.plan.medicines.push_back({nullptr, "rituximab", "", false, {&specific}});
  fixture.plan.medicines.push_back({&harmful, "mycophenolate", "", false, {}});
  fixture.plan.medicines.push_back({nullptr, "abatacept", "", false, {}});
  fixture.plan.medicines.push_back({nullptr, "nintedanib", "", true, {}});  // planned: not yet
  EXPECT_EQ(Items(fixture),
            (std::vector<std::string>{
                "rituximab: If you are planning a pregnancy, talk to your care team first. Men "
                "can usually keep taking rituximab.",
                "mycophenolate: It can harm an unborn baby.",
                "omeprazole and abatacept: ask whether each is safe for you now."}));
}

TEST(PregnancyNoticeTest, OneMedicineToAskAboutIsNamedAlone) {
  PlanFixture fixture;
  fixture.profile.patient.pregnancy = profile::Pregnancy::kBreastfeeding;
  fixture.plan.medicines.push_back({nullptr, "abatacept", "", false, {}});
  EXPECT_EQ(Items(fixture),
            (std::vector<std::string>{"abatacept: ask whether it is safe for you now."}));
}

TEST(PregnancyNoticeTest, NoBoxWithoutAPregnancyToReview) {
  PlanFixture fixture;
  fixture.plan.medicines.push_back({nullptr, "abatacept", "", false, {}});
  EXPECT_TRUE(Items(fixture).empty());
}

}  // namespace
}  // namespace careplan::compose
