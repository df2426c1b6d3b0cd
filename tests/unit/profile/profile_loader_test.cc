// Good profiles: every field of a full patient profile and of a packet
// profile arrives in the Profile with the right value, defaults apply, and
// the examples shipped with the program load without a single diagnostic.
#include "profile/profile_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "testutil/vocabulary.h"

namespace careplan::profile {
namespace {

LoadOptions Options() {
  LoadOptions options = testutil::WithBundledVocabulary();
  options.today = Date(2026, 11, 24);
  return options;
}

// Loads `yaml`, which must load with no diagnostics at all.
Profile Load(std::string_view yaml, const LoadOptions& options = Options()) {
  Diagnostics diagnostics;
  std::optional<Profile> profile = LoadProfile(yaml, "profile.yaml", options, &diagnostics);
  EXPECT_EQ(FormatDiagnostics(diagnostics), "");
  EXPECT_TRUE(profile.has_value());
  return profile ? *profile : Profile{};
}

void ExpectLoc(const SourceLoc& actual, int line, int column) {
  EXPECT_EQ(actual.file, "profile.yaml");
  EXPECT_EQ(actual.line, line);
  EXPECT_EQ(actual.column, column);
}

constexpr std::string_view kFullPatient =
    R"(# yaml-language-server: $schema=../schema/careplan-profile.schema.json
format: careplan/v1
plan_date: 2026-11-24
language: en
guide: scleroderma-treatment-resistance
patient:
  name: María José Álvarez-Núñez
  preferred_name: María
  date_of_birth: 1968-04-12
  identifier: MRN 004512
diagnosis:
  condition: systemic sclerosis
  subtype: diffuse cutaneous
  diagnosed_on: 2019-03
  organ_involvement: [skin, lungs, gastrointestinal, raynaud]
  treatment_resistant: true
care_team:
  - role: Rheumatologist
    name: Dr. Amara Okafor
    phone: "+44 20 7946 0011"
    email: a.okafor@example.org
    notes: Call the nurse line first
treatments:
  - name: methotrexate
    dose: 15 mg once a week
    started: 2019-04
    stopped: 2020-01
    outcome: inadequate response
    notes: Stopped because of nausea
  - name: Nintedanib
    started: 2023-05-02
    outcome: ongoing
planned:
  - name: autologous stem cell transplantation
    target: 2027-03
    notes: Assessment at the transplant centre
monitoring:
  - test: pulmonary function tests
    last_done: 2026-09-10
    every: 3 months
    notes: At the hospital lung function lab
  - test: echocardiogram
lifestyle:
  smoking: current
  goals:
    - Walk 20 minutes on most days
notes: |
  Bring your blood pressure diary.
  Every time.
preferences:
  page_size: letter
  large_print: true
  include_sections: [clinical-trials]
  exclude_sections: [stem-cell-transplant, vaccines]
)";

TEST(ProfileLoaderTest, FullPatientProfileTopLevel) {
  const Profile profile = Load(kFullPatient);
  EXPECT_EQ(profile.file, "profile.yaml");
  EXPECT_EQ(profile.kind, ProfileKind::kPatient);
  EXPECT_EQ(profile.plan_date, Date(2026, 11, 24));
  EXPECT_TRUE(profile.plan_date_given);
  EXPECT_EQ(profile.language, "en");
  EXPECT_EQ(profile.guide, "scleroderma-treatment-resistance");
  EXPECT_EQ(profile.notes, "Bring your blood pressure diary.\nEvery time.\n");
}

TEST(ProfileLoaderTest, FullPatientProfilePatientAndDiagnosis) {
  const Profile profile = Load(kFullPatient);
  EXPECT_EQ(profile.patient.name, "María José Álvarez-Núñez");
  EXPECT_EQ(profile.patient.preferred_name, "María");
  EXPECT_EQ(profile.patient.date_of_birth, Date(1968, 4, 12));
  EXPECT_EQ(profile.patient.identifier, "MRN 004512");
  EXPECT_EQ(profile.diagnosis.condition, "systemic sclerosis");
  EXPECT_EQ(profile.diagnosis.subtype, "diffuse cutaneous");
  EXPECT_EQ(profile.diagnosis.diagnosed_on, (PartialDate{2019, 3, 0}));
  EXPECT_EQ(profile.diagnosis.organ_involvement,
            (std::vector<std::string>{"skin", "lungs", "gastrointestinal", "raynaud"}));
  EXPECT_EQ(profile.diagnosis.treatment_resistant, true);
}

TEST(ProfileLoaderTest, FullPatientProfileCareTeam) {
  const Profile profile = Load(kFullPatient);
  ASSERT_EQ(profile.care_team.size(), 1u);
  const CareTeamMember& member = profile.care_team[0];
  EXPECT_EQ(member.role, "Rheumatologist");
  EXPECT_EQ(member.name, "Dr. Amara Okafor");
  EXPECT_EQ(member.phone, "+44 20 7946 0011");
  EXPECT_EQ(member.email, "a.okafor@example.org");
  EXPECT_EQ(member.notes, "Call the nurse line first");
}

TEST(ProfileLoaderTest, FullPatientProfileTreatments) {
  const Profile profile = Load(kFullPatient);
  ASSERT_EQ(profile.treatments.size(), 2u);
  const Treatment& first = profile.treatments[0];
  EXPECT_EQ(first.name, "methotrexate");
  EXPECT_EQ(first.dose, "15 mg once a week");
  EXPECT_EQ(first.started, (PartialDate{2019, 4, 0}));
  EXPECT_EQ(first.stopped, (PartialDate{2020, 1, 0}));
  EXPECT_EQ(first.outcome, Outcome::kInadequateResponse);
  EXPECT_EQ(first.notes, "Stopped because of nausea");
  ExpectLoc(first.loc, 24, 11);
  const Treatment& second = profile.treatments[1];
  EXPECT_EQ(second.name, "Nintedanib");  // as written
  EXPECT_EQ(second.dose, "");
  EXPECT_EQ(second.started, (PartialDate{2023, 5, 2}));
  EXPECT_EQ(second.stopped, std::nullopt);
  EXPECT_EQ(second.outcome, Outcome::kOngoing);
  EXPECT_EQ(second.notes, "");
  ExpectLoc(second.loc, 30, 11);
}

TEST(ProfileLoaderTest, FullPatientProfilePlannedAndMonitoring) {
  const Profile profile = Load(kFullPatient);
  ASSERT_EQ(profile.planned.size(), 1u);
  EXPECT_EQ(profile.planned[0].name, "autologous stem cell transplantation");
  EXPECT_EQ(profile.planned[0].target, (PartialDate{2027, 3, 0}));
  EXPECT_EQ(profile.planned[0].notes, "Assessment at the transplant centre");
  ExpectLoc(profile.planned[0].loc, 34, 11);
  ASSERT_EQ(profile.monitoring.size(), 2u);
  const MonitoringEntry& lungs = profile.monitoring[0];
  EXPECT_EQ(lungs.test, "pulmonary function tests");
  EXPECT_EQ(lungs.last_done, Date(2026, 9, 10));
  EXPECT_EQ(lungs.every, (Interval{3, IntervalUnit::kMonths}));
  EXPECT_EQ(lungs.notes, "At the hospital lung function lab");
  ExpectLoc(lungs.loc, 38, 11);
  const MonitoringEntry& echo = profile.monitoring[1];
  EXPECT_EQ(echo.test, "echocardiogram");
  EXPECT_EQ(echo.last_done, std::nullopt);
  EXPECT_EQ(echo.every, std::nullopt);
  ExpectLoc(echo.loc, 42, 11);
}

TEST(ProfileLoaderTest, FullPatientProfileLifestyleAndPreferences) {
  const Profile profile = Load(kFullPatient);
  EXPECT_EQ(profile.lifestyle.smoking, Smoking::kCurrent);
  EXPECT_EQ(profile.lifestyle.goals, std::vector<std::string>{"Walk 20 minutes on most days"});
  const Preferences& preferences = profile.preferences;
  EXPECT_EQ(preferences.page_size, PageSize::kLetter);
  EXPECT_TRUE(preferences.large_print);
  EXPECT_EQ(preferences.include_sections, std::vector<std::string>{"clinical-trials"});
  EXPECT_EQ(preferences.exclude_sections,
            (std::vector<std::string>{"stem-cell-transplant", "vaccines"}));
  ExpectLoc(preferences.include_loc, 53, 21);
  ExpectLoc(preferences.exclude_loc, 54, 21);
  ASSERT_EQ(preferences.include_section_locs.size(), 1u);
  ExpectLoc(preferences.include_section_locs[0], 53, 22);
  ASSERT_EQ(preferences.exclude_section_locs.size(), 2u);
  ExpectLoc(preferences.exclude_section_locs[0], 54, 22);
  ExpectLoc(preferences.exclude_section_locs[1], 54, 44);
}

TEST(ProfileLoaderTest, PrintedTextsListEveryPrintedFieldWithItsLocation) {
  const Profile profile = Load(kFullPatient);
  std::vector<std::string> lines;
  for (const PrintedText& text : profile.printed_texts) {
    EXPECT_EQ(text.loc.file, "profile.yaml");
    lines.push_back(text.field + " " + std::to_string(text.loc.line) + ":" +
                    std::to_string(text.loc.column) + " " + text.text);
  }
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "patient.name 7:9 María José Álvarez-Núñez",
                       "patient.preferred_name 8:19 María",
                       "patient.identifier 10:15 MRN 004512",
                       "diagnosis.condition 12:14 systemic sclerosis",
                       "care_team[0].role 18:11 Rheumatologist",
                       "care_team[0].name 19:11 Dr. Amara Okafor",
                       "care_team[0].phone 20:12 +44 20 7946 0011",
                       "care_team[0].email 21:12 a.okafor@example.org",
                       "care_team[0].notes 22:12 Call the nurse line first",
                       "treatments[0].name 24:11 methotrexate",
                       "treatments[0].dose 25:11 15 mg once a week",
                       "treatments[0].notes 29:12 Stopped because of nausea",
                       "treatments[1].name 30:11 Nintedanib",
                       "planned[0].name 34:11 autologous stem cell transplantation",
                       "planned[0].notes 36:12 Assessment at the transplant centre",
                       "monitoring[0].test 38:11 pulmonary function tests",
                       "monitoring[0].notes 41:12 At the hospital lung function lab",
                       "monitoring[1].test 42:11 echocardiogram",
                       "lifestyle.goals[0] 46:7 Walk 20 minutes on most days",
                       "notes 47:8 Bring your blood pressure diary.\nEvery time.\n",
                   }));
}

TEST(ProfileLoaderTest, PacketProfile) {
  const Profile profile = Load(R"(format: careplan/v1
language: en
guide: scleroderma-treatment-resistance
packet:
  title: Scleroderma and your lungs
  organisation: Riverside Hospital
  contact: "lung.function@example.org"
  sections: [what-is-scleroderma, care-lungs]
  blank_forms: false
preferences:
  page_size: letter
  large_print: true
)");
  EXPECT_EQ(profile.kind, ProfileKind::kPacket);
  EXPECT_EQ(profile.packet.title, "Scleroderma and your lungs");
  EXPECT_EQ(profile.packet.organisation, "Riverside Hospital");
  EXPECT_EQ(profile.packet.contact, "lung.function@example.org");
  EXPECT_FALSE(profile.packet.all_sections);
  EXPECT_EQ(profile.packet.sections,
            (std::vector<std::string>{"what-is-scleroderma", "care-lungs"}));
  ExpectLoc(profile.packet.sections_loc, 8, 13);
  ASSERT_EQ(profile.packet.section_locs.size(), 2u);
  ExpectLoc(profile.packet.section_locs[0], 8, 14);
  ExpectLoc(profile.packet.section_locs[1], 8, 35);
  EXPECT_FALSE(profile.packet.blank_forms);
  EXPECT_EQ(profile.preferences.page_size, PageSize::kLetter);
  EXPECT_TRUE(profile.preferences.large_print);
  EXPECT_EQ(profile.plan_date, Date(2026, 11, 24));  // today
  EXPECT_FALSE(profile.plan_date_given);
  ASSERT_EQ(profile.printed_texts.size(), 3u);
  EXPECT_EQ(profile.printed_texts[0].field, "packet.title");
  EXPECT_EQ(profile.printed_texts[1].field, "packet.organisation");
  EXPECT_EQ(profile.printed_texts[2].field, "packet.contact");
}

TEST(ProfileLoaderTest, PacketDefaults) {
  const Profile absent = Load("format: careplan/v1\npacket:\n  title: Group\n");
  EXPECT_TRUE(absent.packet.all_sections);
  EXPECT_TRUE(absent.packet.sections.empty());
  EXPECT_TRUE(absent.packet.blank_forms);
  const Profile all = Load("format: careplan/v1\npacket:\n  title: Group\n  sections: all\n");
  EXPECT_TRUE(all.packet.all_sections);
  ExpectLoc(all.packet.sections_loc, 4, 13);
}

TEST(ProfileLoaderTest, MinimalPatientProfileGetsDefaults) {
  const Profile profile =
      Load("format: careplan/v1\npatient:\n  name: Alex\ndiagnosis:\n  condition: SSc\n");
  EXPECT_EQ(profile.kind, ProfileKind::kPatient);
  EXPECT_EQ(profile.plan_date, Date(2026, 11, 24));
  EXPECT_FALSE(profile.plan_date_given);
  EXPECT_EQ(profile.language, "en");
  EXPECT_EQ(profile.guide, "");
  EXPECT_EQ(profile.patient.preferred_name, "");
  EXPECT_EQ(profile.patient.date_of_birth, std::nullopt);
  EXPECT_EQ(profile.diagnosis.subtype, std::nullopt);
  EXPECT_EQ(profile.diagnosis.treatment_resistant, std::nullopt);
  EXPECT_EQ(profile.lifestyle.smoking, Smoking::kUnknown);
  EXPECT_EQ(profile.preferences.page_size, PageSize::kA4);
  EXPECT_FALSE(profile.preferences.large_print);
  EXPECT_TRUE(profile.care_team.empty());
  EXPECT_TRUE(profile.treatments.empty());
}

TEST(ProfileLoaderTest, DateOptionOverridesThePlanDate) {
  LoadOptions options = Options();
  options.plan_date = Date(2027, 1, 15);
  const Profile profile = Load(
      "format: careplan/v1\nplan_date: 2026-11-24\npatient:\n  name: A\ndiagnosis:\n"
      "  condition: SSc\n",
      options);
  EXPECT_EQ(profile.plan_date, Date(2027, 1, 15));
  EXPECT_TRUE(profile.plan_date_given);
}

TEST(ProfileLoaderTest, BareYearAndQuotedDatesAreAccepted) {
  const Profile profile = Load(R"(format: careplan/v1
patient: {name: A}
diagnosis:
  condition: SSc
  diagnosed_on: 2016
treatments:
  - {name: a, started: "2017", stopped: '2018-02-03', outcome: completed}
  - {name: b, started: 2019-04, stopped: 2019-04, outcome: intolerance}
)");
  EXPECT_EQ(profile.diagnosis.diagnosed_on, (PartialDate{2016, 0, 0}));
  EXPECT_EQ(profile.diagnosis.diagnosed_on->precision(), DatePrecision::kYear);
  EXPECT_EQ(profile.treatments[0].started, (PartialDate{2017, 0, 0}));
  EXPECT_EQ(profile.treatments[0].stopped, (PartialDate{2018, 2, 3}));
  EXPECT_EQ(profile.treatments[1].stopped, (PartialDate{2019, 4, 0}));  // same month is fine
}

TEST(ProfileLoaderTest, DatesOnThePlanDateAreAccepted) {
  const Profile profile = Load(R"(format: careplan/v1
plan_date: 2026-11-24
patient: {name: A, date_of_birth: 2026-11-24}
diagnosis: {condition: SSc, diagnosed_on: 2026-11}
treatments: [{name: a, started: 2026, outcome: ongoing}]
monitoring: [{test: b, last_done: 2026-11-24}]
)");
  EXPECT_EQ(profile.monitoring[0].last_done, Date(2026, 11, 24));
}

TEST(ProfileLoaderTest, IntervalWords) {
  const Profile profile = Load(R"(format: careplan/v1
patient: {name: A}
diagnosis: {condition: SSc}
monitoring:
  - {test: a, every: weekly}
  - {test: b, every: 2 days}
  - {test: c, every: Quarterly}
  - {test: d, every: 1 year}
)");
  EXPECT_EQ(profile.monitoring[0].every, (Interval{1, IntervalUnit::kWeeks}));
  EXPECT_EQ(profile.monitoring[1].every, (Interval{2, IntervalUnit::kDays}));
  EXPECT_EQ(profile.monitoring[2].every, (Interval{3, IntervalUnit::kMonths}));
  EXPECT_EQ(profile.monitoring[3].every, (Interval{1, IntervalUnit::kYears}));
}

TEST(ProfileLoaderTest, EmptyOptionalValuesReadAsAbsent) {
  const Profile profile = Load(R"(format: careplan/v1
patient:
  name: A
  preferred_name: ""
  identifier:
diagnosis:
  condition: SSc
  subtype:
treatments:
  - name: a
    started: 2019
    stopped:
    outcome: ongoing
planned:
lifestyle:
preferences:
)");
  EXPECT_EQ(profile.patient.preferred_name, "");
  EXPECT_EQ(profile.patient.identifier, "");
  EXPECT_EQ(profile.diagnosis.subtype, std::nullopt);
  EXPECT_EQ(profile.treatments[0].stopped, std::nullopt);
  EXPECT_TRUE(profile.planned.empty());
  ASSERT_EQ(profile.printed_texts.size(), 3u);  // name, condition, treatment name
}

TEST(ProfileLoaderTest, UnquotedNumbersInTextFieldsAreKeptAsWritten) {
  const Profile profile = Load(R"(format: careplan/v1
patient: {name: A, identifier: 004512}
diagnosis: {condition: SSc}
care_team: [{role: Out-of-hours, name: NHS, phone: 111}]
)");
  EXPECT_EQ(profile.patient.identifier, "004512");
  EXPECT_EQ(profile.care_team[0].phone, "111");
}

TEST(ProfileLoaderTest, RepeatedOrganIsAWarningAndListedOnce) {
  Diagnostics diagnostics;
  const std::optional<Profile> profile = LoadProfile(
      "format: careplan/v1\npatient: {name: A}\ndiagnosis:\n"
      "  condition: SSc\n  organ_involvement: [skin, lungs, skin]\n",
      "profile.yaml", Options(), &diagnostics);
  ASSERT_TRUE(profile.has_value());
  EXPECT_EQ(profile->diagnosis.organ_involvement, (std::vector<std::string>{"skin", "lungs"}));
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "profile.yaml:5:36: warning: diagnosis.organ_involvement[2]: \"skin\" is already in "
            "the list; the repeat is ignored\n");
}

TEST(ProfileLoaderTest, SectionPreferencesInAPacketAreAWarning) {
  Diagnostics diagnostics;
  const std::optional<Profile> profile = LoadProfile(
      "format: careplan/v1\npacket:\n  title: Group\npreferences:\n"
      "  exclude_sections: [vaccines]\n",
      "profile.yaml", Options(), &diagnostics);
  EXPECT_TRUE(profile.has_value());
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "profile.yaml:5:21: warning: preferences.exclude_sections has no effect in a packet "
            "profile\n"
            "  hint: list the sections of a packet under packet.sections\n");
}

TEST(ProfileLoaderTest, ByteOrderMarkAndCrlfLineEnds) {
  const Profile profile = Load(
      "\xEF\xBB\xBF"
      "format: careplan/v1\r\n"
      "patient:\r\n"
      "  name: Ann\r\n"
      "diagnosis:\r\n"
      "  condition: SSc\r\n"
      "notes: |\r\n"
      "  one\r\n"
      "  two\r\n");
  EXPECT_EQ(profile.patient.name, "Ann");
  EXPECT_EQ(profile.notes, "one\ntwo\n");
  ASSERT_FALSE(profile.printed_texts.empty());
  ExpectLoc(profile.printed_texts[0].loc, 3, 9);
}

TEST(ProfileLoaderTest, TreatmentResistanceIsInferredFromTwoInadequateResponses) {
  const Profile profile = Load(R"(format: careplan/v1
patient: {name: A}
diagnosis: {condition: SSc}
treatments:
  - {name: a, started: 2019, stopped: 2020, outcome: inadequate response}
  - {name: b, started: 2020, stopped: 2021, outcome: inadequate response}
)");
  EXPECT_EQ(profile.diagnosis.treatment_resistant, std::nullopt);
  EXPECT_TRUE(profile.IsTreatmentResistant());
}

TEST(ProfileLoaderTest, YamlThatLooksTrickyToThePreScanLoads) {
  // Quotes, brackets and colons inside block scalars, plain continuation
  // lines and quoted text must not be mistaken for structure.
  const Profile profile = Load(R"(# a comment "with a quote
--- # the document start marker is allowed
"format": 'careplan/v1'
patient: {name: "Ann \"Annie\" Lee", preferred_name: 'Ann''s',
  identifier: 004512}
diagnosis:
  condition: systemic sclerosis  # it's "fine
  organ_involvement:
  - skin
  - lungs
care_team:
- role: GP
  name: "Dr. Multi
    Line"
  email: a#b@example.org
  notes: >-
    folded "text with
    [brackets and {braces
- role: 'Nurse: lead'
  name: Sam
treatments:
  - name: methotrexate
    started: 2019-04
    outcome: inadequate response
    notes: |2
        indented "more
      less
monitoring:
  - test: echo
    notes: plain
      continued "line
      and 'another
lifestyle:
  goals: ["Walk: 20 min", 'Don''t smoke',
          plain goal]
notes: |+
  keep "this

# a comment after
...
)");
  EXPECT_EQ(profile.patient.name, "Ann \"Annie\" Lee");
  EXPECT_EQ(profile.patient.preferred_name, "Ann's");
  EXPECT_EQ(profile.diagnosis.condition, "systemic sclerosis");
  EXPECT_EQ(profile.care_team[0].name, "Dr. Multi Line");
  EXPECT_EQ(profile.care_team[0].email, "a#b@example.org");
  EXPECT_EQ(profile.care_team[0].notes, "folded \"text with [brackets and {braces");
  EXPECT_EQ(profile.care_team[1].role, "Nurse: lead");
  EXPECT_EQ(profile.treatments[0].notes, "  indented \"more\nless\n");
  EXPECT_EQ(profile.monitoring[0].notes, "plain continued \"line and 'another");
  EXPECT_EQ(profile.lifestyle.goals,
            (std::vector<std::string>{"Walk: 20 min", "Don't smoke", "plain goal"}));
  EXPECT_EQ(profile.notes, "keep \"this\n\n");
}

TEST(ProfileLoaderTest, ErrorsOfOtherFilesDoNotFailThisOne) {
  Diagnostics diagnostics;
  diagnostics.Error(SourceLoc{"other.yaml", 1, 1}, "something else");
  const std::optional<Profile> profile =
      LoadProfile("format: careplan/v1\npatient: {name: A}\ndiagnosis: {condition: SSc}\n",
                  "profile.yaml", Options(), &diagnostics);
  EXPECT_TRUE(profile.has_value());
  EXPECT_EQ(diagnostics.error_count(), 1);
}

// Every file in `dir` with a .yaml suffix, sorted.
std::vector<std::filesystem::path> YamlFiles(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void ExpectAllLoadCleanly(const std::filesystem::path& dir) {
  const std::vector<std::filesystem::path> files = YamlFiles(dir);
  EXPECT_FALSE(files.empty()) << dir;
  for (const std::filesystem::path& file : files) {
    Diagnostics diagnostics;
    const std::optional<Profile> profile =
        LoadProfile(ReadFile(file), file.filename().string(), Options(), &diagnostics);
    EXPECT_TRUE(profile.has_value()) << file;
    EXPECT_EQ(FormatDiagnostics(diagnostics), "") << file;
  }
}

TEST(ProfileLoaderTest, EveryExampleLoadsWithoutDiagnostics) {
  ExpectAllLoadCleanly(std::filesystem::path(CAREPLAN_SOURCE_DIR) / "examples");
}

TEST(ProfileLoaderTest, EveryEndToEndTestProfileLoadsWithoutDiagnostics) {
  ExpectAllLoadCleanly(std::filesystem::path(CAREPLAN_SOURCE_DIR) / "tests/e2e/profiles");
}

}  // namespace
}  // namespace careplan::profile
