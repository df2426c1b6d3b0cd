// The additions to careplan/v1 (profile format, "Additions"): each new field
// read with its value, each bad value reported FILE:LINE:COLUMN with a "did
// you mean" for closed lists, and every new key in `careplan schema`.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "profile/home_levels.h"
#include "profile/profile_loader.h"
#include "profile/profile_schema.h"
#include "testutil/vocabulary.h"

namespace careplan::profile {
namespace {

LoadOptions Options() {
  LoadOptions options = testutil::WithBundledVocabulary();
  options.today = Date(2026, 11, 24);
  return options;
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

Profile Load(std::string_view yaml, const LoadOptions& options = Options()) {
  Diagnostics diagnostics;
  std::optional<Profile> profile = LoadProfile(yaml, "profile.yaml", options, &diagnostics);
  EXPECT_EQ(FormatDiagnostics(diagnostics), "");
  EXPECT_TRUE(profile.has_value());
  return profile ? *profile : Profile{};
}

std::string Errors(std::string_view yaml) {
  Diagnostics diagnostics;
  const std::optional<Profile> profile = LoadProfile(yaml, "profile.yaml", Options(), &diagnostics);
  EXPECT_EQ(profile.has_value(), !diagnostics.has_errors());
  return FormatDiagnostics(diagnostics);
}

// --- Good values ---------------------------------------------------------------

TEST(ProfileAdditionsTest, EveryAdditionIsRead) {
  const Profile profile = Load(
      "format: careplan/v1\n"
      "plan_date: 2026-11-24\n"
      "emergency_number: \"999\"\n"
      "previous_plan_date: 2026-08-12\n"
      "patient:\n"
      "  name: Ann Lee\n"
      "  sex: female\n"
      "  pregnancy: planning\n"
      "  interpreter: Vietnamese\n"
      "  caregiver:\n"
      "    name: Minh Tran\n"
      "    relation: son\n"
      "    phone: \"+44 7700 900123\"\n"
      "diagnosis:\n"
      "  condition: systemic sclerosis\n"
      "  antibodies: [rna_polymerase_iii, Scl-70]\n"
      "care_team:\n"
      "  - role: Nurse line\n"
      "    name: Nurse advice line\n"
      "    hours: Weekdays 8am to 4pm\n"
      "    out_of_hours: true\n"
      "treatments:\n"
      "  - name: prednisolone\n"
      "    started: 2026-06\n"
      "    outcome: ongoing\n"
      "    changed_on: 2026-10-01\n"
      "monitoring:\n"
      "  - test: pulmonary function tests\n"
      "    booked: 2026-12-10\n"
      "allergies:\n"
      "  - substance: penicillin\n"
      "    reaction: rash\n"
      "other_medicines:\n"
      "  - name: glyceryl trinitrate spray\n"
      "    dose: as needed\n"
      "    notes: For angina\n"
      "appointments:\n"
      "  - date: 2026-12-15\n"
      "    time: \"10:30\"\n"
      "    with: Rheumatology clinic\n"
      "    place: Outpatients\n"
      "home_monitoring:\n"
      "  - measure: blood_pressure\n"
      "    every: 2 days\n"
      "    usual: 125/80\n"
      "    act_at: 140/90\n"
      "    action: Check again after 15 minutes.\n"
      "    call: nurse line\n"
      "preferences:\n"
      "  guide_sections: none\n");
  EXPECT_EQ(profile.emergency_number, "999");
  EXPECT_EQ(profile.emergency_number_loc.line, 3);
  EXPECT_EQ(profile.previous_plan_date, Date(2026, 8, 12));
  EXPECT_EQ(profile.patient.sex, Sex::kFemale);
  EXPECT_EQ(profile.patient.pregnancy, Pregnancy::kPlanning);
  EXPECT_EQ(profile.patient.interpreter, "Vietnamese");
  ASSERT_TRUE(profile.patient.caregiver);
  EXPECT_EQ(profile.patient.caregiver->name, "Minh Tran");
  EXPECT_EQ(profile.patient.caregiver->relation, "son");
  EXPECT_EQ(profile.patient.caregiver->phone, "+44 7700 900123");
  EXPECT_EQ(profile.diagnosis.antibodies,
            (std::vector<std::string>{"rna_polymerase_iii", "scl70"}));
  EXPECT_EQ(profile.care_team[0].hours, "Weekdays 8am to 4pm");
  EXPECT_TRUE(profile.care_team[0].out_of_hours);
  ASSERT_TRUE(profile.treatments[0].changed_on);
  EXPECT_EQ(profile.treatments[0].changed_on->Iso(), "2026-10-01");
  EXPECT_EQ(profile.monitoring[0].booked, Date(2026, 12, 10));
  ASSERT_EQ(profile.allergies.list.size(), 1u);
  EXPECT_TRUE(profile.allergies.recorded);
  EXPECT_EQ(profile.allergies.list[0].substance, "penicillin");
  EXPECT_EQ(profile.allergies.list[0].reaction, "rash");
  ASSERT_EQ(profile.other_medicines.size(), 1u);
  EXPECT_EQ(profile.other_medicines[0].name, "glyceryl trinitrate spray");
  EXPECT_EQ(profile.other_medicines[0].dose, "as needed");
  EXPECT_EQ(profile.other_medicines[0].notes, "For angina");
  EXPECT_EQ(profile.other_medicines[0].loc.line, 34);
  ASSERT_EQ(profile.appointments.size(), 1u);
  EXPECT_EQ(profile.appointments[0].date, Date(2026, 12, 15));
  EXPECT_EQ(profile.appointments[0].time, "10:30");
  EXPECT_EQ(profile.appointments[0].with, "Rheumatology clinic");
  EXPECT_EQ(profile.appointments[0].place, "Outpatients");
  ASSERT_EQ(profile.home_monitoring.size(), 1u);
  const HomeMonitoring& home = profile.home_monitoring[0];
  EXPECT_EQ(home.measure, HomeMeasure::kBloodPressure);
  EXPECT_EQ(home.every->Display(), "every 2 days");
  EXPECT_EQ(home.usual, "125/80");
  EXPECT_EQ(home.act_at, "140/90");
  EXPECT_EQ(home.call, "nurse line");
  EXPECT_EQ(profile.preferences.guide_sections, GuideSections::kNone);
}

TEST(ProfileAdditionsTest, AbsentAdditionsKeepTheOldMeaning) {
  const Profile profile = Load(kValid);
  EXPECT_EQ(profile.emergency_number, "");
  EXPECT_FALSE(profile.patient.sex);
  EXPECT_FALSE(profile.patient.pregnancy);
  EXPECT_FALSE(profile.allergies.recorded);
  EXPECT_EQ(profile.preferences.guide_sections, GuideSections::kRelevant);
}

TEST(ProfileAdditionsTest, AllergiesNoneIsNoKnownAllergies) {
  const Profile profile = Load(ValidPlus("allergies: none\n"));
  EXPECT_TRUE(profile.allergies.none());
}

TEST(ProfileAdditionsTest, VocabulariesMatchInAnyCaseAndByAlias) {
  const Profile profile =
      Load(ValidPlus("  antibodies: [RNA polymerase III, topoisomerase I, ACA]\n"
                     "home_monitoring:\n"
                     "  - measure: SpO2\n"
                     "    act_at: 92%\n"));
  EXPECT_EQ(profile.diagnosis.antibodies,
            (std::vector<std::string>{"rna_polymerase_iii", "scl70", "centromere"}));
  EXPECT_EQ(profile.home_monitoring[0].measure, HomeMeasure::kOxygenSaturation);
}

TEST(ProfileAdditionsTest, GuideSectionsOptionOverridesTheProfile) {
  LoadOptions options = Options();
  options.guide_sections = GuideSections::kAll;
  const Profile profile = Load(ValidPlus("preferences:\n  guide_sections: none\n"), options);
  EXPECT_EQ(profile.preferences.guide_sections, GuideSections::kAll);
}

TEST(ProfileAdditionsTest, PacketTakesEmergencyNumberAndGuideSections) {
  const Profile profile = Load(
      "format: careplan/v1\n"
      "emergency_number: \"112\"\n"
      "packet:\n"
      "  title: Living with scleroderma\n"
      "preferences:\n"
      "  guide_sections: all\n");
  EXPECT_EQ(profile.emergency_number, "112");
  EXPECT_EQ(profile.preferences.guide_sections, GuideSections::kAll);
}

// --- Bad values ----------------------------------------------------------------

TEST(ProfileAdditionsTest, UnknownSexHasDidYouMean) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: Ann\n  sex: femal\n"
                   "diagnosis:\n  condition: ssc\n"),
            "profile.yaml:4:8: error: patient.sex: expected one of female, male or other, got "
            "\"femal\"\n"
            "  hint: did you mean \"female\"?\n");
}

TEST(ProfileAdditionsTest, UnknownPregnancyHasDidYouMean) {
  EXPECT_EQ(Errors("format: careplan/v1\npatient:\n  name: Ann\n  pregnancy: not_posible\n"
                   "diagnosis:\n  condition: ssc\n"),
            "profile.yaml:4:14: error: patient.pregnancy: expected one of possible, "
            "not_possible, pregnant, planning or breastfeeding, got \"not_posible\"\n"
            "  hint: did you mean \"not_possible\"?\n");
}

TEST(ProfileAdditionsTest, UnknownAntibodyHasDidYouMean) {
  EXPECT_EQ(Errors(ValidPlus("  antibodies: [centromer]\n")),
            "profile.yaml:7:16: error: diagnosis.antibodies[0]: expected one of scl70, "
            "centromere, rna_polymerase_iii, u1_rnp, pm_scl, th_to, u3_rnp or other, got "
            "\"centromer\"\n"
            "  hint: did you mean \"centromere\"?\n");
}

TEST(ProfileAdditionsTest, UnknownMeasureAndGuideSections) {
  EXPECT_EQ(Errors(ValidPlus("home_monitoring:\n  - measure: wieght\n"
                             "preferences:\n  guide_sections: relevent\n")),
            "profile.yaml:8:14: error: home_monitoring[0].measure: expected one of "
            "blood_pressure, weight, oxygen_saturation or temperature, got \"wieght\"\n"
            "  hint: did you mean \"weight\"?\n"
            "profile.yaml:10:19: error: preferences.guide_sections: expected one of relevant, "
            "none or all, got \"relevent\"\n"
            "  hint: did you mean \"relevant\"?\n");
}

TEST(ProfileAdditionsTest, UnknownKeyInNewMappingHasDidYouMean) {
  EXPECT_EQ(Errors(ValidPlus("allergies:\n  - substance: latex\n    reacton: hives\n")),
            "profile.yaml:9:5: error: allergies[0]: unknown key \"reacton\"\n"
            "  hint: did you mean \"reaction\"?\n");
}

TEST(ProfileAdditionsTest, AllergiesWordOtherThanNone) {
  const std::string errors = Errors(ValidPlus("allergies: nil\n"));
  EXPECT_NE(errors.find("profile.yaml:7:12: error: allergies: expected none or a list"),
            std::string::npos)
      << errors;
}

TEST(ProfileAdditionsTest, BadAppointmentDateAndTime) {
  const std::string errors = Errors(
      ValidPlus("appointments:\n  - date: 2026-02-30\n    time: \"25:00\"\n    with: Clinic\n"));
  EXPECT_NE(errors.find("profile.yaml:8:11: error: appointments[0].date: \"2026-02-30\" is not "
                        "a real date"),
            std::string::npos)
      << errors;
  EXPECT_NE(errors.find("profile.yaml:9:11: error: appointments[0].time: expected a time as "
                        "HH:MM (24-hour clock), got \"25:00\"\n"
                        "  hint: write it in quotes, such as time: \"09:30\"\n"),
            std::string::npos)
      << errors;
}

TEST(ProfileAdditionsTest, PreviousPlanDateMustBeBeforeThePlanDate) {
  EXPECT_EQ(Errors("format: careplan/v1\nplan_date: 2026-11-24\nprevious_plan_date: 2026-12-01\n"
                   "patient:\n  name: Ann\ndiagnosis:\n  condition: ssc\n"),
            "profile.yaml:3:21: error: previous_plan_date: 2026-12-01 is not before the plan "
            "date 2026-11-24\n");
}

TEST(ProfileAdditionsTest, ChangedOnBeforeStarted) {
  EXPECT_EQ(Errors(ValidPlus("treatments:\n  - name: prednisolone\n    started: 2026-06\n"
                             "    outcome: ongoing\n    changed_on: 2026-01\n")),
            "profile.yaml:11:17: error: treatments[0].changed_on: 2026-01 is before started "
            "(2026-06)\n");
}

TEST(ProfileAdditionsTest, BadLevelsAndUnknownRole) {
  EXPECT_EQ(Errors(ValidPlus("care_team:\n  - role: Nurse line\n    name: Nurses\n"
                             "home_monitoring:\n  - measure: blood_pressure\n"
                             "    act_at: 140 over 90\n    call: Nurse lines\n")),
            "profile.yaml:12:13: error: home_monitoring[0].act_at: expected blood pressure as "
            "SYS/DIA, such as 140/90 (systolic 50 to 300, above the diastolic), got \"140 over "
            "90\"\n"
            "profile.yaml:13:11: error: home_monitoring[0].call: \"Nurse lines\" is not a role "
            "in care_team; the roles are Nurse line\n"
            "  hint: did you mean \"Nurse line\"?\n");
}

TEST(ProfileAdditionsTest, MeasureListedTwice) {
  const std::string errors =
      Errors(ValidPlus("home_monitoring:\n  - measure: weight\n  - measure: weight\n"));
  EXPECT_NE(errors.find("profile.yaml:9:14: error: home_monitoring[1].measure: weight is "
                        "already in home_monitoring"),
            std::string::npos)
      << errors;
}

TEST(ProfileAdditionsTest, PatientOnlyKeysInAPacket) {
  const std::string errors = Errors("format: careplan/v1\npacket:\n  title: T\nallergies: none\n");
  EXPECT_NE(errors.find("profile.yaml:4:1: error: allergies: only patient profiles have this "
                        "key"),
            std::string::npos)
      << errors;
}

// --- Levels ------------------------------------------------------------------

TEST(HomeLevelsTest, ChecksEachMeasure) {
  EXPECT_EQ(LevelProblem("140/90", HomeMeasure::kBloodPressure), "");
  EXPECT_EQ(LevelProblem("140 / 90 mmHg", HomeMeasure::kBloodPressure), "");
  EXPECT_NE(LevelProblem("90/140", HomeMeasure::kBloodPressure), "");
  EXPECT_EQ(LevelProblem("92%", HomeMeasure::kOxygenSaturation), "");
  EXPECT_NE(LevelProblem("920%", HomeMeasure::kOxygenSaturation), "");
  EXPECT_EQ(LevelProblem("38.0 C", HomeMeasure::kTemperature), "");
  EXPECT_NE(LevelProblem("100.4 F", HomeMeasure::kTemperature), "");
  EXPECT_EQ(LevelProblem("2 kg in 3 days", HomeMeasure::kWeight), "");
}

// --- Schema --------------------------------------------------------------------

TEST(ProfileAdditionsTest, SchemaHasEveryNewField) {
  const std::string schema = ProfileJsonSchema(testutil::BundledVocabulary().get());
  for (const char* key : {"\"emergency_number\"",
                          "\"previous_plan_date\"",
                          "\"sex\"",
                          "\"pregnancy\"",
                          "\"interpreter\"",
                          "\"caregiver\"",
                          "\"relation\"",
                          "\"allergies\"",
                          "\"substance\"",
                          "\"reaction\"",
                          "\"antibodies\"",
                          "\"rna_polymerase_iii\"",
                          "\"hours\"",
                          "\"out_of_hours\"",
                          "\"changed_on\"",
                          "\"other_medicines\"",
                          "\"appointments\"",
                          "\"booked\"",
                          "\"home_monitoring\"",
                          "\"act_at\"",
                          "\"usual\"",
                          "\"action\"",
                          "\"call\"",
                          "\"guide_sections\"",
                          "\"breastfeeding\"",
                          "\"oxygen_saturation\""}) {
    EXPECT_NE(schema.find(key), std::string::npos) << key;
  }
  EXPECT_NE(schema.find("\"const\": \"none\""), std::string::npos);
}

}  // namespace
}  // namespace careplan::profile
