// "My condition": the organ words that are parts of the body are "affected";
// those that are conditions (vocabulary `kind: condition`) are "caused".
#include <gtest/gtest.h>

#include "compose/cover.h"

namespace careplan::compose {
namespace {

profile::Vocabulary TestVocabulary() {
  profile::Vocabulary vocabulary;
  vocabulary.organs = {{"skin", "skin", "", {}}, {"lungs", "lungs", "", {}}};
  profile::Term raynaud{"raynaud", "Raynaud's phenomenon", "", {}};
  raynaud.is_condition = true;
  vocabulary.organs.push_back(raynaud);
  return vocabulary;
}

profile::Profile WithOrgans(std::vector<std::string> organs) {
  profile::Profile profile;
  profile.diagnosis.condition = "systemic sclerosis";
  profile.diagnosis.organ_involvement = std::move(organs);
  return profile;
}

TEST(DescribeConditionTest, BodyPartsAreAffectedAndConditionsAreCaused) {
  EXPECT_EQ(DescribeCondition(WithOrgans({"skin", "raynaud", "lungs"}), TestVocabulary()),
            "systemic sclerosis. It affects your skin and lungs. It also causes Raynaud's "
            "phenomenon.");
}

TEST(DescribeConditionTest, OnlyAConditionIsCausedWithoutAlso) {
  EXPECT_EQ(DescribeCondition(WithOrgans({"raynaud"}), TestVocabulary()),
            "systemic sclerosis. It causes Raynaud's phenomenon.");
}

TEST(DescribeConditionTest, OnlyBodyParts) {
  EXPECT_EQ(DescribeCondition(WithOrgans({"lungs"}), TestVocabulary()),
            "systemic sclerosis. It affects your lungs.");
}

// Page 1 links the word patients know to the medical name (PEMAT: terms
// defined at first use).
TEST(DescribeConditionTest, TheSubtypesPlainNameComesFirst) {
  profile::Vocabulary vocabulary = TestVocabulary();
  vocabulary.condition = "scleroderma";
  vocabulary.subtypes = {{"diffuse cutaneous", "diffuse cutaneous scleroderma", "", {}}};
  profile::Profile profile = WithOrgans({});
  profile.diagnosis.subtype = "diffuse cutaneous";
  EXPECT_EQ(DescribeCondition(profile, vocabulary),
            "diffuse cutaneous scleroderma (systemic sclerosis).");
  profile.diagnosis.subtype.reset();
  EXPECT_EQ(DescribeCondition(profile, vocabulary), "systemic sclerosis (scleroderma).");
  profile.diagnosis.condition = "Scleroderma";
  EXPECT_EQ(DescribeCondition(profile, vocabulary), "Scleroderma.");
}

// PEMAT item 4: "diffuse cutaneous" is explained where page 1 uses it, in
// the vocabulary's words (G1).
TEST(DescribeConditionTest, TheSubtypesMeaningFollowsTheDiagnosis) {
  profile::Vocabulary vocabulary = TestVocabulary();
  vocabulary.condition = "scleroderma";
  profile::Term diffuse{"diffuse cutaneous", "diffuse cutaneous scleroderma", "", {}};
  diffuse.meaning = "Diffuse cutaneous means it affects large areas of skin.";
  vocabulary.subtypes = {diffuse};
  profile::Profile profile = WithOrgans({"skin"});
  profile.diagnosis.subtype = "diffuse cutaneous";
  EXPECT_EQ(DescribeCondition(profile, vocabulary),
            "diffuse cutaneous scleroderma (systemic sclerosis). Diffuse cutaneous means it "
            "affects large areas of skin. It affects your skin.");
  profile.diagnosis.organ_involvement.clear();
  EXPECT_EQ(DescribeCondition(profile, vocabulary),
            "diffuse cutaneous scleroderma (systemic sclerosis). Diffuse cutaneous means it "
            "affects large areas of skin.");
}

}  // namespace
}  // namespace careplan::compose
