#include "compose/plain_words.h"

#include <gtest/gtest.h>

namespace careplan::compose {
namespace {

TEST(PlainWordsTest, FirstClauseStopsAtTheFirstSentenceEnd) {
  EXPECT_EQ(FirstClause("Keep warm: wear layers."), "Keep warm");
  EXPECT_EQ(FirstClause("Check for a fever of 38.0 °C. Call if so."),
            "Check for a fever of 38.0 °C");
  EXPECT_EQ(FirstClause("Stay active"), "Stay active");
}

TEST(PlainWordsTest, MedicineNameAddsTheRulesNameOnlyWhenItSaysMore) {
  content::MedicineInfo mmf;
  mmf.name = "mycophenolate mofetil";
  EXPECT_EQ(MedicineName("MMF", &mmf), "MMF (mycophenolate mofetil)");
  EXPECT_EQ(MedicineName("Mycophenolate mofetil", &mmf), "Mycophenolate mofetil");
  content::MedicineInfo hsct;
  hsct.name = "Autologous stem cell transplant";
  EXPECT_EQ(MedicineName("autologous stem cell transplantation", &hsct),
            "autologous stem cell transplantation");
  EXPECT_EQ(MedicineName("herbal tea", nullptr), "herbal tea");
  content::MedicineInfo steroids;
  steroids.name = "Steroids (glucocorticoids)";
  EXPECT_EQ(MedicineName("prednisolone", &steroids), "prednisolone (steroids, glucocorticoids)");
}

TEST(PlainWordsTest, EveryOutcomeHasWords) {
  for (profile::Outcome outcome :
       {profile::Outcome::kOngoing, profile::Outcome::kEffective,
        profile::Outcome::kPartialResponse, profile::Outcome::kInadequateResponse,
        profile::Outcome::kIntolerance, profile::Outcome::kSideEffects,
        profile::Outcome::kCompleted}) {
    EXPECT_FALSE(OutcomeLabel(outcome).empty());
    EXPECT_FALSE(OutcomeWords(outcome).empty());
  }
}

}  // namespace
}  // namespace careplan::compose
