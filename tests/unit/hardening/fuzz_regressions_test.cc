// Regression tests for what fuzzing and probing the limits found. Each input
// goes through the same check as the fuzz target that runs such inputs
// (tests/fuzz/fuzz_checks.h); in the sanitizer build (scripts/sanitize.sh)
// a crash, leak or failed assert() fails the test.
#include <gtest/gtest.h>

#include "base/date.h"
#include "fuzz/fuzz_checks.h"
#include "unit/hardening/hardening_fixtures.h"

namespace careplan::hardening {
namespace {

// Renders through CheckRenderText and returns its verdict ("" = fine).
std::string CheckRender(const std::string& yaml) {
  static app::Renderer* renderer = [] {
    Diagnostics diagnostics;
    return app::Renderer::Create(Resources(), &diagnostics).release();
  }();
  return fuzz::CheckRenderText(Resources(), renderer, yaml);
}

bool Renders(const std::string& yaml) {
  Diagnostics diagnostics;
  auto profile = Resources().LoadProfile(yaml, "p.yaml", Options(), &diagnostics);
  if (!profile) return false;
  auto renderer = app::Renderer::Create(Resources(), &diagnostics);
  app::RenderOutput output;
  return renderer->Render(*profile, app::RenderOptions{}, &output, &diagnostics);
}

// Dates near the end of what a profile may say (9999-12-31): a next-due
// date or a chart margin past the year 9999 failed the Date invariant
// (an assert() in monitoring_schedule.cc and timeline_chart.cc).
TEST(FuzzRegressionsTest, DateArithmeticPastTheYear9999) {
  EXPECT_EQ(Date(9999, 12, 31).AddYears(1000).Iso(), "10999-12-31");
  EXPECT_EQ(Date(9999, 12, 31).AddDays(1).Iso(), "10000-01-01");
  EXPECT_FALSE(Date::ParseIso("10000-01-01"));  // still not a date a profile may write
}

TEST(FuzzRegressionsTest, NextDueDatePastTheYear9999) {
  const std::string yaml =
      "format: careplan/v1\n"
      "plan_date: 9999-12-31\n"
      "patient: {name: Ann Lee}\n"
      "diagnosis: {condition: systemic sclerosis}\n"
      "monitoring:\n"
      "  - {test: echo, last_done: 9999-12-31, every: 1000 years}\n"
      "  - {test: blood count, last_done: 9999-12-30, every: 1 days}\n";
  EXPECT_EQ(CheckRender(yaml), "");
  EXPECT_TRUE(Renders(yaml));
}

TEST(FuzzRegressionsTest, PlannedTreatmentInTheLastMonthOfTheYear9999) {
  const std::string yaml =
      "format: careplan/v1\n"
      "plan_date: 2026-11-24\n"
      "patient: {name: Ann Lee}\n"
      "diagnosis: {condition: systemic sclerosis}\n"
      "planned:\n"
      "  - {name: tocilizumab, target: 9999-12}\n";
  EXPECT_EQ(CheckRender(yaml), "");
  EXPECT_TRUE(Renders(yaml));
}

TEST(FuzzRegressionsTest, DatesInTheYear1) {
  const std::string yaml =
      "format: careplan/v1\n"
      "plan_date: 2026-11-24\n"
      "patient: {name: Ann Lee, date_of_birth: 0001-01-01}\n"
      "diagnosis: {condition: systemic sclerosis, diagnosed_on: 0001}\n"
      "treatments:\n"
      "  - {name: methotrexate, started: 0001-01, stopped: 0001-02, outcome: completed}\n"
      "monitoring:\n"
      "  - {test: echo, last_done: 0001-01-01, every: 1 days}\n";
  EXPECT_EQ(CheckRender(yaml), "");
  EXPECT_TRUE(Renders(yaml));
}

// Found by fuzz_render in its own check: the fuzzer learned the words the
// check looked for ("cannot make the PDF") and wrote them into a section
// id, which the unknown-section error quotes. The check now looks at where
// a message starts, as the renderer writes it.
TEST(FuzzRegressionsTest, ProfileQuotingTheLibharuMessageIsNotALibharuError) {
  const std::string yaml =
      "format: careplan/v1\n"
      "packet:\n"
      "  title: Scleroderma lungs\n"
      "  sections: [cannot make the PDFca1re-skin-jointsrma, care-gutgs]\n"
      "  blank_forms: false\n";
  EXPECT_EQ(CheckRender(yaml), "");
  EXPECT_FALSE(Renders(yaml));
}

}  // namespace
}  // namespace careplan::hardening
