#include "content/guide_loader.h"

#include <gtest/gtest.h>

#include <map>

namespace careplan::content {
namespace {

FileReader MemoryFiles(std::map<std::string, std::string> files) {
  return [files](const std::string& path, std::string* text) {
    const auto found = files.find(path);
    if (found == files.end()) return Status::NotFound(path + ": no such file");
    *text = found->second;
    return Status::Ok();
  };
}

TEST(GuideSectionTest, ParsesFrontMatterAndBody) {
  Diagnostics diagnostics;
  const auto section = ParseGuideSection(
      "---\nid: care-lungs\ntitle: Your lungs\napplies_when: {organ: lungs}\nsources: [S4, S7]\n"
      "---\nBreathe **slowly**.\n",
      "care-lungs.md", &diagnostics);
  ASSERT_TRUE(section) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(section->id, "care-lungs");
  EXPECT_EQ(section->title, "Your lungs");
  EXPECT_EQ(section->applies_when.kind, ConditionKind::kOrgan);
  EXPECT_EQ(section->applies_when.value, "lungs");
  EXPECT_EQ(section->sources, (std::vector<std::string>{"S4", "S7"}));
  ASSERT_EQ(section->body.size(), 1u);
}

TEST(GuideSectionTest, NestedConditionsParse) {
  Diagnostics diagnostics;
  const auto section = ParseGuideSection(
      "---\nid: x\ntitle: X\napplies_when:\n  any:\n    - {medicine: rituximab, status: current}\n"
      "    - not: {smoking: never}\n---\nBody\n",
      "x.md", &diagnostics);
  ASSERT_TRUE(section) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(section->applies_when.Describe(),
            "(medicine: rituximab (current) or not smoking: never)");
}

TEST(GuideSectionTest, ErrorsPointIntoTheFrontMatter) {
  Diagnostics diagnostics;
  const auto section = ParseGuideSection(
      "---\nid: x\ntitle: X\napplies_when: {organs: lungs}\n---\nBody\n", "x.md", &diagnostics);
  EXPECT_FALSE(section);
  const std::string errors = FormatDiagnostics(diagnostics);
  EXPECT_NE(errors.find("x.md:4:16: error: unknown condition key \"organs\""), std::string::npos)
      << errors;
  EXPECT_NE(errors.find("hint: did you mean \"organ\"?"), std::string::npos) << errors;
}

// Organs are the guide's words: the section parses, and the check against
// the rules' vocabulary (CheckGuideAgainstKnowledge) reports a wrong one.
TEST(GuideSectionTest, OrganWordsAreCheckedAgainstTheRulesNotHere) {
  Diagnostics diagnostics;
  const auto section = ParseGuideSection(
      "---\nid: x\ntitle: X\napplies_when: {organ: gills}\n---\nBody\n", "x.md", &diagnostics);
  ASSERT_TRUE(section) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(section->applies_when.value, "gills");
}

// A typo in a front-matter key is an error with a hint, not a key that is
// silently ignored (the section would cite nothing).
TEST(GuideSectionTest, FrontMatterKeyTypoIsAnErrorWithAHint) {
  Diagnostics diagnostics;
  EXPECT_FALSE(
      ParseGuideSection("---\nid: x\ntitle: X\napplies_when: always\nsource: [S1]\n---\nBody\n",
                        "x.md", &diagnostics));
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "x.md:5:1: error: unknown key \"source\" in the front matter; expected id, title, "
            "applies_when or sources\n  hint: did you mean \"sources\"?\n");
}

// Columns count characters, not UTF-8 bytes: "Ünï" is 3 characters, 5 bytes.
TEST(GuideSectionTest, ColumnsCountCharacters) {
  Diagnostics diagnostics;
  EXPECT_FALSE(ParseGuideSection(
      "---\n{id: x, title: \"Ünï\", applies_when: always, srcs: [S1]}\n---\nBody\n", "x.md",
      &diagnostics));
  EXPECT_EQ(FormatDiagnostics(diagnostics).rfind("x.md:2:45: error: unknown key \"srcs\"", 0), 0u)
      << FormatDiagnostics(diagnostics);
}

TEST(GuideLoaderTest, GuideYamlKeyTypoIsAnErrorWithAHint) {
  Diagnostics diagnostics;
  EXPECT_FALSE(LoadGuide("g", "demo",
                         MemoryFiles({{"g/demo/guide.yaml",
                                       "id: demo\ntitle: Demo\nlanguage: en\nversion: 1.0.0\n"
                                       "review_date: 2027-01-01\nsections: []\nrule: rules\n"}}),
                         &diagnostics));
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "g/demo/guide.yaml:7:1: error: unknown key \"rule\" in guide.yaml; expected id, title, "
            "treatment_resistant_title, language, version, review_date, rules, sources or "
            "sections\n"
            "  hint: did you mean \"rules\"?\n");
}

TEST(GuideLoaderTest, AGuideNamesItsOwnRulesFolder) {
  Diagnostics diagnostics;
  const auto guide =
      LoadGuide("g", "demo",
                MemoryFiles({{"g/demo/guide.yaml",
                              "id: demo\ntitle: Demo\nlanguage: en\nversion: 1.0.0\n"
                              "review_date: 2027-01-01\nrules: rules\nsections: []\n"}}),
                &diagnostics);
  ASSERT_TRUE(guide) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(guide->rules_dir, "g/demo/rules");
}

// A plan prints the treatment-resistant title only for someone
// treatment-resistant; everyone else, and every packet, gets the title.
TEST(GuideLoaderTest, TheTreatmentResistantTitleIsPrintedOnlyForTreatmentResistantPlans) {
  Diagnostics diagnostics;
  const auto guide = LoadGuide(
      "g", "demo",
      MemoryFiles({{"g/demo/guide.yaml",
                    "id: demo\ntitle: Living with scleroderma\ntreatment_resistant_title: "
                    "Living with treatment-resistant scleroderma\nlanguage: en\nversion: 1.0.0\n"
                    "review_date: 2027-01-01\nsections: []\n"}}),
      &diagnostics);
  ASSERT_TRUE(guide) << FormatDiagnostics(diagnostics);
  profile::Profile person;
  EXPECT_EQ(guide->PrintedTitle(person), "Living with scleroderma");
  person.diagnosis.treatment_resistant = true;
  EXPECT_EQ(guide->PrintedTitle(person), "Living with treatment-resistant scleroderma");
  person.kind = profile::ProfileKind::kPacket;
  EXPECT_EQ(guide->PrintedTitle(person), "Living with scleroderma");
}

TEST(GuideSectionTest, MissingFrontMatterIsAnError) {
  Diagnostics diagnostics;
  EXPECT_FALSE(ParseGuideSection("Just text\n", "x.md", &diagnostics));
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "x.md:1:1: error: a guide section starts with front matter between \"---\" lines\n");
}

TEST(GuideLoaderTest, LoadsSectionsInTheGuidesOrder) {
  const std::string section_b = "---\nid: b\ntitle: B\napplies_when: always\n---\nB text\n";
  const std::string section_a = "---\nid: a\ntitle: A\napplies_when: always\n---\nA text\n";
  Diagnostics diagnostics;
  const auto guide =
      LoadGuide("g", "demo",
                MemoryFiles({{"g/demo/guide.yaml",
                              "id: demo\ntitle: Demo\nlanguage: en\nversion: 1.0.0\nreview_date: "
                              "2027-01-01\nsections: [b, a]\n"},
                             {"g/demo/sections/b.md", section_b},
                             {"g/demo/sections/a.md", section_a}}),
                &diagnostics);
  ASSERT_TRUE(guide) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(guide->SectionIds(), (std::vector<std::string>{"b", "a"}));
}

// Front matter is read by the same YAML reader as profiles and rules: a key
// written twice is an error at its place in the whole file.
TEST(GuideSectionTest, DuplicateFrontMatterKeyIsAnError) {
  Diagnostics diagnostics;
  const auto section = ParseGuideSection(
      "---\nid: x\ntitle: X\napplies_when: always\ntitle: Y\n---\nBody\n", "x.md", &diagnostics);
  EXPECT_FALSE(section);
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "x.md:5:1: error: duplicate key \"title\" (first written on line 3)\n"
            "  hint: each key may appear once in a mapping; remove or merge one of them\n");
}

TEST(GuideSectionTest, FrontMatterSyntaxErrorIsInPlainWordsAtItsLine) {
  Diagnostics diagnostics;
  const auto section = ParseGuideSection("---\nid: x\ntitle:X\napplies_when: always\n---\nBody\n",
                                         "x.md", &diagnostics);
  EXPECT_FALSE(section);
  const std::string errors = FormatDiagnostics(diagnostics);
  EXPECT_EQ(errors,
            "x.md:3:6: error: a space is missing after \"title:\"; YAML reads \"title:X\" as one "
            "piece of text, not as a key and its value\n"
            "  hint: write \"title: X\"\n");
}

TEST(GuideLoaderTest, MissingSectionFileIsReportedAtItsListEntry) {
  Diagnostics diagnostics;
  const auto guide =
      LoadGuide("g", "demo",
                MemoryFiles({{"g/demo/guide.yaml",
                              "id: demo\ntitle: Demo\nlanguage: en\nversion: 1\nreview_date: 2027\n"
                              "sections: [gone]\n"}}),
                &diagnostics);
  EXPECT_FALSE(guide);
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "g/demo/guide.yaml:6:12: error: section file g/demo/sections/gone.md is missing\n");
}

TEST(GuideLoaderTest, SectionIdsCannotLeadOutOfTheSectionsFolder) {
  Diagnostics diagnostics;
  const auto guide =
      LoadGuide("g", "demo",
                MemoryFiles({{"g/demo/guide.yaml",
                              "id: demo\ntitle: Demo\nlanguage: en\nversion: 1\nreview_date: 2027\n"
                              "sections: [../../../etc/passwd]\n"}}),
                &diagnostics);
  EXPECT_FALSE(guide);
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "g/demo/guide.yaml:6:12: error: section \"../../../etc/passwd\" names a file outside "
            "the sections folder\n");
}

TEST(GuideLoaderTest, GuideIdsCannotLeadOutOfTheGuidesFolder) {
  Diagnostics diagnostics;
  EXPECT_FALSE(LoadGuide("g", "../secrets", MemoryFiles({}), &diagnostics));
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "g/index.yaml: error: guide \"../secrets\" names a folder outside the guides "
            "folder\n");
}

}  // namespace
}  // namespace careplan::content
