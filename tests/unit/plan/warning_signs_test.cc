#include "plan/warning_signs.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "content/person_facts.h"
#include "plan/timeline.h"
#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

class WarningSignsTest : public ::testing::Test {
 protected:
  std::vector<WarningEntry> Warnings() {
    facts_ = content::MakePersonFacts(profile_, knowledge_);
    timeline_ = BuildTimeline(profile_, knowledge_);
    return BuildWarningSigns(knowledge_, facts_, timeline_);
  }

  content::Knowledge knowledge_ = MakeKnowledge();
  profile::Profile profile_ = MakeProfile();
  content::PersonFacts facts_;
  Timeline timeline_;
};

TEST_F(WarningSignsTest, EveryoneGetsTheGeneralEmergencies) {
  const std::vector<WarningEntry> warnings = Warnings();
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].text, "You suddenly become very short of breath");
  EXPECT_EQ(warnings[0].urgency, content::Urgency::kEmergency);
  EXPECT_EQ(warnings[0].reason.text, "everyone with scleroderma");
  EXPECT_EQ(warnings[0].reason.sources, (std::vector<std::string>{"S4", "S18"}));
  EXPECT_EQ(warnings[1].text, "You have chest pain, or you faint");
}

TEST_F(WarningSignsTest, EmergenciesComeFirstThenSameDayInCollectionOrder) {
  profile_.diagnosis.organ_involvement = {"lungs", "kidneys"};
  profile_.treatments = {MakeTreatment("rituximab", Ym(2026, 5))};
  const std::vector<WarningEntry> warnings = Warnings();
  std::vector<std::string> order;
  for (const WarningEntry& warning : warnings) {
    // The wording of a condition's explanation belongs to content/.
    const bool immunosuppressive =
        warning.reason.text.find("immunosuppressive") != std::string::npos &&
        warning.reason.text.find("Rituximab") != std::string::npos;
    order.push_back(immunosuppressive ? "immunosuppressive" : warning.reason.text);
  }
  EXPECT_EQ(order, (std::vector<std::string>{
                       "everyone with scleroderma",  // short of breath
                       "everyone with scleroderma",  // chest pain
                       "kidneys",                    // less urine
                       "immunosuppressive",
                       "lungs",
                       "rituximab",
                   }));
  EXPECT_EQ(warnings[2].urgency, content::Urgency::kEmergency);
  for (size_t i = 3; i < warnings.size(); ++i) {
    EXPECT_EQ(warnings[i].urgency, content::Urgency::kSameDay);
  }
  // Info warnings of medicines are advice, not warning signs.
  for (const WarningEntry& warning : warnings) {
    EXPECT_EQ(warning.text.find("Reactions to the drip"), std::string::npos);
  }
}

TEST_F(WarningSignsTest, SameTextFromTwoOrgansIsListedOnceWithBothReasons) {
  profile_.diagnosis.organ_involvement = {"raynaud", "digital_ulcers"};
  const std::vector<WarningEntry> warnings = Warnings();
  int count = 0;
  for (const WarningEntry& warning : warnings) {
    if (warning.text.rfind("A finger or toe stays white", 0) != 0) continue;
    ++count;
    EXPECT_EQ(warning.reason.text, "Raynaud's phenomenon; finger ulcers");
    EXPECT_EQ(warning.reason.sources, std::vector<std::string>{"S30b"});
  }
  EXPECT_EQ(count, 1);
  EXPECT_EQ(warnings.size(), 4u);  // 2 general, the white finger, the ulcer
}

TEST_F(WarningSignsTest, PastMedicinesGiveNoWarnings) {
  profile_.treatments = {MakeTreatment("rituximab", Y(2020), Y(2021))};
  EXPECT_EQ(Warnings().size(), 2u);
}

TEST_F(WarningSignsTest, MedicineWarningIsListedByItsSign) {
  content::MedicineInfo& methotrexate = knowledge_.medicines[0];
  ASSERT_EQ(methotrexate.id, "methotrexate");
  methotrexate.warnings.back().sign = "You have mouth ulcers";
  profile_.treatments = {MakeTreatment("methotrexate", Y(2019))};
  bool found = false;
  for (const WarningEntry& warning : Warnings()) {
    EXPECT_EQ(warning.text.find("Call your care team"), std::string::npos) << warning.text;
    found = found || warning.text == "You have mouth ulcers";
  }
  EXPECT_TRUE(found);
}

TEST_F(WarningSignsTest, MedicineSignThatAGeneralSignSaysIsListedOnce) {
  // Rituximab's fever warning has the very words of the general fever sign.
  content::MedicineInfo& rituximab = knowledge_.medicines[1];
  ASSERT_EQ(rituximab.id, "rituximab");
  const std::string fever = "You have a temperature of 38.0 °C (100.4 °F) or higher, or chills";
  rituximab.warnings.back().sign = fever;
  profile_.treatments = {MakeTreatment("rituximab", Ym(2026, 5))};
  const std::vector<WarningEntry> warnings = Warnings();
  std::vector<std::string> texts;
  for (const WarningEntry& warning : warnings) texts.push_back(warning.text);
  EXPECT_EQ(std::count(texts.begin(), texts.end(), fever), 1);
  for (const WarningEntry& warning : warnings) {
    if (warning.text != fever) continue;
    EXPECT_NE(warning.reason.text.find("; rituximab"), std::string::npos) << warning.reason.text;
    EXPECT_EQ(warning.reason.sources, (std::vector<std::string>{"S24b", "S15", "S22"}));
  }
  EXPECT_EQ(warnings.size(), 3u);  // short of breath, chest pain, fever
}

TEST_F(WarningSignsTest, KidneyWarningsApplyToCurrentSteroids) {
  profile_.treatments = {MakeTreatment("prednisone", Ym(2026, 10))};
  const std::vector<WarningEntry> warnings = Warnings();
  bool found = false;
  for (const WarningEntry& warning : warnings) {
    if (warning.text != "You pass much less urine than usual") continue;
    found = true;
    EXPECT_EQ(warning.reason.text, "kidneys, because of taking steroids (glucocorticoids)");
  }
  EXPECT_TRUE(found);
}

TEST_F(WarningSignsTest, VaccineAdviceFollowsTheConditions) {
  facts_ = content::MakePersonFacts(profile_, knowledge_);
  EXPECT_EQ(BuildVaccineAdvice(knowledge_, facts_),
            std::vector<std::string>{"Have a flu vaccine every year."});
  profile::PlannedTherapy planned;
  planned.name = "rituximab";
  profile_.planned = {planned};
  facts_ = content::MakePersonFacts(profile_, knowledge_);
  EXPECT_EQ(BuildVaccineAdvice(knowledge_, facts_),
            (std::vector<std::string>{"Have a flu vaccine every year.",
                                      "Ask about the shingles vaccine that is not live."}));
}

}  // namespace
}  // namespace careplan::plan
