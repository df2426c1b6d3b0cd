// The monitoring schedule and the warning signs of every example patient,
// computed from the real rules: what a patient reads must be short, plain and
// said once. These fail when the rules or the plan bring back clinicians'
// notes, phase words, near-identical warning signs or ten-line table rows.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/data_paths.h"
#include "app/renderer.h"
#include "base/diagnostics.h"
#include "compose/schedule_pages.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

// A Why cell that wraps to more lines than this at the width of the A4
// column (30 to 36 characters) makes rows that fill half a page (clinicians'
// notes once made 13). The person's own notes from the profile are not
// counted: they are theirs.
constexpr size_t kWhyColumnCharacters = 30;
constexpr size_t kMaxWhyLines = 10;

const app::RenderResources& Resources() {
  static const app::RenderResources* resources = [] {
    Diagnostics diagnostics;
    auto loaded = app::RenderResources::Load({std::string(CAREPLAN_SOURCE_DIR) + "/templates",
                                              std::string(CAREPLAN_SOURCE_DIR) + "/fonts"},
                                             &diagnostics);
    EXPECT_TRUE(loaded) << FormatDiagnostics(diagnostics);
    return loaded.release();
  }();
  return *resources;
}

struct Example {
  std::string name;
  profile::Profile profile;
};

// Every patient profile in examples/ (packets have no schedule).
const std::vector<Example>& PatientExamples() {
  static const std::vector<Example>* examples = [] {
    auto* out = new std::vector<Example>;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(CAREPLAN_SOURCE_DIR) + "/examples")) {
      if (entry.path().extension() == ".yaml") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
      std::ifstream file(path);
      std::stringstream text;
      text << file.rdbuf();
      Diagnostics diagnostics;
      profile::LoadOptions options = Resources().MakeLoadOptions();
      options.today = Date(2026, 11, 24);
      auto profile = Resources().LoadProfile(text.str(), path.string(), options, &diagnostics);
      EXPECT_TRUE(profile) << FormatDiagnostics(diagnostics);
      if (profile && profile->kind == profile::ProfileKind::kPatient) {
        out->push_back({path.filename().string(), std::move(*profile)});
      }
    }
    return out;
  }();
  return *examples;
}

plan::CarePlan PlanFor(const Example& example) {
  Diagnostics diagnostics;
  plan::CarePlan plan = Resources().ComputePlan(example.profile, &diagnostics);
  EXPECT_FALSE(diagnostics.has_errors()) << FormatDiagnostics(diagnostics);
  return plan;
}

// Lines of `text` when wrapped greedily at `width` characters (bytes; the
// cells are mostly ASCII).
size_t WrappedLines(const std::string& text, size_t width) {
  size_t lines = 0;
  std::istringstream paragraphs(text);
  for (std::string paragraph; std::getline(paragraphs, paragraph);) {
    std::istringstream words(paragraph);
    size_t used = 0;
    ++lines;
    for (std::string word; words >> word;) {
      if (used > 0 && used + 1 + word.size() > width) {
        ++lines;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + word.size();
    }
  }
  return lines;
}

// The Why cell without the profile's own notes (its last lines).
std::string WhyWithoutOwnNotes(const std::string& why, const profile::Profile& profile) {
  std::string text = why;
  for (const profile::MonitoringEntry& entry : profile.monitoring) {
    if (entry.notes.empty()) continue;
    if (const size_t at = text.find(entry.notes); at != std::string::npos) {
      text.erase(at, entry.notes.size());
      continue;
    }
    // The note of a narrower test folded into a broader row, after its
    // name: "Cardiac MRI: part of the transplant work-up".
    std::string lowered = entry.notes;
    lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
    if (const size_t at = text.find(": " + lowered); at != std::string::npos) {
      const size_t line = text.rfind('\n', at);
      const size_t start = line == std::string::npos ? 0 : line;
      text.erase(start, at + 2 + lowered.size() - start);
    }
  }
  return text;
}

TEST(ScheduleExamplesTest, ThereAreExamplesToCheck) { EXPECT_GE(PatientExamples().size(), 5u); }

TEST(ScheduleExamplesTest, WhyCellsAreShortAndCarryNoWordsForClinicians) {
  std::vector<std::string> details;
  const content::Knowledge& knowledge = Resources().knowledge();
  auto collect = [&details](const std::vector<content::MonitoringRule>& rules) {
    for (const content::MonitoringRule& rule : rules) {
      if (!rule.detail.empty()) details.push_back(rule.detail);
    }
  };
  collect(knowledge.general_monitoring);
  for (const content::OrganRules& organ : knowledge.organs) collect(organ.monitoring);
  for (const content::MedicineInfo& medicine : knowledge.medicines) collect(medicine.monitoring);
  ASSERT_FALSE(details.empty());

  for (const Example& example : PatientExamples()) {
    const plan::CarePlan plan = PlanFor(example);
    for (const plan::ScheduledTest& test : plan.schedule.tests) {
      const std::string why = testing::Text(CheckCell(test));
      SCOPED_TRACE(example.name + ": " + test.name + ":\n" + why);
      for (const char* internal :
           {"maintenance", "first months (", "interval set by", "For: your care team",
            "everyone with scleroderma", ", once", "label", "guideline", "DETECT"}) {
        EXPECT_EQ(why.find(internal), std::string::npos) << internal;
      }
      for (const std::string& detail : details) {
        EXPECT_EQ(why.find(detail), std::string::npos) << detail;
      }
      EXPECT_LE(WrappedLines(WhyWithoutOwnNotes(why, example.profile), kWhyColumnCharacters),
                kMaxWhyLines);
    }
  }
}

TEST(ScheduleExamplesTest, RelatedTestsSayWhatTheyAreFor) {
  // Rows a patient could mix up (a blood count, the medicine safety bloods,
  // liver tests) each name their own reason, or say the care team asked.
  for (const Example& example : PatientExamples()) {
    const plan::CarePlan plan = PlanFor(example);
    for (const plan::ScheduledTest& test : plan.schedule.tests) {
      if (test.test_id != "blood_count" && test.test_id != "blood_monitoring" &&
          test.test_id != "liver_tests") {
        continue;
      }
      const std::string why = testing::Text(CheckCell(test));
      SCOPED_TRACE(example.name + ": " + test.name + ":\n" + why);
      EXPECT_TRUE(why.find("For: ") != std::string::npos ||
                  why.find("Your care team asked for it.") != std::string::npos);
    }
  }
}

// Lowercase words of a sign without the small words every sign shares.
std::set<std::string> ContentWords(const std::string& text) {
  static const std::set<std::string> kSmall = {
      "you", "your", "a",    "an",   "the", "or", "and", "have", "is", "are", "of",
      "to",  "if",   "when", "with", "in",  "it", "get", "very", "do", "not", "be"};
  std::set<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      if (!word.empty() && !kSmall.count(word)) words.insert(word);
      word.clear();
    }
  }
  return words;
}

// The share of the smaller sign's words that the other sign also has.
double Overlap(const std::string& a, const std::string& b) {
  const std::set<std::string> wa = ContentWords(a);
  const std::set<std::string> wb = ContentWords(b);
  if (wa.empty() || wb.empty()) return 0;
  size_t shared = 0;
  for (const std::string& word : wa) shared += wb.count(word);
  return static_cast<double>(shared) / static_cast<double>(std::min(wa.size(), wb.size()));
}

TEST(ScheduleExamplesTest, EachWarningSignIsSaidOnceAndReadsAsASign) {
  for (const Example& example : PatientExamples()) {
    const plan::CarePlan plan = PlanFor(example);
    for (size_t i = 0; i < plan.warnings.size(); ++i) {
      const std::string& sign = plan.warnings[i].text;
      SCOPED_TRACE(example.name + ": " + sign);
      // The box title already says what to do ("Call your care team the
      // same day if…"); the sign finishes that sentence.
      for (const char* lead : {"Call ", "Get emergency", "Tell your care team", "Go to"}) {
        EXPECT_NE(sign.rfind(lead, 0), 0u) << lead;
      }
      for (size_t j = i + 1; j < plan.warnings.size(); ++j) {
        EXPECT_NE(sign, plan.warnings[j].text);
        EXPECT_LT(Overlap(sign, plan.warnings[j].text), 0.6) << plan.warnings[j].text;
      }
    }
  }
}

TEST(ScheduleExamplesTest, EveryUrgentMedicineWarningHasASign) {
  for (const content::MedicineInfo& medicine : Resources().knowledge().medicines) {
    for (const content::WarningRule& warning : medicine.warnings) {
      if (warning.urgency == content::Urgency::kInfo) continue;
      EXPECT_FALSE(warning.sign.empty()) << medicine.id << ": " << warning.text;
    }
  }
}

// The yearly PAH review is screening: it looks for PAH in people not known to
// have it. Someone with PAH (Dimitris) must not be told it is "to find it
// early"; everyone else must get it.
TEST(ScheduleExamplesTest, PahScreeningOnlyForPeopleWithoutPah) {
  size_t with_pah = 0;
  for (const Example& example : PatientExamples()) {
    SCOPED_TRACE(example.name);
    const auto& organs = example.profile.diagnosis.organ_involvement;
    const bool has_pah =
        std::find(organs.begin(), organs.end(), "pulmonary_hypertension") != organs.end();
    with_pah += has_pah ? 1 : 0;
    const plan::CarePlan plan = PlanFor(example);
    const bool screened = std::any_of(
        plan.schedule.tests.begin(), plan.schedule.tests.end(),
        [](const plan::ScheduledTest& test) { return test.test_id == "pah_risk_review"; });
    EXPECT_EQ(screened, !has_pah);
  }
  EXPECT_GE(with_pah, 1u);  // an example with PAH exists, so the test can fail
}

}  // namespace
}  // namespace careplan::compose
