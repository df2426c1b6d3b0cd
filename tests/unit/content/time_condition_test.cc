// Time conditions (time_condition.h): years since diagnosis, years since a
// medicine started, age, on the plan date; unknown dates give `if_unknown`.
#include "content/time_condition.h"

#include <gtest/gtest.h>

#include "content/condition_parser.h"
#include "content/person_facts.h"
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

std::string Errors(const std::string& yaml) {
  Diagnostics diagnostics;
  ParseText(yaml, &diagnostics);
  return FormatDiagnostics(diagnostics);
}

const char kTreatments[] = R"(treatments:
  - name: hydroxychloroquine
    started: 2021-06
    outcome: ongoing
  - name: prednisolone
    started: 2026-01
    outcome: ongoing
  - name: nintedanib
    started: 2019-06
    stopped: 2020-01
    outcome: side effects
planned:
  - name: rituximab
)";

// Diagnosed Mar 2019 (counts from 31 Mar 2019); born 12 Apr 1961. With
// treatments (for plan dates from 2026 on): hydroxychloroquine since Jun
// 2021, prednisolone since Jan 2026, nintedanib stopped, rituximab planned.
std::string Person(const std::string& plan_date, bool with_dates = true,
                   bool with_treatments = false) {
  return "format: careplan/v1\nplan_date: " + plan_date + "\npatient:\n  name: Test Person\n" +
         (with_dates ? "  date_of_birth: 1961-04-12\n" : "") +
         "diagnosis:\n  condition: systemic sclerosis\n" +
         (with_dates ? "  diagnosed_on: 2019-03\n" : "") + (with_treatments ? kTreatments : "");
}

bool Holds(const std::string& condition, const std::string& plan_date, bool with_dates = true,
           bool with_treatments = false) {
  const profile::Profile profile = ProfileFromText(Person(plan_date, with_dates, with_treatments));
  return EvaluateCondition(Parse(condition), MakePersonFacts(profile, ShippedKnowledge()));
}

TEST(TimeConditionTest, YearsSinceDiagnosisCountsFromTheLastDayOfAPartialDate) {
  // 2019-03 counts from 31 Mar 2019: under 1 year until 30 Mar 2020.
  EXPECT_TRUE(Holds("{years_since_diagnosis: {under: 1}}", "2020-03-30"));
  EXPECT_FALSE(Holds("{years_since_diagnosis: {under: 1}}", "2020-03-31"));
  EXPECT_TRUE(Holds("{years_since_diagnosis: {at_least: 1}}", "2020-03-31"));
  // Eight years on: the first-year rule is off, the later one on.
  EXPECT_FALSE(Holds("{years_since_diagnosis: {under: 1, if_unknown: true}}", "2027-05-01"));
  EXPECT_TRUE(Holds("{years_since_diagnosis: {at_least: 5}}", "2027-05-01"));
  EXPECT_TRUE(Holds("{years_since_diagnosis: {at_least: 3, under: 5}}", "2023-01-01"));
  EXPECT_FALSE(Holds("{years_since_diagnosis: {at_least: 3, under: 5}}", "2024-04-01"));
}

TEST(TimeConditionTest, AnUnknownDateGivesIfUnknown) {
  EXPECT_FALSE(Holds("{years_since_diagnosis: {under: 1}}", "2026-11-24", false));
  EXPECT_FALSE(Holds("{years_since_diagnosis: {at_least: 1}}", "2026-11-24", false));
  EXPECT_TRUE(Holds("{years_since_diagnosis: {under: 1, if_unknown: true}}", "2026-11-24", false));
  EXPECT_FALSE(Holds("{age: {at_least: 60}}", "2026-11-24", false));
  EXPECT_TRUE(Holds("{age: {under: 60, if_unknown: true}}", "2026-11-24", false));
  // `not` turns the if_unknown answer round too.
  EXPECT_TRUE(Holds("{not: {years_since_diagnosis: {at_least: 5}}}", "2026-11-24", false));
}

TEST(TimeConditionTest, AgeTurnsOnTheBirthday) {
  EXPECT_FALSE(Holds("{age: {at_least: 65}}", "2026-04-11"));
  EXPECT_TRUE(Holds("{age: {at_least: 65}}", "2026-04-12"));
  EXPECT_TRUE(Holds("{age: {under: 65}}", "2026-04-11"));
  EXPECT_TRUE(Holds("{age: {at_least: 18, under: 66}}", "2026-11-24"));
}

TEST(TimeConditionTest, YearsSinceStartedLooksAtCurrentMedicinesOnly) {
  // Hydroxychloroquine from Jun 2021 (counts from 30 Jun 2021).
  EXPECT_FALSE(Holds("{years_since_started: {medicine: hydroxychloroquine, at_least: 5}}",
                     "2026-06-29", true, true));
  EXPECT_TRUE(Holds("{years_since_started: {medicine: hydroxychloroquine, at_least: 5}}",
                    "2026-06-30", true, true));
  EXPECT_TRUE(
      Holds("{years_since_started: {class: glucocorticoid, under: 1}}", "2026-11-24", true, true));
  EXPECT_FALSE(Holds("{years_since_started: {class: glucocorticoid, at_least: 1}}", "2026-11-24",
                     true, true));
  // Stopped and planned medicines have no running time.
  EXPECT_FALSE(Holds("{years_since_started: {medicine: nintedanib, at_least: 0}}", "2026-11-24",
                     true, true));
  EXPECT_FALSE(
      Holds("{years_since_started: {medicine: rituximab, at_least: 0}}", "2026-11-24", true, true));
}

TEST(TimeConditionTest, APacketHasNoTime) {
  const profile::Profile packet =
      ProfileFromText("format: careplan/v1\npacket:\n  title: Support group\n");
  const PersonFacts facts = MakePersonFacts(packet, ShippedKnowledge());
  EXPECT_FALSE(EvaluateCondition(Parse("{age: {under: 150, if_unknown: true}}"), facts));
}

TEST(TimeConditionTest, ParseErrorsNameTheProblem) {
  EXPECT_NE(Errors("{age: 65}").find("expected a mapping"), std::string::npos);
  EXPECT_NE(Errors("{age: {}}").find("give at_least, under or both"), std::string::npos);
  EXPECT_NE(Errors("{age: {at_least: sixty}}").find("whole number of years"), std::string::npos);
  EXPECT_NE(Errors("{age: {at_least: -1}}").find("whole number of years"), std::string::npos);
  EXPECT_NE(Errors("{age: {at_least: 151}}").find("more than 150"), std::string::npos);
  EXPECT_NE(Errors("{age: {at_least: 5, under: 5}}").find("under must be more"), std::string::npos);
  EXPECT_NE(Errors("{age: {over: 5}}").find("unknown key \"over\""), std::string::npos);
  EXPECT_NE(Errors("{age: {under: 5, if_unknown: maybe}}").find("true or false"),
            std::string::npos);
  EXPECT_NE(Errors("{years_since_started: {under: 1}}").find("name the medicine"),
            std::string::npos);
  EXPECT_NE(Errors("{years_since_started: {medicine: a, class: b, under: 1}}").find("not both"),
            std::string::npos);
  EXPECT_NE(Errors("{years_since_diagnosis: {medicine: a, under: 1}}").find("unknown key"),
            std::string::npos);
  EXPECT_NE(Errors("{years_since_diagnosys: {under: 1}}").find("did you mean"), std::string::npos);
}

TEST(TimeConditionTest, DescribeAndExplainSayWhatWasMissing) {
  EXPECT_EQ(Parse("{years_since_diagnosis: {under: 5, if_unknown: true}}").Describe(),
            "years since diagnosis: under 5 (or not known)");
  EXPECT_EQ(Parse("{years_since_started: {class: glucocorticoid, at_least: 1}}").Describe(),
            "years since a glucocorticoid medicine started: at least 1");
  EXPECT_EQ(Parse("{age: {at_least: 18, under: 66}}").Describe(), "age: at least 18 and under 66");
  const profile::Profile profile = ProfileFromText(Person("2026-11-24", false, true));
  const PersonFacts facts = MakePersonFacts(profile, ShippedKnowledge());
  EXPECT_EQ(ExplainMatch(Parse("{years_since_diagnosis: {under: 5, if_unknown: true}}"), facts),
            "years since diagnosis: under 5 (or not known), as the date is not in the profile");
}

}  // namespace
}  // namespace careplan::content
