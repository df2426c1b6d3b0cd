// The profile loader checks organs, subtypes and antibodies against the
// vocabulary of the guide the profile names (vocabulary.yaml of its rules),
// not against a list in C++.
#include "profile/vocabulary.h"

#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "profile/profile_loader.h"
#include "testutil/vocabulary.h"

namespace careplan::profile {
namespace {

// An invented guide's words: none of them is a scleroderma word.
std::shared_ptr<const Vocabulary> InventedVocabulary() {
  auto vocabulary = std::make_shared<Vocabulary>();
  vocabulary->organs = {{"gills", "gills", "", {}}, {"fins", "fins", "", {}}};
  vocabulary->subtypes = {{"early", "early glimmer fever", "", {}}};
  vocabulary->antibodies = {{"anti_glow", "anti-glow antibodies", "", {"glow_ab"}}};
  vocabulary->medicine_classes = {{"lantern_oil", "lantern oil", "", {}}};
  return vocabulary;
}

LoadOptions Options() {
  LoadOptions options = testutil::WithBundledVocabulary();
  options.today = Date(2026, 11, 24);
  options.guides = {"scleroderma", "glimmer"};
  options.default_guide = "scleroderma";
  options.vocabularies["scleroderma"] = testutil::BundledVocabulary();
  options.vocabularies["glimmer"] = InventedVocabulary();
  return options;
}

std::string Errors(const std::string& yaml, std::optional<Profile>* profile = nullptr) {
  Diagnostics diagnostics;
  std::optional<Profile> loaded = LoadProfile(yaml, "p.yaml", Options(), &diagnostics);
  if (profile) *profile = std::move(loaded);
  return FormatDiagnostics(diagnostics);
}

std::string Profile(const std::string& guide_line, const std::string& diagnosis) {
  return "format: careplan/v1\n" + guide_line +
         "patient:\n  name: Ann Lee\ndiagnosis:\n  condition: glimmer fever\n" + diagnosis;
}

TEST(VocabularyTest, TheProfilesGuideNamesTheWords) {
  std::optional<profile::Profile> loaded;
  EXPECT_EQ(Errors(Profile("guide: glimmer\n",
                           "  subtype: early\n  organ_involvement: [gills, fins]\n"
                           "  antibodies: [Glow-AB]\n"),
                   &loaded),
            "");
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->diagnosis.subtype, "early");
  EXPECT_EQ(loaded->diagnosis.organ_involvement, (std::vector<std::string>{"gills", "fins"}));
  EXPECT_EQ(loaded->diagnosis.antibodies, (std::vector<std::string>{"anti_glow"}));
}

TEST(VocabularyTest, AnotherGuidesWordIsAnErrorWithAHint) {
  EXPECT_EQ(Errors(Profile("guide: glimmer\n", "  organ_involvement: [gils, lungs]\n")),
            "p.yaml:7:23: error: diagnosis.organ_involvement[0]: expected one of gills or fins, "
            "got \"gils\"\n"
            "  hint: did you mean \"gills\"?\n"
            "p.yaml:7:29: error: diagnosis.organ_involvement[1]: expected one of gills or fins, "
            "got \"lungs\"\n");
}

TEST(VocabularyTest, WithoutAGuideTheDefaultGuidesWordsApply) {
  EXPECT_EQ(Errors(Profile("", "  organ_involvement: [lungs]\n")), "");
  EXPECT_NE(Errors(Profile("", "  organ_involvement: [gills]\n")).find("expected one of skin"),
            std::string::npos);
}

}  // namespace
}  // namespace careplan::profile
