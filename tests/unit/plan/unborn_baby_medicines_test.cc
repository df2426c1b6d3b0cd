// The pregnancy sign names the medicines it means (unborn_baby_medicines.h).
#include "plan/unborn_baby_medicines.h"

#include <gtest/gtest.h>

namespace careplan::plan {
namespace {

MedicineCard Card(const content::MedicineInfo* medicine, std::string name, bool planned) {
  MedicineCard card;
  card.medicine = medicine;
  card.name_as_written = std::move(name);
  card.planned = planned;
  return card;
}

TEST(UnbornBabyMedicinesTest, TheSignNamesTheMedicinesTakenNowThatCanHarm) {
  content::MedicineInfo harms;
  harms.harms_unborn_baby = true;
  content::MedicineInfo safe;
  CarePlan plan;
  plan.medicines = {Card(&harms, "mycophenolate mofetil", false), Card(&safe, "omeprazole", false),
                    Card(&harms, "ramipril", false), Card(&harms, "bosentan", true)};
  WarningEntry sign;
  sign.text = std::string("You might be pregnant while you take ") + kUnbornBabyMedicines + ".";
  plan.warnings = {sign};
  FillUnbornBabyMedicines(&plan);
  EXPECT_EQ(plan.warnings[0].text,
            "You might be pregnant while you take mycophenolate mofetil or ramipril.");

  plan.medicines.push_back(Card(&harms, "methotrexate", false));
  plan.warnings = {sign};
  FillUnbornBabyMedicines(&plan);
  EXPECT_EQ(plan.warnings[0].text,
            "You might be pregnant while you take mycophenolate mofetil, ramipril or "
            "methotrexate.");

  plan.medicines.clear();
  plan.warnings = {sign};
  FillUnbornBabyMedicines(&plan);
  EXPECT_EQ(plan.warnings[0].text, "You might be pregnant while you take a medicine.");
}

}  // namespace
}  // namespace careplan::plan
