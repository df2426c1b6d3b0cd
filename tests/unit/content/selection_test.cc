// SelectSections on the examples and on small profiles; include/exclude,
// packets, unknown ids; CheckNamesAgainstKnowledge warnings.
#include "content/selection.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "content_fixtures.h"

namespace careplan::content {
namespace {

using testing::ProfileFromFile;
using testing::ProfileFromText;
using testing::ShippedGuide;
using testing::ShippedKnowledge;

std::vector<std::string> Ids(const std::vector<SelectedSection>& selected) {
  std::vector<std::string> ids;
  for (const SelectedSection& entry : selected) ids.push_back(entry.section->id);
  return ids;
}

// Selects for a profile; `diagnostics` gets the selection's problems.
std::vector<SelectedSection> Select(const profile::Profile& profile, Diagnostics* diagnostics) {
  return SelectSections(profile, MakePersonFacts(profile, ShippedKnowledge()), ShippedGuide(),
                        diagnostics);
}

std::vector<std::string> SelectIds(const profile::Profile& profile) {
  Diagnostics diagnostics;
  auto selected = Select(profile, &diagnostics);
  EXPECT_EQ(FormatDiagnostics(diagnostics), "");
  return Ids(selected);
}

std::vector<std::string> ExampleSections(const std::string& name) {
  return SelectIds(ProfileFromFile(std::string(CAREPLAN_SOURCE_DIR) + "/examples/" + name));
}

// A small patient profile; `extra` is appended (more top-level keys).
std::string Patient(const std::string& diagnosis_extra, const std::string& extra = "") {
  return "format: careplan/v1\nplan_date: 2026-11-24\npatient:\n  name: Test Person\n"
         "diagnosis:\n  condition: systemic sclerosis\n" +
         diagnosis_extra + extra;
}

bool Has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

using Ids_ = std::vector<std::string>;

// The example's sections include `expected`, in this order. Other sections
// may be chosen too (a section added to the guide must not break this test);
// SelectionExamplesTest.ChosenExactlyWhenTheConditionHolds checks the rest
// against the data.
void ExpectSelected(const std::string& example, const Ids_& expected) {
  SCOPED_TRACE(example);
  const Ids_ actual = ExampleSections(example);
  auto next = actual.begin();
  for (const std::string& id : expected) {
    next = std::find(next, actual.end(), id);
    EXPECT_NE(next, actual.end()) << id << " is not selected, or is out of order";
    if (next == actual.end()) return;
  }
}

TEST(SelectionExamplesTest, Maria) {
  ExpectSelected(
      "maria-diffuse-ild.yaml",
      Ids_{"what-is-scleroderma", "why-treatments-stop-working", "checking-your-disease",
           "other-treatment-options", "medicine-mycophenolate", "medicine-nintedanib",
           "medicine-proton_pump_inhibitor", "care-lungs", "care-kidneys", "care-gut",
           "care-skin-joints", "care-raynaud", "warning-signs", "everyday-habits", "smoking",
           "vaccines", "feelings-and-support", "clinical-trials", "looking-ahead"});
}

TEST(SelectionExamplesTest, Tuyet) {
  ExpectSelected(
      "tuyet-limited-raynaud.yaml",
      Ids_{"what-is-scleroderma", "checking-your-disease", "medicine-pde5_inhibitor",
           "medicine-proton_pump_inhibitor", "care-gut", "care-skin-joints", "care-raynaud",
           "warning-signs", "everyday-habits", "feelings-and-support", "looking-ahead"});
}

TEST(SelectionExamplesTest, James) {
  ExpectSelected("james-three-failed-hsct-planned.yaml",
                 Ids_{"what-is-scleroderma", "why-treatments-stop-working", "checking-your-disease",
                      "other-treatment-options", "stem-cell-transplant", "medicine-rituximab",
                      "medicine-autologous_hsct", "care-lungs", "care-kidneys", "care-gut",
                      "care-skin-joints", "care-raynaud", "warning-signs", "everyday-habits",
                      "vaccines", "feelings-and-support", "clinical-trials", "looking-ahead"});
}

TEST(SelectionExamplesTest, Dimitris) {
  ExpectSelected("dimitris-overlap-pah-heart.yaml",
                 Ids_{"what-is-scleroderma", "checking-your-disease", "medicine-methotrexate",
                      "medicine-pde5_inhibitor", "medicine-ambrisentan_macitentan", "care-heart",
                      "care-skin-joints", "care-raynaud", "warning-signs", "everyday-habits",
                      "vaccines", "feelings-and-support", "looking-ahead"});
}

TEST(SelectionExamplesTest, Olena) {
  ExpectSelected("olena-early-diffuse-kidney-prednisolone.yaml",
                 Ids_{"what-is-scleroderma", "checking-your-disease", "medicine-mycophenolate",
                      "medicine-glucocorticoids", "medicine-ace_inhibitor", "care-kidneys",
                      "care-skin-joints", "care-raynaud", "warning-signs", "everyday-habits",
                      "vaccines", "feelings-and-support", "looking-ahead"});
}

TEST(SelectionExamplesTest, Marcus) {
  ExpectSelected(
      "marcus-diffuse-tocilizumab-smoker.yaml",
      Ids_{"what-is-scleroderma", "checking-your-disease", "medicine-tocilizumab",
           "medicine-calcium_channel_blocker", "medicine-proton_pump_inhibitor", "care-lungs",
           "care-kidneys", "care-gut", "care-skin-joints", "care-raynaud", "warning-signs",
           "everyday-habits", "smoking", "vaccines", "feelings-and-support", "looking-ahead"});
}

TEST(SelectionExamplesTest, Grace) {
  ExpectSelected("grace-sine-scleroderma-gut.yaml",
                 Ids_{"what-is-scleroderma", "checking-your-disease", "medicine-abatacept",
                      "medicine-proton_pump_inhibitor", "medicine-rifaximin", "care-lungs",
                      "care-gut", "care-raynaud", "warning-signs", "everyday-habits", "vaccines",
                      "feelings-and-support", "looking-ahead"});
}

TEST(SelectionExamplesTest, PacketLungsWaitingRoom) {
  ExpectSelected("packet-lungs-waiting-room.yaml",
                 Ids_{"what-is-scleroderma", "care-lungs", "warning-signs", "vaccines"});
}

// For every patient example, a section is chosen exactly when its condition
// holds for the person (the examples use no include/exclude lists), in the
// guide's order: read from the guide's data, not pinned.
TEST(SelectionExamplesTest, ChosenExactlyWhenTheConditionHolds) {
  for (const char* name : {"maria-diffuse-ild.yaml", "james-three-failed-hsct-planned.yaml",
                           "dimitris-overlap-pah-heart.yaml", "grace-sine-scleroderma-gut.yaml"}) {
    SCOPED_TRACE(name);
    const profile::Profile profile =
        ProfileFromFile(std::string(CAREPLAN_SOURCE_DIR) + "/examples/" + name);
    const PersonFacts facts = MakePersonFacts(profile, ShippedKnowledge());
    Ids_ expected;
    for (const GuideSection& section : ShippedGuide().sections)
      if (EvaluateCondition(section.applies_when, facts)) expected.push_back(section.id);
    EXPECT_EQ(SelectIds(profile), expected);
  }
}

TEST(SelectionExamplesTest, PacketSupportGroupGetsEverySection) {
  EXPECT_EQ(ExampleSections("packet-support-group.yaml"), ShippedGuide().SectionIds());
}

TEST(SelectionTest, NoLungInvolvementNoLungSection) {
  const auto ids = SelectIds(ProfileFromText(Patient("  organ_involvement: [skin, raynaud]\n")));
  EXPECT_FALSE(Has(ids, "care-lungs"));
  EXPECT_TRUE(Has(ids, "care-skin-joints"));
}

TEST(SelectionTest, CurrentSmokerGetsTheSmokingSectionAndItem) {
  const profile::Profile profile = ProfileFromText(
      Patient("  organ_involvement: [lungs]\n", "lifestyle:\n  smoking: current\n"));
  const auto ids = SelectIds(profile);
  EXPECT_TRUE(Has(ids, "smoking"));
  const PersonFacts facts = MakePersonFacts(profile, ShippedKnowledge());
  const LifestyleItem* stop = ShippedKnowledge().LifestyleById("stop_smoking");
  ASSERT_NE(stop, nullptr);
  EXPECT_TRUE(EvaluateCondition(stop->when, facts));
  EXPECT_FALSE(EvaluateCondition(ShippedKnowledge().LifestyleById("stay_smoke_free")->when, facts));

  const profile::Profile never = ProfileFromText(Patient("", "lifestyle:\n  smoking: never\n"));
  EXPECT_FALSE(Has(SelectIds(never), "smoking"));
  EXPECT_FALSE(EvaluateCondition(stop->when, MakePersonFacts(never, ShippedKnowledge())));
}

TEST(SelectionTest, RituximabGetsItsSection) {
  const profile::Profile profile = ProfileFromText(
      Patient("", "treatments:\n  - name: MabThera\n    started: 2026-01\n    outcome: ongoing\n"));
  Diagnostics diagnostics;
  const auto selected = Select(profile, &diagnostics);
  const auto ids = Ids(selected);
  EXPECT_TRUE(Has(ids, "medicine-rituximab"));
  EXPECT_TRUE(Has(ids, "vaccines"));
  EXPECT_FALSE(Has(ids, "medicine-methotrexate"));
  for (const SelectedSection& entry : selected) {
    if (entry.section->id == "medicine-rituximab") {
      EXPECT_EQ(entry.reason, "applies: medicine: rituximab (current)");
    }
  }
}

TEST(SelectionTest, APastMedicineHasNoMedicineSection) {
  const auto ids = SelectIds(ProfileFromText(
      Patient("",
              "treatments:\n  - name: rituximab\n    started: 2024-01\n    stopped: 2024-06\n"
              "    outcome: completed\n")));
  EXPECT_FALSE(Has(ids, "medicine-rituximab"));
  EXPECT_FALSE(Has(ids, "vaccines"));
}

TEST(SelectionTest, ReasonsSayWhy) {
  const profile::Profile profile =
      ProfileFromText(Patient("  organ_involvement: [lungs]\n",
                              "preferences:\n  include_sections: [clinical-trials, care-lungs]\n"));
  Diagnostics diagnostics;
  const auto selected = Select(profile, &diagnostics);
  std::map<std::string, std::string> reasons;
  for (const SelectedSection& entry : selected) reasons[entry.section->id] = entry.reason;
  EXPECT_EQ(reasons["what-is-scleroderma"], "applies: always");
  EXPECT_EQ(reasons["care-lungs"], "applies: organ: lungs");
  EXPECT_EQ(reasons["clinical-trials"], "you asked for it (include_sections)");
}

TEST(SelectionTest, IncludeAddsExcludeRemovesInGuideOrder) {
  const profile::Profile profile =
      ProfileFromText(Patient("  organ_involvement: [lungs]\n",
                              "preferences:\n  include_sections: [clinical-trials, care-heart]\n"
                              "  exclude_sections: [care-lungs, clinical-trials]\n"));
  const auto ids = SelectIds(profile);
  EXPECT_EQ(ids,
            (Ids_{"what-is-scleroderma", "checking-your-disease", "care-heart", "warning-signs",
                  "everyday-habits", "feelings-and-support", "looking-ahead"}));
}

TEST(SelectionTest, UnknownIncludedSectionIsAnError) {
  const profile::Profile profile = ProfileFromText(
      Patient("",
              "preferences:\n  include_sections: [clinical-trial]\n  exclude_sections: "
              "[vaccines, nope]\n"));
  Diagnostics diagnostics;
  Select(profile, &diagnostics);
  // The guide's own section list ("a, b and c"), read from the guide, so that a
  // new section needs no change here.
  const std::vector<std::string> ids = ShippedGuide().SectionIds();
  ASSERT_GE(ids.size(), 2u);
  std::string valid;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) valid += i + 1 == ids.size() ? " and " : ", ";
    valid += ids[i];
  }
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "profile.yaml:8:22: error: preferences.include_sections: unknown section "
            "\"clinical-trial\"; the guide \"scleroderma-treatment-resistance\" has the sections " +
                valid +
                "\n  hint: did you mean \"clinical-trials\"?\n"
                "profile.yaml:9:32: error: preferences.exclude_sections: unknown section "
                "\"nope\"; the guide \"scleroderma-treatment-resistance\" has the sections " +
                valid + "\n");
}

TEST(SelectionTest, UnknownPacketSectionIsAnError) {
  const profile::Profile profile = ProfileFromText(
      "format: careplan/v1\npacket:\n  title: T\n  sections: [care-lungs, care-lung]\n");
  Diagnostics diagnostics;
  const auto selected = Select(profile, &diagnostics);
  EXPECT_EQ(Ids(selected), (Ids_{"care-lungs"}));
  ASSERT_EQ(diagnostics.error_count(), 1);
  const Diagnostic& error = diagnostics.items()[0];
  EXPECT_EQ(error.loc.line, 4);
  EXPECT_EQ(error.loc.column, 26);
  EXPECT_EQ(error.message.substr(0, 54),
            "packet.sections: unknown section \"care-lung\"; the guid");
  EXPECT_EQ(error.hints, (std::vector<std::string>{"did you mean \"care-lungs\"?"}));
}

TEST(SelectionTest, PacketListIsPrintedInGuideOrder) {
  const profile::Profile profile = ProfileFromText(
      "format: careplan/v1\npacket:\n  title: T\n  sections: [vaccines, what-is-scleroderma]\n");
  Diagnostics diagnostics;
  const auto selected = Select(profile, &diagnostics);
  EXPECT_EQ(Ids(selected), (Ids_{"what-is-scleroderma", "vaccines"}));
  EXPECT_EQ(selected[0].reason, "packet: listed in sections");
  const profile::Profile all = ProfileFromText("format: careplan/v1\npacket:\n  title: T\n");
  EXPECT_EQ(Select(all, &diagnostics).at(0).reason, "packet: all sections");
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST(CheckNamesTest, UnknownTreatmentPlannedAndTestNamesAreWarnings) {
  const profile::Profile profile = ProfileFromText(
      Patient("",
              "treatments:\n"
              "  - name: CellCept\n    started: 2026-01\n    outcome: ongoing\n"
              "  - name: rituximap\n    started: 2026-01\n    outcome: ongoing\n"
              "planned:\n  - name: CAR-T cell therapy\n"
              "monitoring:\n  - test: Echo\n  - test: echocardiogramm\n    every: 1 year\n"
              "  - test: nailfold capillaroscopy\n"));
  Diagnostics diagnostics;
  CheckNamesAgainstKnowledge(profile, ShippedKnowledge(), &diagnostics);
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "profile.yaml:11:11: warning: treatments[1].name: \"rituximap\" is not in the "
            "medicine rules; it is printed as written, with no checks or warnings added\n"
            "  hint: did you mean \"Rituximab\"?\n"
            "profile.yaml:15:11: warning: planned[0].name: \"CAR-T cell therapy\" is not in the "
            "medicine rules; it is printed as written, with no checks or warnings added\n"
            "profile.yaml:18:11: warning: monitoring[1].test: \"echocardiogramm\" is not in the "
            "test rules; its own `every` is used\n"
            "  hint: did you mean \"echocardiogram\"?\n"
            "profile.yaml:20:11: warning: monitoring[2].test: \"nailfold capillaroscopy\" is not "
            "in the test rules; it has no `every`, so it gets no due date\n");
  EXPECT_FALSE(diagnostics.has_errors());
}

}  // namespace
}  // namespace careplan::content
