// "What changed since your last plan" (changes_since.h).
#include "compose/changes_since.h"

#include <gtest/gtest.h>

#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::PlanFixture;

profile::MonitoringEntry Done(std::string test, Date last_done) {
  profile::MonitoringEntry entry;
  entry.test = std::move(test);
  entry.last_done = last_done;
  return entry;
}

// The tests done, oldest first, each by the name My checks gives it (a
// reader looking for "pulmonary function tests" in My checks found none).
TEST(ChangesSinceTest, TestsDoneAreInDateOrderByTheirPlainNames) {
  PlanFixture fixture;
  content::TestInfo lungs;
  lungs.id = "pft";
  lungs.name = "Breathing tests (lung function tests)";
  lungs.aliases = {"pulmonary function tests"};
  content::TestInfo ecg;
  ecg.id = "ecg";
  ecg.name = "ECG (heart tracing)";
  ecg.aliases = {"ecg"};
  fixture.knowledge.tests = {lungs, ecg};
  fixture.profile.previous_plan_date = Date(2026, 8, 12);
  fixture.profile.monitoring = {Done("cardiac MRI", Date(2026, 10, 30)),
                                Done("pulmonary function tests", Date(2026, 8, 20)),
                                Done("ECG", Date(2026, 9, 22)),
                                Done("skin score", Date(2026, 8, 1))};  // before the last plan
  EXPECT_EQ(ChangesSinceLastPlan(fixture.plan),
            (std::vector<std::string>{
                "tests done: breathing tests (lung function tests) (20 Aug 2026), ECG (heart "
                "tracing) (22 Sep 2026), cardiac MRI (30 Oct 2026)"}));
}

}  // namespace
}  // namespace careplan::compose
