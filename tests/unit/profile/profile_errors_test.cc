// Bad profiles: each test gives LoadProfile one kind of mistake and asserts
// the exact text the user sees (file, line, column, message and hints).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "profile/profile_loader.h"
#include "testutil/vocabulary.h"

namespace careplan::profile {
namespace {

LoadOptions Options() {
  LoadOptions options = testutil::WithBundledVocabulary();
  options.today = Date(2026, 11, 24);
  return options;
}

// Everything LoadProfile reports for `yaml`, formatted as the user sees it.
std::string Errors(std::string_view yaml, const LoadOptions& options = Options()) {
  Diagnostics diagnostics;
  const std::optional<Profile> profile = LoadProfile(yaml, "profile.yaml", options, &diagnostics);
  EXPECT_EQ(profile.has_value(), !diagnostics.has_errors());
  return FormatDiagnostics(diagnostics);
}

// A valid patient profile of six lines; tests append from line 7 on.
constexpr std::string_view kValid =
    "format: careplan/v1\n"
    "plan_date: 2026-11-24\n"
    "patient:\n"
    "  name: Ann Lee\n"
    "diagnosis:\n"
    "  condition: systemic sclerosis\n";

std::string ValidPlus(std::string_view more) { return std::string(kValid) + std::string(more); }

// --- The file as a whole -----------------------------------------------------

TEST(ProfileErrorsTest, EmptyFile) {
  EXPECT_EQ(Errors(""),
            "profile.yaml:1:1: error: the file is empty; a profile starts with "
            "\"format: careplan/v1\"\n");
}

TEST(ProfileErrorsTest, FileWithOnlyComments) {
  EXPECT_EQ(Errors("# nothing yet\n\n"),
            "profile.yaml:1:1: error: the file is empty; a profile starts with "
            "\"format: careplan/v1\"\n");
}

TEST(ProfileErrorsTest, TopLevelList) {
  EXPECT_EQ(Errors("- format: careplan/v1\n- patient: Ann\n"),
            "profile.yaml:1:1: error: expected a mapping at the top level (format:, patient: and "
            "so on), got a list\n");
}

TEST(ProfileErrorsTest, TopLevelScalar) {
  EXPECT_EQ(Errors("careplan/v1\n"),
            "profile.yaml:1:1: error: expected a mapping at the top level (format:, patient: and "
            "so on), got \"careplan/v1\"\n");
}

TEST(ProfileErrorsTest, SecondDocument) {
  EXPECT_EQ(Errors(ValidPlus("---\nformat: careplan/v1\n")),
            "profile.yaml:7:1: error: a profile is one YAML document, but a second one starts "
            "here\n"
            "  hint: remove this \"---\" line and everything after it, or move it to a file of "
            "its own\n");
}

TEST(ProfileErrorsTest, SyntaxErrorColonInValue) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: Ann: Lee\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "profile.yaml:3:12: error: this \":\" cannot start a value here\n"
            "  hint: text that contains \": \" must be in quotes; otherwise check the indentation "
            "of this line and the one before\n");
}

TEST(ProfileErrorsTest, SyntaxErrorUnclosedBracket) {
  EXPECT_EQ(Errors(ValidPlus("  organ_involvement: [skin, lungs\n")),
            "profile.yaml:8:1: error: a list that starts with [ is not closed\n"
            "  hint: a list that starts with [ must end with ]\n");
}

TEST(ProfileErrorsTest, TabIndentation) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "\tname: Ann\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "profile.yaml:3:1: error: a tab is used for indentation; YAML indentation must use "
            "spaces\n");
}

TEST(ProfileErrorsTest, TabIndentationOnEveryLineIsReportedForEach) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  \tname: Ann\n"
                   "diagnosis:\n"
                   "\t condition: systemic sclerosis\n"),
            "profile.yaml:3:3: error: a tab is used for indentation; YAML indentation must use "
            "spaces\n"
            "profile.yaml:5:1: error: a tab is used for indentation; YAML indentation must use "
            "spaces\n");
}

TEST(ProfileErrorsTest, UnclosedQuote) {
  // yaml-cpp would silently read the rest of the file into the name.
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: \"Ann Lee\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "profile.yaml:3:9: error: quoted text is never closed: the \" here has no partner\n"
            "  hint: a \" inside double-quoted text is written \\\"\n");
}

TEST(ProfileErrorsTest, UnclosedSingleQuote) {
  EXPECT_EQ(Errors(ValidPlus("notes: 'it''s open\n")),
            "profile.yaml:7:8: error: quoted text is never closed: the ' here has no partner\n"
            "  hint: a ' inside single-quoted text is written ''\n");
}

TEST(ProfileErrorsTest, DuplicateTopLevelKey) {
  EXPECT_EQ(Errors(ValidPlus("format: careplan/v1\n")),
            "profile.yaml:7:1: error: duplicate key \"format\" (first written on line 1)\n"
            "  hint: each key may appear once in a mapping; remove or merge one of them\n");
}

TEST(ProfileErrorsTest, DuplicateKeyInListEntry) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n"
                             "  - name: methotrexate\n"
                             "    started: 2019\n"
                             "    outcome: ongoing\n"
                             "    name: mtx\n")),
            "profile.yaml:11:5: error: treatments[0]: duplicate key \"name\" (first written on "
            "line 8)\n"
            "  hint: each key may appear once in a mapping; remove or merge one of them\n");
}

TEST(ProfileErrorsTest, Alias) {
  EXPECT_EQ(Errors(ValidPlus("care_team:\n"
                             "  - role: &r GP\n"
                             "    name: *r\n")),
            "profile.yaml:9:11: error: aliases (*name) are not supported in profiles; write the "
            "value out\n");
}

TEST(ProfileErrorsTest, Tag) {
  EXPECT_EQ(Errors(ValidPlus("notes: !secret hello\n")),
            "profile.yaml:7:8: error: the YAML tag \"!secret\" is not supported in profiles\n"
            "  hint: remove the tag; write text in quotes if it must not be read as a number or "
            "date\n");
}

TEST(ProfileErrorsTest, KeyThatIsAList) {
  EXPECT_EQ(Errors(ValidPlus("? [a, b]\n: c\n")),
            "profile.yaml:7:3: error: a key must be a word, got a list\n");
}

// --- Bytes -------------------------------------------------------------------

TEST(ProfileErrorsTest, InvalidUtf8IsLocatedAtTheFirstBadByte) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "plan_date: 2026-11-24\n"
                   "patient:\n"
                   "  name: Mar\xE9"
                   "a Jos\xC3\xA9\n"),
            "profile.yaml:4:12: error: invalid UTF-8 (byte 0xE9)\n"
            "  hint: save the file as UTF-8; it may be in Latin-1 or Windows-1252\n");
}

TEST(ProfileErrorsTest, InvalidUtf8ColumnCountsCharactersBeforeIt) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: Jos\xC3\xA9 \xC3\xA1\xFF\n"),
            "profile.yaml:3:15: error: invalid UTF-8 (byte 0xFF)\n"
            "  hint: save the file as UTF-8; it may be in Latin-1 or Windows-1252\n");
}

TEST(ProfileErrorsTest, Utf16File) {
  EXPECT_EQ(Errors(std::string_view("\xFF\xFE"
                                    "f\0o\0",
                                    6)),
            "profile.yaml:1:1: error: the file is in UTF-16; profiles are UTF-8\n"
            "  hint: save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)\n");
}

TEST(ProfileErrorsTest, ControlCharacter) {
  EXPECT_EQ(Errors(ValidPlus("notes: ring\abell\n")),
            "profile.yaml:7:12: error: control character U+0007 is not allowed in a profile\n");
}

TEST(ProfileErrorsTest, UnicodeLineSeparator) {
  EXPECT_EQ(Errors(ValidPlus("notes: one\xE2\x80\xA8two\n")),
            "profile.yaml:7:11: error: the line separator U+2028 is not supported; use an "
            "ordinary line break\n");
}

// --- Limits --------------------------------------------------------------------

TEST(ProfileErrorsTest, FileTooLarge) {
  const std::string huge(10 * 1024 * 1024, '#');
  EXPECT_EQ(Errors(huge),
            "profile.yaml: error: file is 10485760 bytes; the limit is 1048576 bytes (1 MiB)\n");
}

TEST(ProfileErrorsTest, NestingTooDeepInBrackets) {
  EXPECT_EQ(Errors(std::string(100000, '[')),
            "profile.yaml:1:32: error: nesting is more than 32 levels deep here; the limit is 32 "
            "levels\n");
}

TEST(ProfileErrorsTest, NestingTooDeepByIndentation) {
  std::string yaml = "format: careplan/v1\n";
  for (int level = 0; level < 40; ++level)
    yaml += std::string(2 * level, ' ') + "k" + std::to_string(level) + ":\n";
  EXPECT_EQ(Errors(yaml),
            "profile.yaml:34:65: error: nesting is more than 32 levels deep here; the limit is "
            "32 levels\n");
}

TEST(ProfileErrorsTest, TooManyValues) {
  std::string yaml = "notes: [1";
  for (int i = 0; i < 100000; ++i) yaml += ",1";
  yaml += "]\n";
  EXPECT_EQ(Errors(yaml),
            "profile.yaml:1:200003: error: the file has more than 100000 values; the limit is "
            "100000\n");
}

TEST(ProfileErrorsTest, NameTooLong) {
  const std::string name(121, 'A');
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: " + name +
                   "\ndiagnosis:\n  condition: systemic sclerosis\n"),
            "profile.yaml:3:9: error: patient.name: 121 characters; the limit is 120 "
            "characters\n");
}

TEST(ProfileErrorsTest, NameLengthCountsCharactersNotBytes) {
  std::string name;
  for (int i = 0; i < 120; ++i) name += "\xC3\xA9";  // é: 240 bytes, 120 characters
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: " + name +
                   "\ndiagnosis:\n  condition: systemic sclerosis\n"),
            "");
}

TEST(ProfileErrorsTest, OneLineFieldTooLong) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n"
                             "  - name: methotrexate\n"
                             "    dose: " +
                             std::string(2001, 'd') +
                             "\n"
                             "    started: 2019\n"
                             "    outcome: ongoing\n")),
            "profile.yaml:9:11: error: treatments[0].dose: 2001 characters; the limit is 2000 "
            "characters\n");
}

TEST(ProfileErrorsTest, NotesTooLong) {
  EXPECT_EQ(Errors(ValidPlus("notes: " + std::string(20001, 'n') + "\n")),
            "profile.yaml:7:8: error: notes: 20001 characters; the limit is 20000 characters\n");
}

TEST(ProfileErrorsTest, ListTooLong) {
  std::string goals = "lifestyle:\n  goals: [g0";
  for (int i = 1; i < 51; ++i) goals += ", g" + std::to_string(i);
  EXPECT_EQ(Errors(ValidPlus(goals + "]\n")),
            "profile.yaml:8:10: error: lifestyle.goals: 51 entries; the limit is 50 entries\n");
}

TEST(ProfileErrorsTest, TooManyTreatments) {
  std::string treatments = "treatments:\n";
  for (int i = 0; i < 201; ++i)
    treatments += "  - {name: methotrexate, started: 2019, outcome: ongoing}\n";
  EXPECT_EQ(Errors(ValidPlus(treatments)),
            "profile.yaml:8:3: error: treatments: 201 entries; the limit is 200 entries\n");
}

TEST(ProfileErrorsTest, TooManyErrorsAreCut) {
  std::string yaml(kValid);
  for (int i = 0; i < 150; ++i) yaml += "x" + std::to_string(i) + ": 1\n";
  const std::string errors = Errors(yaml);
  EXPECT_TRUE(
      errors.starts_with("profile.yaml: error: 150 errors; only the first 100 are "
                         "shown\nprofile.yaml:7:1: error: unknown key \"x0\"\n"))
      << errors;
  EXPECT_NE(errors.find("\"x99\""), std::string::npos);
  EXPECT_EQ(errors.find("\"x100\""), std::string::npos);
}

// --- Kind and format ------------------------------------------------------------

TEST(ProfileErrorsTest, BothPatientAndPacket) {
  EXPECT_EQ(Errors(ValidPlus("packet:\n  title: Group\n")),
            "profile.yaml:7:1: error: a profile has either patient: or packet:, not both\n"
            "  hint: patient: makes a personal care plan; packet: makes an information packet "
            "for a group\n");
}

TEST(ProfileErrorsTest, NeitherPatientNorPacket) {
  EXPECT_EQ(Errors("format: careplan/v1\ndiagnosis:\n  condition: systemic sclerosis\n"),
            "profile.yaml:1:1: error: missing required key \"patient\" (or \"packet\")\n"
            "  hint: patient: makes a personal care plan; packet: makes an information packet "
            "for a group\n");
}

TEST(ProfileErrorsTest, PatientKeyInPacketProfile) {
  EXPECT_EQ(Errors("format: careplan/v1\npacket:\n  title: Group\ntreatments: []\n"),
            "profile.yaml:4:1: error: treatments: only patient profiles have this key; this "
            "profile has packet:\n"
            "  hint: patient: makes a personal care plan; packet: makes an information packet "
            "for a group\n");
}

TEST(ProfileErrorsTest, WrongFormat) {
  EXPECT_EQ(Errors("format: careplan/v2\npatient:\n  name: Ann\ndiagnosis:\n  condition: x\n"),
            "profile.yaml:1:9: error: format: expected \"careplan/v1\", got \"careplan/v2\"\n");
}

TEST(ProfileErrorsTest, MissingFormat) {
  EXPECT_EQ(Errors("patient:\n  name: Ann\ndiagnosis:\n  condition: systemic sclerosis\n"),
            "profile.yaml:1:1: error: missing required key \"format\"\n");
}

// --- Keys ------------------------------------------------------------------------

TEST(ProfileErrorsTest, UnknownTopLevelKeyWithHint) {
  EXPECT_EQ(Errors(ValidPlus("notse: hello\n")),
            "profile.yaml:7:1: error: unknown key \"notse\"\n"
            "  hint: did you mean \"notes\"?\n");
}

TEST(ProfileErrorsTest, UnknownNestedKeyWithHint) {
  EXPECT_EQ(Errors(ValidPlus("  organ_involvment: [skin]\n")),
            "profile.yaml:7:3: error: diagnosis: unknown key \"organ_involvment\"\n"
            "  hint: did you mean \"organ_involvement\"?\n");
}

TEST(ProfileErrorsTest, KeyAtTheWrongIndentation) {
  EXPECT_EQ(Errors(ValidPlus("subtype: overlap\n")),
            "profile.yaml:7:1: error: unknown key \"subtype\"\n"
            "  hint: check the indentation: \"subtype\" is a key of diagnosis\n");
}

TEST(ProfileErrorsTest, UnknownKeyListsTheAllowedOnes) {
  EXPECT_EQ(Errors(ValidPlus("lifestyle:\n  diet: vegetarian\n")),
            "profile.yaml:8:3: error: lifestyle: unknown key \"diet\"\n"
            "  hint: the keys allowed here are smoking and goals\n");
}

TEST(ProfileErrorsTest, MissingRequiredKeyInListEntry) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n"
                             "  - name: methotrexate\n"
                             "    started: 2019\n"
                             "    outcome: ongoing\n"
                             "  - name: rituximab\n"
                             "    outcome: ongoing\n")),
            "profile.yaml:11:5: error: treatments[1]: missing required key \"started\"\n");
}

TEST(ProfileErrorsTest, MissingPatientName) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  preferred_name: Ann\ndiagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "profile.yaml:3:3: error: patient: missing required key \"name\"\n");
}

TEST(ProfileErrorsTest, MissingDiagnosis) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: Ann\n"),
            "profile.yaml:1:1: error: missing required key \"diagnosis\"\n");
}

TEST(ProfileErrorsTest, EmptyDiagnosis) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: Ann\ndiagnosis:\n"),
            "profile.yaml:4:1: error: diagnosis: must not be empty\n");
}

TEST(ProfileErrorsTest, PacketWithoutTitle) {
  EXPECT_EQ(Errors("format: careplan/v1\npacket:\n  organisation: Group\n"),
            "profile.yaml:3:3: error: packet: missing required key \"title\"\n");
}

// --- Types -------------------------------------------------------------------------

TEST(ProfileErrorsTest, PatientIsText) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient: Ann Lee\ndiagnosis:\n  condition: x\n"),
            "profile.yaml:2:10: error: patient: expected a mapping, got \"Ann Lee\"\n");
}

TEST(ProfileErrorsTest, TreatmentsIsAMapping) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n"
                             "  name: methotrexate\n"
                             "  started: 2019\n"
                             "  outcome: ongoing\n")),
            "profile.yaml:8:3: error: treatments: expected a list, got a mapping\n"
            "  hint: start each entry of the list with \"- \"\n");
}

TEST(ProfileErrorsTest, OrganInvolvementIsOneWord) {
  EXPECT_EQ(Errors(ValidPlus("  organ_involvement: skin\n")),
            "profile.yaml:7:22: error: diagnosis.organ_involvement: expected a list, got "
            "\"skin\"\n"
            "  hint: write a list, such as [skin]\n");
}

TEST(ProfileErrorsTest, NameIsAList) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: [Ann, Lee]\ndiagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "profile.yaml:3:9: error: patient.name: expected text, got a list\n");
}

TEST(ProfileErrorsTest, TextWithColonReadsAsMapping) {
  EXPECT_EQ(Errors(ValidPlus("lifestyle:\n  goals:\n    - Goal: walk daily\n")),
            "profile.yaml:9:7: error: lifestyle.goals[0]: expected text, got a mapping\n"
            "  hint: text that contains \": \" must be in quotes, such as \"Goal: walk daily\"\n");
}

TEST(ProfileErrorsTest, EmptyName) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: \"\"\ndiagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "profile.yaml:3:9: error: patient.name: must not be empty\n");
}

TEST(ProfileErrorsTest, NameWithNoValue) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name:\ndiagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "profile.yaml:3:3: error: patient.name: must not be empty\n");
}

TEST(ProfileErrorsTest, NameOnTwoLines) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: \"Ann\\nLee\"\ndiagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "profile.yaml:3:9: error: patient.name: must be one line\n");
}

TEST(ProfileErrorsTest, RequiredWordWithNoValue) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n  - name: methotrexate\n    started: 2019\n"
                             "    outcome:\n")),
            "profile.yaml:10:5: error: treatments[0].outcome: expected one of ongoing, effective, "
            "partial response, inadequate response, intolerance, side effects or completed, got "
            "nothing\n");
}

TEST(ProfileErrorsTest, BooleanWrittenAsYes) {
  EXPECT_EQ(Errors(ValidPlus("preferences:\n  large_print: yes\n")),
            "profile.yaml:8:16: error: preferences.large_print: expected true or false, got "
            "\"yes\"\n"
            "  hint: did you mean true?\n");
}

TEST(ProfileErrorsTest, BooleanInQuotes) {
  EXPECT_EQ(Errors(ValidPlus("preferences:\n  large_print: \"true\"\n")),
            "profile.yaml:8:16: error: preferences.large_print: expected true or false without "
            "quotes, got \"true\"\n");
}

TEST(ProfileErrorsTest, BooleanCapitalised) {
  EXPECT_EQ(Errors("format: careplan/v1\npacket:\n  title: Group\n  blank_forms: False\n"),
            "profile.yaml:4:16: error: packet.blank_forms: expected true or false, got "
            "\"False\"\n"
            "  hint: did you mean false?\n");
}

// --- Dates -------------------------------------------------------------------------

TEST(ProfileErrorsTest, DayThatDoesNotExist) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n"
                             "  - name: methotrexate\n"
                             "    started: 2026-02-30\n"
                             "    outcome: ongoing\n")),
            "profile.yaml:9:14: error: treatments[0].started: \"2026-02-30\" is not a real date "
            "(February 2026 has 28 days)\n");
}

TEST(ProfileErrorsTest, MonthThatDoesNotExist) {
  EXPECT_EQ(Errors(ValidPlus("  diagnosed_on: 2019-13\n")),
            "profile.yaml:7:17: error: diagnosis.diagnosed_on: \"2019-13\" is not a real date "
            "(there is no month 13)\n");
}

TEST(ProfileErrorsTest, DateInWords) {
  EXPECT_EQ(Errors(ValidPlus("  diagnosed_on: April 2019\n")),
            "profile.yaml:7:17: error: diagnosis.diagnosed_on: expected a date as YYYY, YYYY-MM "
            "or YYYY-MM-DD, got \"April 2019\"\n");
}

TEST(ProfileErrorsTest, DateOfBirthNeedsTheDay) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: Ann\n  date_of_birth: 1968-04\n"
                   "diagnosis:\n  condition: systemic sclerosis\n"),
            "profile.yaml:4:18: error: patient.date_of_birth: expected a full date as "
            "YYYY-MM-DD, got \"1968-04\"\n");
}

TEST(ProfileErrorsTest, PlanDateNeedsTheDay) {
  EXPECT_EQ(Errors("format: careplan/v1\nplan_date: 2026-11\npatient:\n  name: Ann\n"
                   "diagnosis:\n  condition: systemic sclerosis\n"),
            "profile.yaml:2:12: error: plan_date: expected a full date as YYYY-MM-DD, got "
            "\"2026-11\"\n");
}

TEST(ProfileErrorsTest, LastDoneIsADateNotAList) {
  EXPECT_EQ(Errors(ValidPlus("monitoring:\n  - test: echocardiogram\n"
                             "    last_done: [2026-01-01]\n")),
            "profile.yaml:9:16: error: monitoring[0].last_done: expected a full date as "
            "YYYY-MM-DD, got a list\n");
}

TEST(ProfileErrorsTest, DiagnosedAfterPlanDate) {
  EXPECT_EQ(Errors(ValidPlus("  diagnosed_on: 2027\n")),
            "profile.yaml:7:17: error: diagnosis.diagnosed_on: 2027 is after the plan date "
            "2026-11-24\n");
}

TEST(ProfileErrorsTest, StartedAfterPlanDate) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n"
                             "  - name: methotrexate\n"
                             "    started: 2026-12\n"
                             "    outcome: ongoing\n")),
            "profile.yaml:9:14: error: treatments[0].started: 2026-12 is after the plan date "
            "2026-11-24\n");
}

TEST(ProfileErrorsTest, BornAfterPlanDateGivenByOption) {
  LoadOptions options = Options();
  options.plan_date = Date(2000, 1, 1);  // --date overrides the profile's plan_date
  EXPECT_EQ(Errors("format: careplan/v1\nplan_date: 2026-11-24\npatient:\n  name: Ann\n"
                   "  date_of_birth: 2001-05-06\ndiagnosis:\n  condition: systemic sclerosis\n",
                   options),
            "profile.yaml:5:18: error: patient.date_of_birth: 2001-05-06 is after the plan date "
            "2000-01-01\n");
}

TEST(ProfileErrorsTest, LastDoneAfterTodayWhenThereIsNoPlanDate) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: Ann\ndiagnosis:\n"
                   "  condition: systemic sclerosis\n"
                   "monitoring:\n  - test: echocardiogram\n    last_done: 2026-11-25\n"),
            "profile.yaml:8:16: error: monitoring[0].last_done: 2026-11-25 is after the plan date "
            "2026-11-24\n"
            "  hint: the plan date is today unless plan_date: or --date gives another one\n");
}

TEST(ProfileErrorsTest, StoppedBeforeStarted) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n"
                             "  - name: methotrexate\n"
                             "    started: 2019-04\n"
                             "    stopped: 2019-01\n"
                             "    outcome: inadequate response\n")),
            "profile.yaml:10:14: error: treatments[0].stopped: 2019-01 is before started "
            "(2019-04)\n");
}

// --- Vocabularies and intervals --------------------------------------------------

TEST(ProfileErrorsTest, OutcomeNotInVocabulary) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n"
                             "  - name: methotrexate\n"
                             "    started: 2019-04\n"
                             "    outcome: worked\n")),
            "profile.yaml:10:14: error: treatments[0].outcome: expected one of ongoing, "
            "effective, partial response, inadequate response, intolerance, side effects or "
            "completed, got \"worked\"\n");
}

TEST(ProfileErrorsTest, OutcomeWithUnderscoreHasHint) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n"
                             "  - name: methotrexate\n"
                             "    started: 2019-04\n"
                             "    outcome: partial_response\n")),
            "profile.yaml:10:14: error: treatments[0].outcome: expected one of ongoing, "
            "effective, partial response, inadequate response, intolerance, side effects or "
            "completed, got \"partial_response\"\n"
            "  hint: did you mean \"partial response\"?\n");
}

TEST(ProfileErrorsTest, SubtypeTypo) {
  EXPECT_EQ(Errors(ValidPlus("  subtype: difuse cutaneous\n")),
            "profile.yaml:7:12: error: diagnosis.subtype: expected one of diffuse cutaneous, "
            "limited cutaneous, sine scleroderma or overlap, got \"difuse cutaneous\"\n"
            "  hint: did you mean \"diffuse cutaneous\"?\n");
}

TEST(ProfileErrorsTest, OrganTypo) {
  EXPECT_EQ(Errors(ValidPlus("  organ_involvement: [skin, lung]\n")),
            "profile.yaml:7:29: error: diagnosis.organ_involvement[1]: expected one of skin, "
            "lungs, heart, pulmonary_hypertension, kidneys, gastrointestinal, raynaud, "
            "digital_ulcers, joints or muscles, got \"lung\"\n"
            "  hint: did you mean \"lungs\"?\n");
}

TEST(ProfileErrorsTest, SmokingCapitalised) {
  EXPECT_EQ(Errors(ValidPlus("lifestyle:\n  smoking: Former\n")),
            "profile.yaml:8:12: error: lifestyle.smoking: expected one of current, former or "
            "never, got \"Former\"\n"
            "  hint: did you mean \"former\"?\n");
}

TEST(ProfileErrorsTest, PageSizeCapitalised) {
  EXPECT_EQ(Errors(ValidPlus("preferences:\n  page_size: Letter\n")),
            "profile.yaml:8:14: error: preferences.page_size: expected one of A4 or letter, got "
            "\"Letter\"\n"
            "  hint: did you mean \"letter\"?\n");
}

TEST(ProfileErrorsTest, IntervalOfZero) {
  EXPECT_EQ(Errors(ValidPlus("monitoring:\n  - test: echocardiogram\n    every: 0 months\n")),
            "profile.yaml:9:12: error: monitoring[0].every: an interval must be a whole number "
            "from 1 to 1000, got \"0 months\"\n");
}

TEST(ProfileErrorsTest, IntervalInWords) {
  EXPECT_EQ(Errors(ValidPlus("monitoring:\n  - test: echocardiogram\n    every: sometimes\n")),
            "profile.yaml:9:12: error: monitoring[0].every: expected an interval such as "
            "\"3 months\", \"2 weeks\", \"1 year\", weekly, monthly, quarterly or yearly, got "
            "\"sometimes\"\n");
}

TEST(ProfileErrorsTest, UnknownLanguage) {
  EXPECT_EQ(Errors(ValidPlus("language: fr\n")),
            "profile.yaml:7:11: error: language: unknown language \"fr\"; the available language "
            "is en\n");
}

TEST(ProfileErrorsTest, UnknownLanguageAmongSeveral) {
  LoadOptions options = Options();
  options.languages = {"en", "es", "fr"};
  EXPECT_EQ(Errors(ValidPlus("language: de\n"), options),
            "profile.yaml:7:11: error: language: unknown language \"de\"; the available "
            "languages are en, es and fr\n");
}

TEST(ProfileErrorsTest, UnknownGuide) {
  LoadOptions options = Options();
  options.guides = {"scleroderma-treatment-resistance"};
  EXPECT_EQ(Errors(ValidPlus("guide: scleroderma-treatment-resistence\n"), options),
            "profile.yaml:7:8: error: guide: unknown guide "
            "\"scleroderma-treatment-resistence\"; the available guide is "
            "scleroderma-treatment-resistance\n"
            "  hint: did you mean \"scleroderma-treatment-resistance\"?\n");
}

TEST(ProfileErrorsTest, PacketSectionsEmpty) {
  EXPECT_EQ(Errors("format: careplan/v1\npacket:\n  title: Group\n  sections: []\n"),
            "profile.yaml:4:13: error: packet.sections: the list is empty; write all, or list at "
            "least one guide section id\n");
}

TEST(ProfileErrorsTest, PacketSectionsNeitherAllNorList) {
  EXPECT_EQ(Errors("format: careplan/v1\npacket:\n  title: Group\n  sections: some\n"),
            "profile.yaml:4:13: error: packet.sections: expected all or a list of guide section "
            "ids, got \"some\"\n");
}

// --- Several problems at once ------------------------------------------------------

TEST(ProfileErrorsTest, EveryProblemOfAFileIsReportedInOneRun) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "plan_date: 2026-11-24\n"
                   "patient:\n"
                   "  name: Ann Lee\n"
                   "  date_of_birth: 1968-02-30\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"
                   "  subtype: difuse\n"
                   "  organ_involvment: [skin]\n"
                   "treatments:\n"
                   "  - name: methotrexate\n"
                   "    started: 2019-04\n"
                   "    outcome: worked\n"
                   "  - name: rituximab\n"
                   "    outcome: ongoing\n"
                   "monitoring:\n"
                   "  - test: echocardiogram\n"
                   "    every: sometimes\n"
                   "preferences:\n"
                   "  large_print: yes\n"),
            "profile.yaml:5:18: error: patient.date_of_birth: \"1968-02-30\" is not a real date "
            "(February 1968 has 29 days)\n"
            "profile.yaml:8:12: error: diagnosis.subtype: expected one of diffuse cutaneous, "
            "limited cutaneous, sine scleroderma or overlap, got \"difuse\"\n"
            "profile.yaml:9:3: error: diagnosis: unknown key \"organ_involvment\"\n"
            "  hint: did you mean \"organ_involvement\"?\n"
            "profile.yaml:13:14: error: treatments[0].outcome: expected one of ongoing, "
            "effective, partial response, inadequate response, intolerance, side effects or "
            "completed, got \"worked\"\n"
            "profile.yaml:14:5: error: treatments[1]: missing required key \"started\"\n"
            "profile.yaml:18:12: error: monitoring[0].every: expected an interval such as "
            "\"3 months\", \"2 weeks\", \"1 year\", weekly, monthly, quarterly or yearly, got "
            "\"sometimes\"\n"
            "profile.yaml:20:16: error: preferences.large_print: expected true or false, got "
            "\"yes\"\n"
            "  hint: did you mean true?\n");
}

TEST(ProfileErrorsTest, ErrorsInACrlfFileWithByteOrderMarkHaveTheRightColumns) {
  EXPECT_EQ(Errors("\xEF\xBB\xBF"
                   "format: careplan/v1\r\n"
                   "patient:\r\n"
                   "  name: Zo\xC3\xAB\r\n"
                   "diagnosis:\r\n"
                   "  condition: systemic sclerosis\r\n"
                   "  subtype: \"Zo\xC3\xAB's\"\r\n"
                   "  organ_involvement: [sk\xC3\xAEn, lungs]\r\n"),
            "profile.yaml:6:12: error: diagnosis.subtype: expected one of diffuse cutaneous, "
            "limited cutaneous, sine scleroderma or overlap, got \"Zo\xC3\xAB's\"\n"
            "profile.yaml:7:23: error: diagnosis.organ_involvement[0]: expected one of skin, "
            "lungs, heart, pulmonary_hypertension, kidneys, gastrointestinal, raynaud, "
            "digital_ulcers, joints or muscles, got \"sk\xC3\xAEn\"\n");
}

TEST(ProfileErrorsTest, ColumnsCountCharactersNotBytes) {
  EXPECT_EQ(Errors(ValidPlus("care_team:\n  - {role: Médecin généraliste, name: Zoë, émail: x}\n")),
            "profile.yaml:8:44: error: care_team[0]: unknown key \"émail\"\n"
            "  hint: did you mean \"email\"?\n");
}

}  // namespace
}  // namespace careplan::profile
