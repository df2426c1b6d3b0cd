// FindReviewPoints (clinician_review.h): the points `careplan explain` lists
// for the clinician. Each kind is switched on and off by one profile field.
#include "plan/clinician_review.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plan/compute_plan.h"
#include "unit/content/content_fixtures.h"

namespace careplan::plan {
namespace {

using content::testing::ProfileFromText;
using content::testing::ShippedGuide;
using content::testing::ShippedKnowledge;

std::string Profile(const std::string& diagnosis, const std::string& rest) {
  return "format: careplan/v1\nplan_date: 2026-11-24\npatient:\n  name: T\n"
         "  date_of_birth: 1960-01-01\ndiagnosis:\n  condition: systemic sclerosis\n" +
         diagnosis + rest;
}

// Each point as "kind: text".
std::vector<std::string> Points(const std::string& text) {
  const profile::Profile profile = ProfileFromText(text);
  Diagnostics diagnostics;
  const CarePlan plan = ComputePlan(profile, ShippedGuide(), ShippedKnowledge(), &diagnostics);
  std::vector<std::string> points;
  for (const ReviewPoint& point : FindReviewPoints(plan)) {
    points.push_back(point.kind + ": " + point.text);
  }
  return points;
}

bool HasPoint(const std::vector<std::string>& points, const std::string& start) {
  for (const std::string& point : points)
    if (point.rfind(start, 0) == 0) return true;
  return false;
}

TEST(ClinicianReviewTest, MissingLungTestInEarlyDiffuseDisease) {
  const std::string early = "  subtype: diffuse cutaneous\n  diagnosed_on: 2025-06\n";
  EXPECT_TRUE(HasPoint(Points(Profile(early, "")),
                       "missing baseline: No lung function test recorded in early diffuse"));
  const std::string recorded = "monitoring:\n  - test: PFTs\n    last_done: 2026-10-01\n";
  EXPECT_FALSE(HasPoint(Points(Profile(early, recorded)), "missing baseline: No lung function"));
  // Unknown date of diagnosis: counted as early (the modest reading).
  EXPECT_TRUE(HasPoint(Points(Profile("  subtype: diffuse cutaneous\n", "")),
                       "missing baseline: No lung function test recorded in early diffuse"));
}

TEST(ClinicianReviewTest, PriorToxicityMeetsCurrentMonitoring) {
  const std::string treatments =
      "treatments:\n"
      "  - name: azathioprine\n    started: 2023-01\n    stopped: 2023-05\n"
      "    outcome: side effects\n    notes: LFTs tripled\n"
      "  - name: nintedanib\n    started: 2025-01\n    outcome: ongoing\n";
  const std::vector<std::string> points = Points(Profile("", treatments));
  EXPECT_TRUE(HasPoint(points,
                       "prior toxicity: azathioprine was stopped (side effects: "
                       "\"LFTs tripled\"). Watch closely: Nintedanib (current) is "
                       "monitored with Liver blood tests"));
  // Stopped for an inadequate response: nothing to watch.
  std::string inadequate = treatments;
  inadequate.replace(inadequate.find("side effects"), 12, "inadequate response");
  EXPECT_FALSE(HasPoint(Points(Profile("", inadequate)), "prior toxicity"));
}

TEST(ClinicianReviewTest, TransplantFlagsFollowAgeDurationAndHeart) {
  const std::string planned = "planned:\n  - name: HSCT\n";
  const std::vector<std::string> points = Points(
      Profile("  subtype: diffuse cutaneous\n  diagnosed_on: 2018\n  organ_involvement: [heart]\n",
              planned));
  EXPECT_TRUE(HasPoint(points, "stem cell transplant: Over 60"));
  EXPECT_TRUE(HasPoint(points, "stem cell transplant: Disease 5 years or more"));
  EXPECT_TRUE(HasPoint(points, "stem cell transplant: Heart involvement or PAH"));
  EXPECT_FALSE(HasPoint(points, "stem cell transplant: Not recorded as diffuse"));
  // No transplant planned, not treatment-resistant: no transplant flags.
  EXPECT_FALSE(HasPoint(Points(Profile("  subtype: diffuse cutaneous\n  diagnosed_on: 2018\n", "")),
                        "stem cell transplant"));
}

TEST(ClinicianReviewTest, TeamLevelsAndIntervalsThatDifferFromTheRules) {
  const std::string rest =
      "monitoring:\n  - test: echocardiogram\n    last_done: 2026-01-01\n    every: 2 years\n"
      "home_monitoring:\n  - measure: blood_pressure\n    act_at: 150/95\n"
      "    action: Call the nurse line the same day.\n";
  const std::vector<std::string> points = Points(Profile("  organ_involvement: [kidneys]\n", rest));
  EXPECT_TRUE(HasPoint(points,
                       "team's word: Home blood pressure: the team's level replaces the "
                       "rules' sign \"Your blood pressure is 140/90"));
  EXPECT_TRUE(HasPoint(points,
                       "team's word: \"echocardiogram\": the team's interval (every 2 "
                       "years) is less often than the rules ask (yearly"));
}

TEST(ClinicianReviewTest, APacketHasNoReview) {
  EXPECT_TRUE(Points("format: careplan/v1\npacket:\n  title: P\n").empty());
}

}  // namespace
}  // namespace careplan::plan
