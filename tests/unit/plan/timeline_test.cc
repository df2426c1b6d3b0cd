#include "plan/timeline.h"

#include <gtest/gtest.h>

#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

TEST(TimelineTest, TreatmentsAreSortedByStartAndStable) {
  const content::Knowledge knowledge = MakeKnowledge();
  profile::Profile profile = MakeProfile();
  profile.diagnosis.diagnosed_on = Ym(2019, 3);
  profile.treatments = {MakeTreatment("rituximab", Ym(2024, 2)),
                        MakeTreatment("methotrexate", Y(2019), Ym(2020, 1)),
                        MakeTreatment("Herbal tea", Ymd(2019, 1, 1)),
                        MakeTreatment("mycophenolate", Ymd(2020, 2, 3), Ym(2024, 1)),
                        MakeTreatment("cyc", Ym(2027, 1))};
  profile.treatments[0].dose = "1 g";
  const Timeline timeline = BuildTimeline(profile, knowledge);
  std::vector<std::string> names;
  for (const TimelineEntry& entry : timeline.treatments) names.push_back(entry.name);
  // "2019" and "2019-01-01" start on the same day: written order is kept.
  EXPECT_EQ(names, (std::vector<std::string>{"methotrexate", "Herbal tea", "mycophenolate",
                                             "rituximab", "cyc"}));
  EXPECT_EQ(timeline.treatments[0].medicine, knowledge.MedicineById("methotrexate"));
  EXPECT_EQ(timeline.treatments[1].medicine, nullptr);
  EXPECT_EQ(timeline.treatments[0].status, content::MedicineStatus::kPast);
  EXPECT_EQ(timeline.treatments[3].status, content::MedicineStatus::kCurrent);
  EXPECT_EQ(timeline.treatments[3].dose, "1 g");
  EXPECT_EQ(timeline.treatments[4].status, content::MedicineStatus::kPlanned);
  EXPECT_EQ(timeline.treatments[4].medicine, knowledge.MedicineById("cyclophosphamide"));
  EXPECT_EQ(timeline.diagnosed_on, Ym(2019, 3));
  EXPECT_EQ(timeline.plan_date, Date(2026, 11, 24));
}

TEST(TimelineTest, PlannedTherapiesAreMatchedToTheRules) {
  const content::Knowledge knowledge = MakeKnowledge();
  profile::Profile profile = MakeProfile();
  profile::PlannedTherapy planned;
  planned.name = "autologous stem cell transplantation";
  planned.target = Ym(2027, 3);
  planned.notes = "Assessment at the transplant centre";
  profile::PlannedTherapy unknown;
  unknown.name = "Trial drug X";
  profile.planned = {planned, unknown};
  const Timeline timeline = BuildTimeline(profile, knowledge);
  ASSERT_EQ(timeline.planned.size(), 2u);
  EXPECT_EQ(timeline.planned[0].medicine, knowledge.MedicineById("autologous_hsct"));
  EXPECT_EQ(timeline.planned[0].target, Ym(2027, 3));
  EXPECT_EQ(timeline.planned[0].notes, "Assessment at the transplant centre");
  EXPECT_EQ(timeline.planned[1].medicine, nullptr);
}

}  // namespace
}  // namespace careplan::plan
