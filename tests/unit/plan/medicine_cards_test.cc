#include "plan/medicine_cards.h"

#include <gtest/gtest.h>

#include "plan/timeline.h"
#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

TEST(MedicineCardsTest, CurrentThenPlannedWithTheirWarnings) {
  const content::Knowledge knowledge = MakeKnowledge();
  profile::Profile profile = MakeProfile();
  profile.treatments = {
      MakeTreatment("methotrexate", Y(2019), Y(2020)), MakeTreatment("MabThera", Ym(2025, 1)),
      MakeTreatment("Herbal tea", Ym(2024, 1)), MakeTreatment("rituximab", Ym(2025, 7))};
  profile.treatments[1].dose = "1 g twice";
  profile::PlannedTherapy planned;
  planned.name = "HSCT";
  profile.planned = {planned};
  const std::vector<MedicineCard> cards = BuildMedicineCards(
      BuildTimeline(profile, knowledge), content::MakePersonFacts(profile, knowledge));
  ASSERT_EQ(cards.size(), 3u);
  EXPECT_EQ(cards[0].name_as_written, "Herbal tea");  // started first
  EXPECT_EQ(cards[0].medicine, nullptr);
  EXPECT_TRUE(cards[0].warnings.empty());
  EXPECT_EQ(cards[1].medicine, knowledge.MedicineById("rituximab"));
  EXPECT_EQ(cards[1].name_as_written, "MabThera");  // the second rituximab entry is merged
  EXPECT_EQ(cards[1].dose, "1 g twice");
  EXPECT_FALSE(cards[1].planned);
  EXPECT_EQ(cards[1].warnings.size(), 2u);  // info and same day: the card shows all
  EXPECT_EQ(cards[2].medicine, knowledge.MedicineById("autologous_hsct"));
  EXPECT_TRUE(cards[2].planned);
}

}  // namespace
}  // namespace careplan::plan
