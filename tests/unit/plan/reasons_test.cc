#include "plan/reasons.h"

#include <gtest/gtest.h>

#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

TEST(ReasonsTest, NamesAreNormalizedForComparison) {
  EXPECT_EQ(NormalizeName("  Nailfold \t Capillaroscopy "), "nailfold capillaroscopy");
  EXPECT_EQ(LowerFirst("Methotrexate"), "methotrexate");
  EXPECT_EQ(LowerFirst("HRCT scan"), "HRCT scan");
  EXPECT_EQ(LowerFirst(""), "");
}

// Organ labels are the short names of the guide's vocabulary; a word the
// vocabulary does not name reads with spaces for underscores.
TEST(ReasonsTest, OrganLabelsComeFromTheVocabulary) {
  const content::Knowledge knowledge = MakeKnowledge();
  const content::PersonFacts facts = content::MakePersonFacts(MakeProfile(), knowledge);
  for (const profile::Term& organ : knowledge.vocabulary.organs) {
    EXPECT_EQ(OrganLabel(organ.id, facts), organ.ShortName()) << organ.id;
  }
  EXPECT_EQ(OrganLabel("gastrointestinal", facts), "gut");
  EXPECT_EQ(OrganLabel("made_up_organ", facts), "made up organ");
  EXPECT_EQ(TermLabel(profile::TermKind::kAntibody, "rna_polymerase_iii", facts),
            "RNA polymerase III antibodies");
}

TEST(ReasonsTest, OrganReasonSaysWhyAnOrganNotInvolvedApplies) {
  const content::Knowledge knowledge = MakeKnowledge();
  const content::OrganRules& kidneys = *knowledge.OrganById("kidneys");
  profile::Profile profile = MakeProfile();
  EXPECT_FALSE(OrganApplies(kidneys, content::MakePersonFacts(profile, knowledge)));

  profile.diagnosis.subtype = "diffuse cutaneous";
  profile.treatments = {MakeTreatment("prednisone", Ym(2026, 1))};
  content::PersonFacts facts = content::MakePersonFacts(profile, knowledge);
  ASSERT_TRUE(OrganApplies(kidneys, facts));
  EXPECT_EQ(OrganReason(kidneys, facts),
            "kidneys, because of diffuse cutaneous scleroderma and taking steroids "
            "(glucocorticoids)");

  profile.diagnosis.organ_involvement = {"kidneys"};
  facts = content::MakePersonFacts(profile, knowledge);
  EXPECT_EQ(OrganReason(kidneys, facts), "kidneys");
}

TEST(ReasonsTest, PlainMatchNamesTheMedicinesThatMatch) {
  const content::Knowledge knowledge = MakeKnowledge();
  profile::Profile profile = MakeProfile();
  profile.treatments = {MakeTreatment("rituximab", Ym(2026, 1)),
                        MakeTreatment("methotrexate", Y(2019), Y(2020))};
  profile::PlannedTherapy planned;
  planned.name = "hsct";
  profile.planned = {planned};
  const content::PersonFacts facts = content::MakePersonFacts(profile, knowledge);
  EXPECT_EQ(PlainMatch(FlagIs("immunosuppressive", MedicineStatus::kCurrent), facts),
            "taking rituximab");
  EXPECT_EQ(PlainMatch(FlagIs("immunosuppressive", MedicineStatus::kAny), facts),
            "taking rituximab and having taken methotrexate and planned autologous stem cell "
            "transplant");
  EXPECT_EQ(PlainMatch(SmokingIs("current"), facts), "smoking");
  EXPECT_EQ(PlainMatch(Always(), facts), "everyone with scleroderma");
}

TEST(ReasonsTest, SourcesAreMergedInOrderWithoutRepeats) {
  std::vector<std::string> sources = {"S4", "S7"};
  MergeSources({"S7", "S16", "S4", "S2"}, &sources);
  EXPECT_EQ(sources, (std::vector<std::string>{"S4", "S7", "S16", "S2"}));
  EXPECT_EQ(JoinSources(sources), "S4, S7, S16, S2");
  EXPECT_EQ(JoinSources({}), "");
}

}  // namespace
}  // namespace careplan::plan
