// Conditions evaluated against a person's facts (person_facts.h), and the
// name matching in knowledge.h that the facts are built on.
#include "content/person_facts.h"

#include <gtest/gtest.h>

#include "content/condition_parser.h"
#include "content_fixtures.h"
#include "yaml/yaml_tree.h"

namespace careplan::content {
namespace {

using testing::ProfileFromText;
using testing::ShippedKnowledge;

// Reads `yaml` and parses it as a condition.
Condition ParseText(const std::string& yaml, Diagnostics* diagnostics) {
  const auto root = yaml::ReadYamlText(yaml, "test.yaml", diagnostics, yaml::kTemplateFile);
  return root ? ParseCondition(*root, "test.yaml", diagnostics) : Condition{};
}

Condition Parse(const std::string& yaml) {
  Diagnostics diagnostics;
  Condition condition = ParseText(yaml, &diagnostics);
  EXPECT_FALSE(diagnostics.has_errors()) << FormatDiagnostics(diagnostics);
  return condition;
}

// A person with lungs and Raynaud's, diffuse, former smoker; mycophenolate
// (written "CellCept") now, methotrexate in the past, rituximab planned.
const char kPerson[] = R"(format: careplan/v1
plan_date: 2026-11-24
patient:
  name: Test Person
diagnosis:
  condition: systemic sclerosis
  subtype: diffuse cutaneous
  organ_involvement: [lungs, raynaud]
treatments:
  - name: "  CellCept "
    started: 2025-01
    outcome: ongoing
  - name: MTX
    started: 2023-01
    stopped: 2024-01
    outcome: inadequate response
  - name: prucalopride
    started: 2020
    outcome: effective
planned:
  - name: Rituxan
lifestyle:
  smoking: former
)";

class PersonFactsTest : public ::testing::Test {
 protected:
  PersonFactsTest()
      : profile_(ProfileFromText(kPerson)), facts_(MakePersonFacts(profile_, ShippedKnowledge())) {}

  bool Holds(const std::string& yaml) const { return EvaluateCondition(Parse(yaml), facts_); }

  profile::Profile profile_;
  PersonFacts facts_;
};

TEST_F(PersonFactsTest, FactsComeFromTheProfile) {
  EXPECT_FALSE(facts_.is_packet);
  EXPECT_EQ(facts_.organs, (std::set<std::string>{"lungs", "raynaud"}));
  EXPECT_EQ(facts_.subtype, "diffuse cutaneous");
  EXPECT_EQ(facts_.smoking, "former");
  EXPECT_FALSE(facts_.treatment_resistant);  // one inadequate response is not enough
  ASSERT_EQ(facts_.medicines.size(), 3u);
  EXPECT_EQ(facts_.medicines[0].medicine->id, "mycophenolate");
  EXPECT_EQ(facts_.medicines[0].status, MedicineStatus::kCurrent);
  EXPECT_EQ(facts_.medicines[1].medicine->id, "methotrexate");
  EXPECT_EQ(facts_.medicines[1].status, MedicineStatus::kPast);
  EXPECT_EQ(facts_.medicines[2].medicine->id, "rituximab");
  EXPECT_EQ(facts_.medicines[2].status, MedicineStatus::kPlanned);
  EXPECT_EQ(facts_.unknown_medicines, (std::vector<MedicineStatus>{MedicineStatus::kCurrent}));
}

TEST_F(PersonFactsTest, Always) { EXPECT_TRUE(Holds("always")); }

TEST_F(PersonFactsTest, Organ) {
  EXPECT_TRUE(Holds("{organ: lungs}"));
  EXPECT_TRUE(Holds("{organ: raynaud}"));
  EXPECT_FALSE(Holds("{organ: kidneys}"));
}

TEST_F(PersonFactsTest, Subtype) {
  EXPECT_TRUE(Holds("{subtype: diffuse cutaneous}"));
  EXPECT_FALSE(Holds("{subtype: limited cutaneous}"));
}

TEST_F(PersonFactsTest, TreatmentResistant) {
  EXPECT_FALSE(Holds("{treatment_resistant: true}"));
  EXPECT_TRUE(Holds("{treatment_resistant: false}"));
}

TEST_F(PersonFactsTest, Smoking) {
  EXPECT_TRUE(Holds("{smoking: former}"));
  EXPECT_FALSE(Holds("{smoking: current}"));
  EXPECT_FALSE(Holds("{smoking: never}"));
}

TEST_F(PersonFactsTest, MedicineByIdThroughAliases) {
  EXPECT_TRUE(Holds("{medicine: mycophenolate}"));  // "CellCept"
  EXPECT_TRUE(Holds("{medicine: methotrexate}"));   // "MTX"
  EXPECT_TRUE(Holds("{medicine: rituximab}"));      // "Rituxan"
  EXPECT_FALSE(Holds("{medicine: tocilizumab}"));
}

TEST_F(PersonFactsTest, MedicineStatuses) {
  EXPECT_TRUE(Holds("{medicine: mycophenolate, status: current}"));
  EXPECT_FALSE(Holds("{medicine: mycophenolate, status: past}"));
  EXPECT_FALSE(Holds("{medicine: mycophenolate, status: planned}"));
  EXPECT_TRUE(Holds("{medicine: methotrexate, status: past}"));
  EXPECT_FALSE(Holds("{medicine: methotrexate, status: current}"));
  EXPECT_TRUE(Holds("{medicine: rituximab, status: planned}"));
  EXPECT_FALSE(Holds("{medicine: rituximab, status: current}"));
  EXPECT_TRUE(Holds("{medicine: rituximab, status: any}"));
}

TEST_F(PersonFactsTest, StatusLists) {
  EXPECT_TRUE(Holds("{medicine: rituximab, status: [current, planned]}"));
  EXPECT_FALSE(Holds("{medicine: methotrexate, status: [current, planned]}"));
  EXPECT_TRUE(Holds("{medicine: methotrexate, status: [planned, past]}"));
}

TEST_F(PersonFactsTest, AnyMedicineCountsNamesTheRulesDoNotKnow) {
  EXPECT_TRUE(Holds("{medicine: any, status: planned}"));
  EXPECT_TRUE(Holds("{medicine: any, status: current}"));  // mycophenolate and prucalopride

  const profile::Profile only_unknown = ProfileFromText(R"(format: careplan/v1
patient: {name: X}
diagnosis: {condition: systemic sclerosis}
planned:
  - name: CAR-T cell therapy
)");
  const PersonFacts facts = MakePersonFacts(only_unknown, ShippedKnowledge());
  EXPECT_TRUE(EvaluateCondition(Parse("{medicine: any, status: planned}"), facts));
  EXPECT_FALSE(EvaluateCondition(Parse("{medicine: any, status: current}"), facts));
  EXPECT_FALSE(EvaluateCondition(Parse("{medicine_flag: immunosuppressive}"), facts));
}

TEST_F(PersonFactsTest, MedicineClass) {
  EXPECT_TRUE(Holds("{medicine_class: standard_immunosuppressant, status: current}"));
  EXPECT_TRUE(Holds("{medicine_class: biologic, status: planned}"));
  EXPECT_FALSE(Holds("{medicine_class: biologic, status: current}"));
  EXPECT_FALSE(Holds("{medicine_class: antifibrotic}"));
}

TEST_F(PersonFactsTest, MedicineFlag) {
  EXPECT_TRUE(Holds("{medicine_flag: immunosuppressive, status: current}"));  // CellCept
  EXPECT_TRUE(Holds("{medicine_flag: sun_protection, status: current}"));     // CellCept
  EXPECT_TRUE(Holds("{medicine_flag: sun_protection, status: past}"));        // MTX
  EXPECT_FALSE(Holds("{medicine_flag: sun_protection, status: planned}"));    // rituximab: no
}

TEST_F(PersonFactsTest, AnyAllNot) {
  EXPECT_TRUE(Holds("{any: [{organ: kidneys}, {organ: lungs}]}"));
  EXPECT_FALSE(Holds("{any: [{organ: kidneys}, {organ: heart}]}"));
  EXPECT_TRUE(Holds("{all: [{organ: lungs}, {smoking: former}]}"));
  EXPECT_FALSE(Holds("{all: [{organ: lungs}, {smoking: current}]}"));
  EXPECT_TRUE(Holds("{not: {organ: kidneys}}"));
  EXPECT_FALSE(Holds("{not: {organ: lungs}}"));
  EXPECT_TRUE(
      Holds("{all: [{not: {smoking: current}}, {any: [{organ: heart}, "
            "{medicine: rituximab, status: planned}]}]}"));
}

TEST_F(PersonFactsTest, ExplainMatchNamesWhatMatched) {
  EXPECT_EQ(ExplainMatch(Parse("{organ: lungs}"), facts_), "organ: lungs");
  EXPECT_EQ(ExplainMatch(Parse("{medicine: rituximab, status: [current, planned]}"), facts_),
            "medicine: rituximab (planned)");
  EXPECT_EQ(ExplainMatch(Parse("{medicine_flag: immunosuppressive}"), facts_),
            "medicine that is immunosuppressive: Mycophenolate mofetil (current), Methotrexate "
            "(past), Rituximab (planned)");
  EXPECT_EQ(ExplainMatch(Parse("{medicine_class: biologic}"), facts_),
            "medicine class biologic: Rituximab (planned)");
  // For `any`, only the parts that hold.
  EXPECT_EQ(ExplainMatch(Parse("{any: [{organ: kidneys}, {subtype: diffuse cutaneous}, "
                               "{organ: raynaud}]}"),
                         facts_),
            "subtype: diffuse cutaneous; organ: raynaud");
  EXPECT_EQ(ExplainMatch(Parse("{all: [{organ: lungs}, {smoking: former}]}"), facts_),
            "organ: lungs and smoking: former");
}

TEST(TreatmentStatusTest, DependsOnThePlanDate) {
  profile::Treatment treatment;
  treatment.started = PartialDate{2026, 6, 0};
  EXPECT_EQ(TreatmentStatus(treatment, Date(2026, 5, 31)), MedicineStatus::kPlanned);
  EXPECT_EQ(TreatmentStatus(treatment, Date(2026, 6, 1)), MedicineStatus::kCurrent);
  treatment.stopped = PartialDate{2026, 9, 15};
  EXPECT_EQ(TreatmentStatus(treatment, Date(2026, 9, 14)), MedicineStatus::kCurrent);
  EXPECT_EQ(TreatmentStatus(treatment, Date(2026, 9, 15)), MedicineStatus::kPast);
}

TEST(PersonFactsPacketTest, APacketHasNoPerson) {
  const profile::Profile packet = ProfileFromText(R"(format: careplan/v1
packet:
  title: Test packet
)");
  const PersonFacts facts = MakePersonFacts(packet, ShippedKnowledge());
  EXPECT_TRUE(facts.is_packet);
  EXPECT_TRUE(facts.organs.empty());
  EXPECT_TRUE(facts.medicines.empty());
  EXPECT_TRUE(EvaluateCondition(Parse("always"), facts));
  EXPECT_FALSE(EvaluateCondition(Parse("{organ: lungs}"), facts));
  EXPECT_FALSE(EvaluateCondition(Parse("{treatment_resistant: false}"), facts));
  EXPECT_FALSE(EvaluateCondition(Parse("{medicine: any}"), facts));
}

TEST(KnowledgeFindTest, MatchesIdsNamesAndAliasesIgnoringCaseAndSpaces) {
  const Knowledge& knowledge = ShippedKnowledge();
  ASSERT_NE(knowledge.FindMedicine("CellCept"), nullptr);
  EXPECT_EQ(knowledge.FindMedicine("CellCept")->id, "mycophenolate");
  EXPECT_EQ(knowledge.FindMedicine("  Mycophenolate   Mofetil ")->id, "mycophenolate");
  EXPECT_EQ(knowledge.FindMedicine("autologous_hsct")->id, "autologous_hsct");
  EXPECT_EQ(knowledge.FindMedicine("Steroids (glucocorticoids)")->id, "glucocorticoids");
  EXPECT_EQ(knowledge.FindMedicine("prednisolone")->id, "glucocorticoids");
  EXPECT_EQ(knowledge.FindMedicine("prucalopride"), nullptr);
  EXPECT_EQ(knowledge.FindMedicine(""), nullptr);
  EXPECT_EQ(knowledge.FindTest("PFTs")->id, "pulmonary_function_tests");
  EXPECT_EQ(knowledge.FindTest("Echo")->id, "echocardiogram");
  EXPECT_EQ(knowledge.FindTest("nailfold capillaroscopy"), nullptr);
  EXPECT_EQ(knowledge.TestById("echocardiogram")->name, "Heart ultrasound (echocardiogram)");
  EXPECT_EQ(knowledge.TestById("Echo"), nullptr);  // ids only
  EXPECT_EQ(knowledge.MedicineById("rituximab")->name, "Rituximab");
  EXPECT_EQ(knowledge.OrganById("kidneys")->organ, "kidneys");
  EXPECT_EQ(knowledge.LifestyleById("stop_smoking")->id, "stop_smoking");
  EXPECT_EQ(knowledge.LifestyleById("nope"), nullptr);
}

TEST(KnowledgeFindTest, SpellingsListEveryAcceptedName) {
  const Knowledge& knowledge = ShippedKnowledge();
  const std::vector<std::string> medicines = knowledge.MedicineSpellings();
  for (const char* spelling : {"Rituximab", "rituximab", "mabthera", "autologous_hsct"}) {
    EXPECT_NE(std::find(medicines.begin(), medicines.end(), spelling), medicines.end()) << spelling;
  }
  const std::vector<std::string> tests = knowledge.TestSpellings();
  EXPECT_NE(std::find(tests.begin(), tests.end(), "6mwt"), tests.end());
}

}  // namespace
}  // namespace careplan::content
