// FindInteractions: each pair in medicines.yaml's `interactions` is found
// from the names people write, on either side and in any order, and nothing
// is found for medicines that may be taken together. Then the plan: the
// warning reaches both cards, the warning signs and `careplan explain`.
#include "plan/interactions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plan/compute_plan.h"
#include "plan/explain.h"
#include "unit/content/content_fixtures.h"

namespace careplan::plan {
namespace {

using content::testing::ProfileFromFile;
using content::testing::ShippedGuide;
using content::testing::ShippedKnowledge;

std::vector<std::string> FoundIds(const std::vector<std::string>& names) {
  std::vector<std::string> ids;
  for (const FoundInteraction& found : FindInteractions(names, ShippedKnowledge())) {
    ids.push_back(found.rule->id);
  }
  return ids;
}

using Ids = std::vector<std::string>;

TEST(InteractionsTest, Pde5InhibitorWithANitrateIsAnEmergency) {
  EXPECT_EQ(FoundIds({"sildenafil", "GTN spray"}), Ids{"pde5_with_nitrate"});
  EXPECT_EQ(FoundIds({"Isosorbide  Mononitrate", "tadalafil"}), Ids{"pde5_with_nitrate"});
  EXPECT_EQ(FoundIds({"Revatio", "poppers"}), Ids{"pde5_with_nitrate"});
  const auto found = FindInteractions({"GTN spray", "Sildenafil"}, ShippedKnowledge());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule->warning.urgency, content::Urgency::kEmergency);
  EXPECT_EQ(InteractionLabel(found[0]), "Sildenafil with GTN spray");
  EXPECT_NE(found[0].rule->warning.text.find("ambulance"), std::string::npos);
}

TEST(InteractionsTest, Pde5InhibitorWithRiociguat) {
  EXPECT_EQ(FoundIds({"riociguat", "tadalafil"}), Ids{"pde5_with_riociguat"});
  EXPECT_EQ(FoundIds({"Adempas", "Viagra"}), Ids{"pde5_with_riociguat"});
}

TEST(InteractionsTest, AzathioprineWithAGoutMedicineTheRulesDoNotDescribe) {
  EXPECT_EQ(FoundIds({"azathioprine", "Allopurinol"}), Ids{"azathioprine_with_allopurinol"});
  EXPECT_EQ(FoundIds({"febuxostat", "Imuran"}), Ids{"azathioprine_with_allopurinol"});
}

TEST(InteractionsTest, ProtonPumpInhibitorWithMycophenolateOrPirfenidone) {
  EXPECT_EQ(FoundIds({"omeprazole", "MMF"}), Ids{"ppi_with_mycophenolate"});
  EXPECT_EQ(FoundIds({"mycophenolate mofetil", "lansoprazole"}), Ids{"ppi_with_mycophenolate"});
  EXPECT_EQ(FoundIds({"esomeprazole", "pirfenidone"}), Ids{"ppi_with_pirfenidone"});
}

// Every rule in the shipped data fires from the first spellings of its two sides.
TEST(InteractionsTest, EveryShippedRuleIsFoundFromItsOwnNames) {
  const content::Knowledge& knowledge = ShippedKnowledge();
  ASSERT_FALSE(knowledge.interactions.empty());
  for (const content::InteractionRule& rule : knowledge.interactions) {
    const std::string first = knowledge.MedicineById(rule.medicines.front())->aliases.front();
    const std::string other = rule.with.empty()
                                  ? rule.with_names.front()
                                  : knowledge.MedicineById(rule.with.front())->aliases.front();
    EXPECT_EQ(FoundIds({first, other}), Ids{rule.id}) << first << " + " << other;
  }
}

TEST(InteractionsTest, MedicinesThatMayBeTakenTogetherGiveNothing) {
  EXPECT_EQ(FoundIds({"sildenafil", "bosentan", "ramipril", "nifedipine", "omeprazole",
                      "amlodipine", "hydroxychloroquine", "methotrexate"}),
            Ids{});
  EXPECT_EQ(FoundIds({"azathioprine", "prednisolone", "omeprazole"}), Ids{});
  EXPECT_EQ(FoundIds({"mycophenolate", "nintedanib", "domperidone"}), Ids{});
}

TEST(InteractionsTest, OneMedicineAloneOrWrittenTwiceGivesNothing) {
  EXPECT_EQ(FoundIds({}), Ids{});
  EXPECT_EQ(FoundIds({"sildenafil"}), Ids{});
  EXPECT_EQ(FoundIds({"GTN spray"}), Ids{});
  EXPECT_EQ(FoundIds({"allopurinol"}), Ids{});
  EXPECT_EQ(FoundIds({"sildenafil", "Revatio"}), Ids{});
  EXPECT_EQ(FoundIds({"allopurinol", "allopurinol"}), Ids{});
}

TEST(InteractionsTest, EachRuleIsFoundOnceAndInTheRulesOrder) {
  EXPECT_EQ(FoundIds({"GTN spray", "omeprazole", "sildenafil", "tadalafil", "isosorbide", "MMF",
                      "riociguat"}),
            (Ids{"pde5_with_nitrate", "pde5_with_riociguat", "ppi_with_mycophenolate"}));
}

// The example with GTN spray, sildenafil, omeprazole and mycophenolate.
TEST(InteractionsTest, PlanPutsTheWarningOnBothCardsTheWarningSignsAndExplain) {
  const profile::Profile profile =
      ProfileFromFile(std::string(CAREPLAN_SOURCE_DIR) + "/examples/li-renal-crisis-pah.yaml");
  Diagnostics diagnostics;
  const CarePlan plan = ComputePlan(profile, ShippedGuide(), ShippedKnowledge(), &diagnostics);
  ASSERT_EQ(plan.interactions.size(), 2u);
  EXPECT_EQ(plan.interactions[0].rule->id, "pde5_with_nitrate");
  EXPECT_EQ(plan.interactions[1].rule->id, "ppi_with_mycophenolate");

  const content::WarningRule* nitrate = &plan.interactions[0].rule->warning;
  int cards_with_it = 0;
  for (const MedicineCard& card : plan.medicines) {
    EXPECT_NE(card.medicine, nullptr) << card.name_as_written;
    const bool has =
        std::find(card.warnings.begin(), card.warnings.end(), nitrate) != card.warnings.end();
    const bool should = card.name_as_written == "sildenafil" || card.name_as_written == "GTN spray";
    EXPECT_EQ(has, should) << card.name_as_written;
    cards_with_it += has;
  }
  EXPECT_EQ(cards_with_it, 2);

  ASSERT_FALSE(plan.warnings.empty());
  bool listed = false;
  for (const WarningEntry& warning : plan.warnings) {
    if (warning.text != nitrate->sign) continue;
    listed = true;
    EXPECT_EQ(warning.urgency, content::Urgency::kEmergency);
    // The medicine's own chest-pain sign has the same words: one line, both reasons.
    EXPECT_EQ(warning.reason.text, "PDE5 inhibitor; sildenafil with GTN spray");
  }
  EXPECT_TRUE(listed);

  const std::string explanation = FormatExplanation(plan);
  EXPECT_NE(explanation.find("Interactions (2)\n  emergency: sildenafil with GTN spray "
                             "[pde5_with_nitrate] [S42f, S42g, S45]\n"),
            std::string::npos)
      << explanation;
  EXPECT_NE(
      explanation.find("  info: omeprazole with mycophenolate mofetil [ppi_with_mycophenolate]"),
      std::string::npos);
}

}  // namespace
}  // namespace careplan::plan
