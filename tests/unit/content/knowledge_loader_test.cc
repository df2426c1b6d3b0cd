// LoadKnowledge on the shipped rules and on small broken rule sets, with the
// exact FILE:LINE:COLUMN diagnostics; CheckGuideAgainstKnowledge.
#include "content/knowledge_loader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/suggest.h"
#include "content_fixtures.h"
#include "yaml/yaml_tree.h"
#include "yaml/yaml_value.h"

namespace careplan::content {
namespace {

using testing::MemoryFiles;

// A small, valid rule set; tests replace one file to break it.
// The bundled vocabulary: the small rule set names the same organs.
std::string BundledFile(const std::string& name) {
  std::ifstream in(testing::kTemplatesDir + "/rules/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The medicine classes of the bundled vocabulary, for the expected messages.
std::string ClassChoices() {
  std::vector<std::string> ids;
  for (const auto& term : testing::ShippedKnowledge().vocabulary.medicine_classes)
    ids.push_back(term.id);
  return JoinChoices(ids);
}

std::map<std::string, std::string> ValidRules() {
  return {
      {"rules/vocabulary.yaml", BundledFile("vocabulary.yaml")},
      {"rules/home_logs.yaml", "# home logs\nhome_logs: []\n"},
      {"rules/sources.yaml", R"(# sources
sources:
  S1:
    citation: "One."
    read: "All of it."
  S2:
    citation: "Two."
    read: "The abstract."
)"},
      {"rules/tests.yaml", R"(# tests
tests:
  - id: blood_count
    name: "Blood count"
    aliases: ["blood count", "fbc"]
    why: "It counts blood cells."
    source: S1
  - id: echocardiogram
    name: "Heart ultrasound"
    aliases: ["echo"]
    why: "It shows the heart."
    source: [S1, S2]
)"},
      {"rules/lifestyle.yaml", R"(# lifestyle
lifestyle:
  - id: stop_smoking
    text: "Stop smoking."
    when: {smoking: current}
    daily: true
    source: S2
)"},
      {"rules/medicines.yaml", R"(# medicines
medicines:
  - id: rituximab
    name: "Rituximab"
    aliases: ["rituximab", "mabthera"]
    class: biologic
    immunosuppressive: true
    sun_protection: false
    purpose:
      text: "Removes B cells."
      source: S1
    monitoring:
      - test: blood_count
        phase: baseline
        source: S1
      - test: blood_count
        phase: initial
        every: 2 weeks
        duration: 6 weeks
        source: S1
      - test: blood_count
        phase: maintenance
        every: 3 months
        when: {organ: lungs}
        source: S1
    warnings:
      - text: "Call if you have a fever."
        urgency: same_day
        source: S2
)"},
      {"rules/organs.yaml", R"(# organs
organs:
  - {id: skin, monitoring: [], warning_signs: [], lifestyle: []}
  - id: lungs
    monitoring:
      - test: echocardiogram
        phase: ongoing
        note: "When your team asks."
        source: S1
    warning_signs:
      - text: "You cannot breathe"
        urgency: emergency
        source: S2
    lifestyle: [stop_smoking]
  - {id: heart, monitoring: [], warning_signs: [], lifestyle: []}
  - {id: pulmonary_hypertension, monitoring: [], warning_signs: [], lifestyle: []}
  - id: kidneys
    applies_when: {any: [{organ: kidneys}, {medicine: rituximab, status: current}]}
    monitoring: []
    warning_signs: []
    lifestyle: []
  - {id: gastrointestinal, monitoring: [], warning_signs: [], lifestyle: []}
  - {id: raynaud, monitoring: [], warning_signs: [], lifestyle: []}
  - {id: digital_ulcers, monitoring: [], warning_signs: [], lifestyle: []}
  - {id: joints, monitoring: [], warning_signs: [], lifestyle: []}
  - {id: muscles, monitoring: [], warning_signs: [], lifestyle: []}
)"},
      {"rules/general.yaml", R"(# general
monitoring:
  - test: echocardiogram
    phase: ongoing
    every: 1 year
    source: S1
warning_signs:
  - text: "You faint"
    urgency: emergency
    when: always
    source: S2
vaccines:
  - id: influenza
    text: "Have a flu vaccine every year."
    when: {medicine_flag: immunosuppressive, status: [current, planned]}
    source: S2
)"},
  };
}

// Loads `files`; returns the formatted diagnostics ("" when clean).
std::string LoadErrors(const std::map<std::string, std::string>& files,
                       std::optional<Knowledge>* knowledge = nullptr) {
  Diagnostics diagnostics;
  auto loaded = LoadKnowledge("rules", MemoryFiles(files), &diagnostics);
  EXPECT_EQ(loaded.has_value(), !diagnostics.has_errors());
  if (knowledge) *knowledge = std::move(loaded);
  return FormatDiagnostics(diagnostics);
}

std::string WithFile(const std::string& name, const std::string& text) {
  auto files = ValidRules();
  files["rules/" + name] = text;
  return LoadErrors(files);
}

TEST(KnowledgeLoaderTest, ShippedRulesLoadWithoutErrorsOrWarnings) {
  Diagnostics diagnostics;
  const auto knowledge =
      LoadKnowledge(testing::kTemplatesDir + "/rules", DiskFileReader(), &diagnostics);
  ASSERT_TRUE(knowledge) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(diagnostics.items().size(), 0u) << FormatDiagnostics(diagnostics);
  // Counted from the file itself, so that adding a medicine needs no test change.
  std::string medicines_text;
  ASSERT_TRUE(
      DiskFileReader()(testing::kTemplatesDir + "/rules/medicines.yaml", &medicines_text).ok());
  const auto medicines_file =
      yaml::ReadYamlText(medicines_text, "medicines.yaml", &diagnostics, yaml::kTemplateFile);
  ASSERT_TRUE(medicines_file);
  const yaml::YamlValue medicines_root = *medicines_file;
  EXPECT_EQ(knowledge->medicines.size(), medicines_root["medicines"].size());
  EXPECT_EQ(knowledge->interactions.size(), medicines_root["interactions"].size());
  EXPECT_FALSE(knowledge->interactions.empty());
  // One entry per organ of the vocabulary, counted from the data.
  EXPECT_EQ(knowledge->organs.size(), knowledge->vocabulary.organs.size());
  EXPECT_FALSE(knowledge->vocabulary.organs.empty());
  ASSERT_TRUE(knowledge->HomeLog("blood_pressure"));
  EXPECT_GT(knowledge->tests.size(), 20u);
  EXPECT_GT(knowledge->lifestyle.size(), 10u);
  EXPECT_FALSE(knowledge->general_monitoring.empty());
  EXPECT_FALSE(knowledge->general_warnings.empty());
  EXPECT_FALSE(knowledge->vaccines.empty());
}

TEST(KnowledgeLoaderTest, ShippedGuideAgreesWithTheRules) {
  Diagnostics diagnostics;
  CheckGuideAgainstKnowledge(testing::ShippedGuide(), testing::ShippedKnowledge(), &diagnostics);
  EXPECT_EQ(FormatDiagnostics(diagnostics), "");
}

// Every source id cited anywhere (rules and section front matter) exists.
TEST(KnowledgeLoaderTest, EverySourceCitedExists) {
  const Knowledge& knowledge = testing::ShippedKnowledge();
  std::set<std::string> cited;
  auto add = [&](const std::vector<std::string>& ids) { cited.insert(ids.begin(), ids.end()); };
  for (const TestInfo& test : knowledge.tests) add(test.sources);
  for (const MedicineInfo& medicine : knowledge.medicines) {
    add(medicine.purpose_sources);
    for (const MonitoringRule& rule : medicine.monitoring) add(rule.sources);
    for (const WarningRule& rule : medicine.warnings) add(rule.sources);
  }
  for (const OrganRules& organ : knowledge.organs) {
    for (const MonitoringRule& rule : organ.monitoring) add(rule.sources);
    for (const WarningRule& rule : organ.warning_signs) add(rule.sources);
  }
  for (const LifestyleItem& item : knowledge.lifestyle) add(item.sources);
  for (const MonitoringRule& rule : knowledge.general_monitoring) add(rule.sources);
  for (const WarningRule& rule : knowledge.general_warnings) add(rule.sources);
  for (const VaccineItem& vaccine : knowledge.vaccines) add(vaccine.sources);
  const Guide& guide = testing::ShippedGuide();
  for (const GuideSection& section : guide.sections) add(section.sources);
  add(guide.sources);
  EXPECT_GT(cited.size(), 30u);
  for (const std::string& id : cited) {
    EXPECT_TRUE(knowledge.sources.count(id)) << "unknown source " << id;
  }
}

TEST(KnowledgeLoaderTest, ReadsEveryField) {
  std::optional<Knowledge> knowledge;
  ASSERT_EQ(LoadErrors(ValidRules(), &knowledge), "");
  ASSERT_TRUE(knowledge);
  EXPECT_EQ(knowledge->sources.at("S2").read, "The abstract.");
  ASSERT_EQ(knowledge->tests.size(), 2u);
  EXPECT_EQ(knowledge->tests[1].sources, (std::vector<std::string>{"S1", "S2"}));
  EXPECT_EQ(knowledge->tests[0].loc.file, "rules/tests.yaml");
  EXPECT_EQ(knowledge->tests[0].loc.line, 3);
  const MedicineInfo& rituximab = knowledge->medicines.at(0);
  EXPECT_EQ(rituximab.medicine_class, "biologic");
  EXPECT_TRUE(rituximab.immunosuppressive);
  EXPECT_FALSE(rituximab.sun_protection);
  EXPECT_EQ(rituximab.purpose, "Removes B cells.");
  ASSERT_EQ(rituximab.monitoring.size(), 3u);
  EXPECT_EQ(rituximab.monitoring[0].phase, Phase::kBaseline);
  EXPECT_EQ(rituximab.monitoring[1].phase, Phase::kInitial);
  EXPECT_EQ(rituximab.monitoring[1].every, (Interval{2, IntervalUnit::kWeeks}));
  EXPECT_EQ(rituximab.monitoring[1].duration, (Interval{6, IntervalUnit::kWeeks}));
  EXPECT_EQ(rituximab.monitoring[2].when.Describe(), "organ: lungs");
  EXPECT_EQ(rituximab.warnings.at(0).urgency, Urgency::kSameDay);
  const OrganRules& lungs = *knowledge->OrganById("lungs");
  EXPECT_EQ(lungs.applies_when.Describe(), "organ: lungs");  // the default
  EXPECT_EQ(lungs.lifestyle, (std::vector<std::string>{"stop_smoking"}));
  EXPECT_EQ(lungs.warning_signs.at(0).urgency, Urgency::kEmergency);
  EXPECT_EQ(knowledge->OrganById("kidneys")->applies_when.Describe(),
            "(organ: kidneys or medicine: rituximab (current))");
  EXPECT_TRUE(knowledge->lifestyle.at(0).daily);
  EXPECT_EQ(knowledge->general_monitoring.at(0).every, (Interval{1, IntervalUnit::kYears}));
  EXPECT_EQ(knowledge->vaccines.at(0).id, "influenza");
}

TEST(KnowledgeLoaderTest, UnknownSourceId) {
  auto files = ValidRules();
  files["rules/tests.yaml"].replace(files["rules/tests.yaml"].find("[S1, S2]"), 8, "[S1, S3]");
  EXPECT_EQ(LoadErrors(files),
            "rules/tests.yaml:12:18: error: unknown source \"S3\"; every source must be listed "
            "in sources.yaml\n"
            "  hint: did you mean \"S1\"?\n");
}

TEST(KnowledgeLoaderTest, UnknownTestId) {
  auto files = ValidRules();
  std::string& text = files["rules/general.yaml"];
  text.replace(text.find("test: echocardiogram"), 20, "test: echocardiogramm");
  EXPECT_EQ(LoadErrors(files),
            "rules/general.yaml:3:11: error: unknown test \"echocardiogramm\"; expected a test id "
            "from tests.yaml\n"
            "  hint: did you mean \"echocardiogram\"?\n");
}

TEST(KnowledgeLoaderTest, BadInterval) {
  auto files = ValidRules();
  std::string& text = files["rules/medicines.yaml"];
  text.replace(text.find("every: 3 months"), 15, "every: 3-6 months");
  EXPECT_EQ(LoadErrors(files),
            "rules/medicines.yaml:23:16: error: every: expected an interval such as \"3 months\", "
            "\"2 weeks\", \"1 year\", weekly, monthly, quarterly or yearly\n");
}

TEST(KnowledgeLoaderTest, UnknownKey) {
  auto files = ValidRules();
  std::string& text = files["rules/medicines.yaml"];
  text.replace(text.find("class:"), 6, "clas:");
  EXPECT_EQ(LoadErrors(files),
            "rules/medicines.yaml:3:5: error: missing required key \"class\" in a medicine\n"
            "rules/medicines.yaml:6:5: error: unknown key \"clas\" in a medicine; expected id, "
            "name, aliases, class, immunosuppressive, sun_protection, purpose, harms_unborn_baby, "
            "monitoring, warnings or keep_safe\n"
            "  hint: did you mean \"class\"?\n");
}

// A keep_safe rule's left_out_with names an interaction that exists.
TEST(KnowledgeLoaderTest, LeftOutWithNamesAnInteraction) {
  auto files = ValidRules();
  std::string& text = files["rules/medicines.yaml"];
  text.replace(text.find("    warnings:\n"), 0,
               "    keep_safe:\n"
               "      - text: \"Never use it with GTN.\"\n"
               "        source: S1\n"
               "        left_out_with: pde5_with_nitrat\n");
  EXPECT_EQ(LoadErrors(files),
            "rules/medicines.yaml:29:24: error: left_out_with: \"pde5_with_nitrat\" is not an "
            "interaction id\n");
}

// A keep_safe rule for some people only (`when`) may come on top of two for
// everyone; three for everyone make the medicines table too long.
TEST(KnowledgeLoaderTest, KeepSafeRulesWithAWhenComeOnTopOfTwo) {
  const std::string two_for_everyone =
      "    keep_safe:\n"
      "      - text: \"Use contraception.\"\n"
      "        when: {not: {sex: male}}\n"
      "        source: S1\n"
      "      - text: \"Limit time in the sun.\"\n"
      "        source: S1\n"
      "      - text: \"No live vaccines.\"\n"
      "        source: S1\n";
  auto files = ValidRules();
  std::string& text = files["rules/medicines.yaml"];
  text.replace(text.find("    warnings:\n"), 0, two_for_everyone);
  std::optional<Knowledge> knowledge;
  EXPECT_EQ(LoadErrors(files, &knowledge), "");
  ASSERT_TRUE(knowledge);
  ASSERT_EQ(knowledge->medicines[0].keep_safe.size(), 3u);
  EXPECT_EQ(knowledge->medicines[0].keep_safe[0].when.kind, ConditionKind::kNot);
  EXPECT_EQ(knowledge->medicines[0].keep_safe[1].when.kind, ConditionKind::kAlways);

  auto three = ValidRules();
  std::string& three_text = three["rules/medicines.yaml"];
  std::string all_for_everyone = two_for_everyone;
  all_for_everyone.erase(all_for_everyone.find("        when: {not: {sex: male}}\n"),
                         std::string("        when: {not: {sex: male}}\n").size());
  three_text.replace(three_text.find("    warnings:\n"), 0, all_for_everyone);
  EXPECT_NE(LoadErrors(three).find("keep_safe: at most 2 rules without a \"when\""),
            std::string::npos);
}

TEST(KnowledgeLoaderTest, DuplicateIds) {
  auto files = ValidRules();
  files["rules/tests.yaml"] += R"(  - id: blood_count
    name: "Blood count again"
    aliases: ["full blood count", "FBC"]
    why: "Again."
    source: S1
)";
  EXPECT_EQ(LoadErrors(files),
            "rules/tests.yaml:13:9: error: duplicate test id \"blood_count\" (first defined at "
            "line 3)\n"
            "rules/tests.yaml:15:35: error: alias \"FBC\" must be lowercase with single spaces; "
            "write \"fbc\"\n"
            "rules/tests.yaml:15:35: error: alias \"FBC\" already belongs to test "
            "\"blood_count\"\n");
}

TEST(KnowledgeLoaderTest, IdsAndNamesMustNotBeOtherEntriesAliases) {
  auto files = ValidRules();
  files["rules/tests.yaml"] += R"(  - id: fbc
    name: "Echo"
    aliases: ["full blood count"]
    why: "Clashes."
    source: S1
)";
  EXPECT_EQ(LoadErrors(files),
            "rules/tests.yaml:13:5: error: test \"fbc\": \"fbc\" is also an alias of test "
            "\"blood_count\"\n"
            "rules/tests.yaml:13:5: error: test \"fbc\": \"Echo\" is also an alias of test "
            "\"echocardiogram\"\n");
}

TEST(KnowledgeLoaderTest, DuplicateSourceAndOrgan) {
  auto files = ValidRules();
  files["rules/sources.yaml"] += "  S1:\n    citation: \"Again.\"\n    read: \"Again.\"\n";
  std::string& organs = files["rules/organs.yaml"];
  organs.replace(organs.find("{id: muscles"), 12, "{id: joints");
  EXPECT_EQ(
      LoadErrors(files),
      "rules/organs.yaml:3:3: error: no entry for organ \"muscles\"; every organ needs "
      "exactly one entry\n"
      "rules/organs.yaml:26:10: error: duplicate organ id \"joints\" (first defined at line "
      "25)\n"
      "rules/sources.yaml:9:3: error: sources: duplicate key \"S1\" (first written on line 3)\n"
      "  hint: each key may appear once in a mapping; remove or merge one of them\n");
}

TEST(KnowledgeLoaderTest, ReferencesAcrossFiles) {
  auto files = ValidRules();
  std::string& organs = files["rules/organs.yaml"];
  organs.replace(organs.find("[stop_smoking]"), 14, "[stop_smokin]");
  organs.replace(organs.find("{id: heart"), 10, "{id: hart");
  std::string& general = files["rules/general.yaml"];
  general.replace(general.find("when: always"), 12, "when: {medicine: rituximabb}");
  std::string& medicines = files["rules/medicines.yaml"];
  medicines.replace(medicines.find("class: biologic"), 15, "class: biological");
  EXPECT_EQ(
      LoadErrors(files),
      "rules/general.yaml:10:11: error: unknown medicine \"rituximabb\" in a condition; expected "
      "a medicine id from medicines.yaml or any\n"
      "  hint: did you mean \"rituximab\"?\n"
      "rules/medicines.yaml:6:12: error: unknown class \"biological\"; expected " +
          ClassChoices() +
          "\n"
          "  hint: did you mean \"biologic\"?\n"
          "rules/organs.yaml:3:3: error: no entry for organ \"heart\"; every organ needs exactly "
          "one "
          "entry\n"
          "rules/organs.yaml:14:17: error: unknown lifestyle item \"stop_smokin\"; expected an id "
          "from lifestyle.yaml\n"
          "  hint: did you mean \"stop_smoking\"?\n"
          "rules/organs.yaml:15:10: error: unknown organ \"hart\"; expected skin, lungs, heart, "
          "pulmonary_hypertension, kidneys, gastrointestinal, raynaud, digital_ulcers, joints or "
          "muscles\n"
          "  hint: did you mean \"heart\"?\n");
}

TEST(KnowledgeLoaderTest, PhaseRules) {
  EXPECT_EQ(WithFile("general.yaml", R"(# general
monitoring:
  - test: echocardiogram
    phase: baseline
    every: 1 year
    source: S1
  - test: echocardiogram
    phase: initial
    every: 1 month
    source: S1
  - test: echocardiogram
    phase: ongoing
    duration: 3 months
    source: S1
  - test: echocardiogram
    phase: maintainance
    source: S1
warning_signs:
  - text: "You faint"
    urgency: info
    source: S2
vaccines: []
)"),
            "rules/general.yaml:5:12: error: every: a baseline check is done once; remove "
            "\"every\"\n"
            "rules/general.yaml:7:5: error: missing required key \"duration\" for phase initial\n"
            "rules/general.yaml:11:5: error: a ongoing check without \"every\" needs a \"note\" "
            "that says when it is done\n"
            "rules/general.yaml:13:15: error: duration: only an initial step has a duration\n"
            "rules/general.yaml:16:12: error: unknown phase \"maintainance\"; expected baseline, "
            "initial, maintenance, ongoing or follow_up\n"
            "  hint: did you mean \"maintenance\"?\n"
            "rules/general.yaml:19:5: error: missing required key \"when\" in a warning\n"
            "rules/general.yaml:20:14: error: unknown urgency \"info\"; expected same_day or "
            "emergency\n");
}

TEST(KnowledgeLoaderTest, YamlSyntaxErrorAndMissingFile) {
  auto files = ValidRules();
  files["rules/lifestyle.yaml"] = "lifestyle:\n  - id: x\n    text: [unclosed\n";
  files.erase("rules/general.yaml");
  EXPECT_EQ(LoadErrors(files),
            "rules/general.yaml: error: rules/general.yaml: no such file\n"
            "rules/lifestyle.yaml:4:1: error: a list that starts with [ is not closed\n"
            "  hint: a list that starts with [ must end with ]\n");
}

TEST(KnowledgeLoaderTest, ConditionErrorsAreLocated) {
  auto files = ValidRules();
  std::string& text = files["rules/lifestyle.yaml"];
  text.replace(text.find("{smoking: current}"), 18, "{smoking: currently}");
  EXPECT_EQ(LoadErrors(files),
            "rules/lifestyle.yaml:5:21: error: unknown smoking \"currently\"; expected current, "
            "former or never\n"
            "  hint: did you mean \"current\"?\n");
}

TEST(KnowledgeLoaderTest, BadValues) {
  auto files = ValidRules();
  std::string& text = files["rules/medicines.yaml"];
  text.replace(text.find("immunosuppressive: true"), 23, "immunosuppressive: yes");
  text.replace(text.find("source: S1"), 10, "source: []");
  text.replace(text.find("id: rituximab"), 13, "id: Rituximab");
  EXPECT_EQ(LoadErrors(files),
            "rules/medicines.yaml:3:9: error: id \"Rituximab\" must be snake_case (lowercase "
            "letters, digits and _)\n"
            "rules/medicines.yaml:7:24: error: immunosuppressive: expected true or false\n"
            "rules/medicines.yaml:11:15: error: source: expected a source id or a non-empty list "
            "of them\n"
            "rules/organs.yaml:18:44: error: unknown medicine \"rituximab\" in a condition; "
            "expected a medicine id from medicines.yaml or any\n"
            "  hint: did you mean \"Rituximab\"?\n");
}

// `log: weight` or `log: raynaud` asks for that log page; there is no other.
TEST(KnowledgeLoaderTest, ALifestyleItemsLogIsWeightOrRaynaud) {
  auto files = ValidRules();
  std::string& text = files["rules/lifestyle.yaml"];
  text.replace(text.find("    daily: true\n"), 16, "    daily: true\n    log: weight\n");
  ASSERT_EQ(LoadErrors(files), "");
  text.replace(text.find("log: weight"), 11, "log: raynaud");
  ASSERT_EQ(LoadErrors(files), "");
  text.replace(text.find("log: raynaud"), 12, "log: pulse");
  EXPECT_EQ(
      LoadErrors(files),
      "rules/lifestyle.yaml:7:10: error: log: must be \"weight\" or \"raynaud\" (the log page "
      "the item asks the person to keep)\n");
}

// `with_team_level` replaces the text only for a logged measure: it needs `log`.
TEST(KnowledgeLoaderTest, WithTeamLevelNeedsALog) {
  auto files = ValidRules();
  std::string& text = files["rules/lifestyle.yaml"];
  text.replace(text.find("    daily: true\n"), 16,
               "    daily: true\n    with_team_level: \"Weigh yourself {every}.\"\n");
  EXPECT_EQ(LoadErrors(files),
            "rules/lifestyle.yaml:7:22: error: with_team_level: needs log: the words replace "
            "text when the care team gives a level for the logged measure\n");
  text.replace(text.find("    with_team_level"), 4, "    log: weight\n    ");
  EXPECT_EQ(LoadErrors(files), "");
}

// `picture` names a drawing that shows how (printed on the My week page);
// a name no drawing has is an error that lists the known ones.
TEST(KnowledgeLoaderTest, ALifestyleItemsPictureIsAKnownDrawing) {
  auto files = ValidRules();
  std::string& text = files["rules/lifestyle.yaml"];
  text.replace(text.find("    daily: true\n"), 16,
               "    daily: true\n    picture: hand-stretches\n");
  ASSERT_EQ(LoadErrors(files), "");
  text.replace(text.find("hand-stretches"), 14, "hand-exercise");
  EXPECT_EQ(LoadErrors(files),
            "rules/lifestyle.yaml:7:14: error: unknown picture \"hand-exercise\"; known "
            "pictures: raynaud-colour-change, hand-stretches\n");
}

// The organs, subtypes, antibodies and classes of conditions are the words
// of vocabulary.yaml: a word it does not have is an error with a hint.
TEST(KnowledgeLoaderTest, ConditionWordsComeFromTheVocabulary) {
  auto files = ValidRules();
  std::string& lifestyle = files["rules/lifestyle.yaml"];
  lifestyle.replace(lifestyle.find("{smoking: current}"), 18, "{organ: lung}     ");
  EXPECT_EQ(LoadErrors(files),
            "rules/lifestyle.yaml:5:11: error: unknown organ \"lung\"; expected skin, lungs, "
            "heart, pulmonary_hypertension, kidneys, gastrointestinal, raynaud, digital_ulcers, "
            "joints or muscles\n"
            "  hint: did you mean \"lungs\"?\n");
  // Add an organ to the vocabulary: the same word is now known, with no C++
  // change, and organs.yaml needs its entry.
  files["rules/vocabulary.yaml"] += "";
  std::string& vocabulary = files["rules/vocabulary.yaml"];
  vocabulary.replace(vocabulary.find("organs:\n"), 8,
                     "organs:\n  - id: lung\n    name: \"lung\"\n");
  EXPECT_EQ(LoadErrors(files),
            "rules/organs.yaml:3:3: error: no entry for organ \"lung\"; every organ needs exactly "
            "one entry\n");
}

TEST(KnowledgeLoaderTest, VocabularyKeyTypo) {
  auto files = ValidRules();
  std::string& vocabulary = files["rules/vocabulary.yaml"];
  vocabulary.replace(vocabulary.find("    short_name:"), 15, "    shortname: ");
  const std::string errors = LoadErrors(files);
  EXPECT_NE(
      errors.find("error: unknown key \"shortname\" in a word of organs; expected id, name, "
                  "short_name, aliases, kind or meaning\n  hint: did you mean \"short_name\"?\n"),
      std::string::npos)
      << errors;
}

// Columns count characters, not UTF-8 bytes ("Blöd" is 4 characters, 5 bytes:
// yaml-cpp alone would say column 78).
TEST(KnowledgeLoaderTest, ColumnsCountCharacters) {
  auto files = ValidRules();
  files["rules/tests.yaml"] +=
      "  - {id: blod_count, name: \"Blöd\", aliases: [\"blod\"], why: \"x\", source: S1, at_hme: "
      "true}\n";
  const std::string errors = LoadErrors(files);
  EXPECT_NE(errors.find("rules/tests.yaml:13:77: error: unknown key \"at_hme\" in a test"),
            std::string::npos)
      << errors;
}

// The rules are read by the YAML reader that reads profiles (src/yaml): a
// key written twice is an error where it is written again, not a value that
// silently wins.
TEST(KnowledgeLoaderTest, DuplicateKeyIsAnError) {
  auto files = ValidRules();
  std::string& tests = files["rules/tests.yaml"];
  const std::string line = std::to_string(std::count(tests.begin(), tests.end(), '\n') + 1);
  tests +=
      "  - {id: blood_sugar, name: \"Blood sugar\", name: \"Glucose\", aliases: [\"glucose\"], "
      "why: \"x\", source: S1}\n";
  EXPECT_EQ(LoadErrors(files), "rules/tests.yaml:" + line +
                                   ":44: error: tests[2]: duplicate key \"name\" (first written on "
                                   "line " +
                                   line +
                                   ")\n"
                                   "  hint: each key may appear once in a mapping; remove or merge "
                                   "one of them\n");
}

// A YAML syntax error in a rules file reads in the same plain words as in a
// profile (yaml_syntax_help_test.cc), at the place the mistake was made.
TEST(KnowledgeLoaderTest, SyntaxErrorsReadInPlainWords) {
  EXPECT_EQ(WithFile("sources.yaml",
                     "sources:\n"
                     "  S1:\n"
                     "    citation:One.\n"
                     "    read: \"All of it.\"\n"),
            "rules/sources.yaml:3:13: error: a space is missing after \"citation:\"; YAML reads "
            "\"citation:One.\" as one piece of text, not as a key and its value\n"
            "  hint: write \"citation: One.\"\n");
}

// Anchors, aliases and tags are refused, as in profiles.
TEST(KnowledgeLoaderTest, AliasesAndTagsAreRefused) {
  const std::string errors = WithFile("sources.yaml",
                                      "sources:\n"
                                      "  S1: &one\n"
                                      "    citation: !text One.\n"
                                      "    read: \"All of it.\"\n"
                                      "  S2: *one\n");
  EXPECT_NE(errors.find("rules/sources.yaml:5:7: error: aliases (*name) are not supported in "
                        "template files; write the value out\n"),
            std::string::npos)
      << errors;
  EXPECT_NE(errors.find("rules/sources.yaml:3:15: error: the YAML tag \"!text\" is not supported "
                        "in template files\n"),
            std::string::npos)
      << errors;
  // The alias is reported once, not again as a source that is not a mapping.
  EXPECT_EQ(errors.find("rules/sources.yaml:5:7: error: expected a source"), std::string::npos)
      << errors;
}

TEST(CheckGuideAgainstKnowledgeTest, ReportsSourcesSectionsAndMedicines) {
  std::optional<Knowledge> knowledge;
  ASSERT_EQ(LoadErrors(ValidRules(), &knowledge), "");
  Guide guide;
  guide.id = "g";
  guide.sources = {"S1", "S2"};
  GuideSection section;
  section.id = "care-lungs";
  section.loc = SourceLoc{"guides/g/sections/care-lungs.md", 1, 1};
  section.sources = {"S1", "S9"};
  section.applies_when.kind = ConditionKind::kMedicineClass;
  section.applies_when.value = "biologics";
  section.applies_when.loc = SourceLoc{"guides/g/sections/care-lungs.md", 4, 15};
  guide.sections.push_back(section);
  Diagnostics diagnostics;
  CheckGuideAgainstKnowledge(guide, *knowledge, &diagnostics);
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "guides/g/guide.yaml: error: medicine \"rituximab\" has no section "
            "\"medicine-rituximab\"\n"
            "guides/g/guide.yaml: error: guide sources: \"S2\" is cited by no section\n"
            "guides/g/sections/care-lungs.md:1:1: error: section \"care-lungs\" cites unknown "
            "source \"S9\"; every source must be listed in rules/sources.yaml\n"
            "  hint: did you mean \"S1\"?\n"
            "guides/g/sections/care-lungs.md:4:15: error: unknown medicine_class \"biologics\"; "
            "expected " +
                ClassChoices() +
                "\n"
                "  hint: did you mean \"biologic\"?\n");
}

}  // namespace
}  // namespace careplan::content
