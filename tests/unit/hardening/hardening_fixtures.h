// Shared by the hardening tests: the real templates and fonts loaded once,
// a valid profile to build on, and the stress profile of maximal lists
// (every list at its limit, every note at its length limit).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/data_paths.h"
#include "app/renderer.h"
#include "base/diagnostics.h"
#include "profile/profile_limits.h"

namespace careplan::hardening {

inline app::DataPaths RealDataPaths() {
  return {std::string(CAREPLAN_SOURCE_DIR) + "/templates",
          std::string(CAREPLAN_SOURCE_DIR) + "/fonts"};
}

// The real guides, rules and fonts, loaded once for every test.
inline const app::RenderResources& Resources() {
  static const app::RenderResources* resources = [] {
    Diagnostics diagnostics;
    auto loaded = app::RenderResources::Load(RealDataPaths(), &diagnostics);
    EXPECT_TRUE(loaded) << FormatDiagnostics(diagnostics);
    return loaded.release();
  }();
  return *resources;
}

inline profile::LoadOptions Options() {
  profile::LoadOptions options = Resources().MakeLoadOptions();
  options.today = Date(2026, 11, 24);
  return options;
}

// A valid patient profile of six lines; tests append from line 7 on.
inline const std::string kValid =
    "format: careplan/v1\n"
    "plan_date: 2026-11-24\n"
    "patient:\n"
    "  name: Ann Lee\n"
    "diagnosis:\n"
    "  condition: systemic sclerosis\n";

// Plain words, `chars` characters long (no line breaks), different for each seed.
inline std::string Words(size_t chars, unsigned seed) {
  static const char* const kWords[] = {
      "the",   "tablets", "made", "breathing", "easier", "but",   "nausea", "came",   "back",
      "every", "week",    "so",   "dose",      "was",    "lower", "after",  "review", "nurse"};
  std::string text;
  for (unsigned i = seed; text.size() < chars; i = i * 7 + 3) {
    if (!text.empty()) text += ' ';
    text += kWords[i % (sizeof kWords / sizeof kWords[0])];
  }
  text.resize(chars);
  if (text.back() == ' ') text.back() = 'x';
  return text;
}

// The largest profile the loader accepts in kind: 50 care team entries,
// 200 treatments and 200 monitoring entries with 2,000-character notes, 50
// goals and 20,000 characters of notes; just under the 1 MiB file limit.
inline std::string MaximalProfile(const std::string& preferences = "") {
  using namespace profile;
  static const char* const kMedicines[] = {"methotrexate",     "mycophenolate mofetil",
                                           "cyclophosphamide", "rituximab",
                                           "tocilizumab",      "nintedanib",
                                           "omeprazole",       "nifedipine"};
  static const char* const kTests[] = {"pulmonary function tests",
                                       "echo",
                                       "liver function tests",
                                       "blood count",
                                       "hrct",
                                       "home bp",
                                       "creatinine",
                                       "ecg"};
  std::string yaml = kValid +
                     "  subtype: diffuse cutaneous\n"
                     "  diagnosed_on: 2004-11\n"
                     "  organ_involvement: [skin, lungs, heart, pulmonary_hypertension, kidneys,\n"
                     "    gastrointestinal, raynaud, digital_ulcers, joints, muscles]\n"
                     "care_team:\n";
  for (size_t i = 0; i < kMaxCareTeam; ++i) {
    yaml += "  - role: Specialist " + std::to_string(i) + "\n    name: Dr. Person " +
            std::to_string(i) + "\n    notes: " + Words(kMaxEntryNotesChars - 500, i) + "\n";
  }
  yaml += "treatments:\n";
  for (size_t i = 0; i < kMaxTreatments; ++i) {
    const std::string year = std::to_string(2005 + i % 20);
    yaml += std::string("  - name: ") + kMedicines[i % 8] + "\n    started: " + year +
            "-01\n    stopped: " + year + "-06\n    outcome: inadequate response\n    notes: " +
            Words(kMaxEntryNotesChars, 100 + i) + "\n";
  }
  yaml += "monitoring:\n";
  for (size_t i = 0; i < kMaxMonitoring; ++i) {
    yaml += std::string("  - test: ") + kTests[i % 8] +
            "\n    last_done: 2026-09-10\n    every: " + std::to_string(1 + i % 12) +
            " months\n    notes: " + Words(kMaxEntryNotesChars, 1000 + i) + "\n";
  }
  yaml += "lifestyle:\n  goals:\n";
  for (size_t i = 0; i < kMaxGoals; ++i) yaml += "    - " + Words(200, 3000 + i) + "\n";
  yaml += "notes: " + Words(kMaxNotesChars, 42) + "\n" + preferences;
  return yaml;
}

}  // namespace careplan::hardening
