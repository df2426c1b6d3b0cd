// Every limit in profile/profile_limits.h, at the limit and one past it: at
// the limit the profile loads; one past, it does not, and the error names
// the field, the size found and the limit. (profile_errors_test.cc asserts
// the full text of some of these; this file makes sure none is missing.)
#include "profile/profile_limits.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "profile/profile_loader.h"
#include "unit/hardening/hardening_fixtures.h"

namespace careplan::hardening {
namespace {

using namespace profile;

struct LimitCase {
  const char* name;
  size_t limit;
  std::function<std::string(size_t)> profile_of_size;  // a profile with `n` of the thing
  std::string error;  // the error for limit + 1, "{n}" standing for limit + 1
};

std::string Repeat(size_t n, const std::string& item) {
  std::string text;
  for (size_t i = 0; i < n; ++i) text += item;
  return text;
}

std::string Chars(size_t n) { return Words(n, static_cast<unsigned>(n)); }

std::string ReplaceN(std::string text, size_t n) {
  const size_t at = text.find("{n}");
  if (at != std::string::npos) text.replace(at, 3, std::to_string(n));
  return text;
}

std::vector<LimitCase> Cases() {
  const std::string organs[] = {"skin",    "lungs",
                                "heart",   "pulmonary_hypertension",
                                "kidneys", "gastrointestinal",
                                "raynaud", "digital_ulcers",
                                "joints",  "muscles"};
  return {
      {"patient.name", kMaxPersonNameChars,
       [](size_t n) {
         return "format: careplan/v1\npatient:\n  name: " + Chars(n) +
                "\ndiagnosis:\n  condition: systemic sclerosis\n";
       },
       "patient.name: {n} characters; the limit is 120 characters"},
      {"patient.preferred_name", kMaxPersonNameChars,
       [](size_t n) {
         return "format: careplan/v1\npatient:\n  name: Ann\n  preferred_name: " + Chars(n) +
                "\ndiagnosis:\n  condition: systemic sclerosis\n";
       },
       "patient.preferred_name: {n} characters; the limit is 120 characters"},
      {"a one-line field", kMaxLineChars,
       [](size_t n) { return kValid + "care_team:\n  - {role: " + Chars(n) + ", name: Bo}\n"; },
       "care_team[0].role: {n} characters; the limit is 2000 characters"},
      {"notes of an entry", kMaxEntryNotesChars,
       [](size_t n) {
         return kValid +
                "treatments:\n  - name: methotrexate\n    started: 2019\n    outcome: ongoing\n    "
                "notes: " +
                Chars(n) + "\n";
       },
       "treatments[0].notes: {n} characters; the limit is 2000 characters"},
      {"notes", kMaxNotesChars, [](size_t n) { return kValid + "notes: " + Chars(n) + "\n"; },
       "notes: {n} characters; the limit is 20000 characters"},
      {"a guide section id", kMaxIdChars,
       [](size_t n) {
         return kValid + "preferences:\n  exclude_sections: [" + std::string(n, 'a') + "]\n";
       },
       "preferences.exclude_sections[0]: {n} characters; the limit is 100 characters"},
      {"care_team", kMaxCareTeam,
       [](size_t n) { return kValid + "care_team:\n" + Repeat(n, "  - {role: GP, name: Bo}\n"); },
       "care_team: {n} entries; the limit is 50 entries"},
      {"treatments", kMaxTreatments,
       [](size_t n) {
         return kValid + "treatments:\n" +
                Repeat(n, "  - {name: methotrexate, started: 2019, outcome: ongoing}\n");
       },
       "treatments: {n} entries; the limit is 200 entries"},
      {"planned", kMaxPlanned,
       [](size_t n) { return kValid + "planned:\n" + Repeat(n, "  - {name: rituximab}\n"); },
       "planned: {n} entries; the limit is 50 entries"},
      {"monitoring", kMaxMonitoring,
       [](size_t n) { return kValid + "monitoring:\n" + Repeat(n, "  - {test: echo}\n"); },
       "monitoring: {n} entries; the limit is 200 entries"},
      {"lifestyle.goals", kMaxGoals,
       [](size_t n) { return kValid + "lifestyle:\n  goals:\n" + Repeat(n, "    - Walk\n"); },
       "lifestyle.goals: {n} entries; the limit is 50 entries"},
      {"diagnosis.organ_involvement", kMaxOrgans,
       [organs](size_t n) {
         std::string list;
         for (size_t i = 0; i < n; ++i) list += (i ? ", " : "") + organs[i % 10];
         return kValid + "  organ_involvement: [" + list + "]\n";
       },
       "diagnosis.organ_involvement: {n} entries; the limit is 30 entries"},
      {"preferences.include_sections", kMaxSectionIds,
       [](size_t n) {
         return kValid + "preferences:\n  include_sections:\n" +
                Repeat(n, "    - clinical-trials\n");
       },
       "preferences.include_sections: {n} entries; the limit is 100 entries"},
  };
}

TEST(ProfileLimitsTest, EveryLengthAndListLimit) {
  for (const LimitCase& c : Cases()) {
    SCOPED_TRACE(c.name);
    Diagnostics at;
    EXPECT_TRUE(LoadProfile(c.profile_of_size(c.limit), "p.yaml", Options(), &at))
        << FormatDiagnostics(at);
    Diagnostics over;
    EXPECT_FALSE(LoadProfile(c.profile_of_size(c.limit + 1), "p.yaml", Options(), &over));
    const std::string errors = FormatDiagnostics(over);
    EXPECT_NE(errors.find(": error: " + ReplaceN(c.error, c.limit + 1) + "\n"), std::string::npos)
        << errors;
    EXPECT_EQ(over.error_count(), 1) << errors;
  }
}

TEST(ProfileLimitsTest, FileSize) {
  std::string yaml = kValid + "notes: |\n";
  while (yaml.size() < kMaxFileBytes - 100) yaml += "  " + Words(97, yaml.size()) + "\n";
  yaml.resize(kMaxFileBytes - 1);
  yaml += "\n";
  Diagnostics at;
  LoadProfile(yaml, "p.yaml", Options(), &at);
  EXPECT_EQ(FormatDiagnostics(at).find("bytes; the limit is"), std::string::npos);
  Diagnostics over;
  EXPECT_FALSE(LoadProfile(yaml + "\n", "p.yaml", Options(), &over));
  EXPECT_EQ(FormatDiagnostics(over),
            "p.yaml: error: file is 1048577 bytes; the limit is 1048576 bytes (1 MiB)\n");
}

TEST(ProfileLimitsTest, Nesting) {
  const auto nested = [](int depth) {
    return kValid + "notes: " + std::string(depth - 1, '[') + std::string(depth - 1, ']') + "\n";
  };
  Diagnostics at;
  LoadProfile(nested(kMaxNestingDepth), "p.yaml", Options(), &at);
  EXPECT_EQ(FormatDiagnostics(at).find("levels deep"), std::string::npos) << FormatDiagnostics(at);
  Diagnostics over;
  EXPECT_FALSE(LoadProfile(nested(kMaxNestingDepth + 1), "p.yaml", Options(), &over));
  EXPECT_NE(FormatDiagnostics(over).find(
                "error: nesting is more than 32 levels deep here; the limit is 32 levels\n"),
            std::string::npos)
      << FormatDiagnostics(over);
}

TEST(ProfileLimitsTest, YamlValues) {
  const auto values = [](size_t n) {
    std::string yaml = "x: [1";  // the mapping, the key and the list are 3 values
    for (size_t i = 1; i < n - 3; ++i) yaml += ",1";
    return yaml + "]\n";
  };
  Diagnostics at;
  LoadProfile(values(kMaxYamlValues), "p.yaml", Options(), &at);
  EXPECT_EQ(FormatDiagnostics(at).find("values; the limit is"), std::string::npos);
  Diagnostics over;
  LoadProfile(values(kMaxYamlValues + 1), "p.yaml", Options(), &over);
  EXPECT_NE(FormatDiagnostics(over).find(
                "error: the file has more than 100000 values; the limit is 100000\n"),
            std::string::npos)
      << FormatDiagnostics(over).substr(0, 500);
}

TEST(ProfileLimitsTest, ErrorsPerFile) {
  const auto unknown_keys = [](int n) {
    std::string yaml = kValid;
    for (int i = 0; i < n; ++i) yaml += "x" + std::to_string(i) + ": 1\n";
    return yaml;
  };
  Diagnostics at;
  LoadProfile(unknown_keys(kMaxErrorsPerFile), "p.yaml", Options(), &at);
  EXPECT_EQ(at.error_count(), kMaxErrorsPerFile);
  Diagnostics over;
  LoadProfile(unknown_keys(kMaxErrorsPerFile + 1), "p.yaml", Options(), &over);
  EXPECT_EQ(over.error_count(), kMaxErrorsPerFile + 1);  // 100 and the summary
  EXPECT_NE(
      FormatDiagnostics(over).find("p.yaml: error: 101 errors; only the first 100 are shown\n"),
      std::string::npos);
}

TEST(ProfileLimitsTest, IntervalsAndDates) {
  const auto every = [](const std::string& interval) {
    return kValid + "monitoring:\n  - {test: echo, every: " + interval + "}\n";
  };
  Diagnostics at;
  EXPECT_TRUE(LoadProfile(every("1000 years"), "p.yaml", Options(), &at)) << FormatDiagnostics(at);
  Diagnostics over;
  EXPECT_FALSE(LoadProfile(every("1001 years"), "p.yaml", Options(), &over));
  EXPECT_NE(FormatDiagnostics(over).find("an interval must be a whole number from 1 to 1000"),
            std::string::npos)
      << FormatDiagnostics(over);

  const auto plan_date = [](const std::string& date) {
    std::string yaml = kValid;
    yaml.replace(yaml.find("2026-11-24"), 10, date);
    return yaml;
  };
  for (const char* date : {"0001-01-01", "9999-12-31"}) {
    Diagnostics diagnostics;
    EXPECT_TRUE(LoadProfile(plan_date(date), "p.yaml", Options(), &diagnostics))
        << FormatDiagnostics(diagnostics);
  }
  for (const char* date : {"0000-12-31", "10000-01-01"}) {
    Diagnostics diagnostics;
    EXPECT_FALSE(LoadProfile(plan_date(date), "p.yaml", Options(), &diagnostics)) << date;
  }
}

}  // namespace
}  // namespace careplan::hardening
