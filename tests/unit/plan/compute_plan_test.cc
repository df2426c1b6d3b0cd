#include "plan/compute_plan.h"

#include <gtest/gtest.h>

#include "plan/explain.h"
#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

content::GuideSection Section(std::string id, content::Condition applies_when) {
  content::GuideSection section;
  section.id = id;
  section.title = "Title of " + id;
  section.applies_when = std::move(applies_when);
  return section;
}

content::Guide MakeGuide() {
  content::Guide guide;
  guide.id = "test-guide";
  guide.title = "Living with treatment-resistant scleroderma";
  guide.language = "en";
  guide.version = "1.0.0";
  guide.review_date = "2027-11-24";
  guide.sections = {
      Section("what-is-scleroderma", Always()), Section("care-lungs", OrganIs("lungs")),
      Section("care-kidneys", OrganIs("kidneys")), Section("smoking", SmokingIs("current"))};
  return guide;
}

// The example person of the profile format, on 24 Nov 2026.
profile::Profile MakeMaria() {
  profile::Profile profile = MakeProfile();
  profile.patient.name = "María José Álvarez-Núñez";
  profile.diagnosis.subtype = "diffuse cutaneous";
  profile.diagnosis.diagnosed_on = Ym(2019, 3);
  profile.diagnosis.organ_involvement = {"skin", "lungs", "gastrointestinal", "raynaud"};
  profile.treatments = {MakeTreatment("methotrexate", Ym(2019, 4), Ym(2020, 1)),
                        MakeTreatment("mycophenolate mofetil", Ym(2020, 2), Ym(2023, 6)),
                        MakeTreatment("rituximab", Ym(2026, 7))};
  profile::PlannedTherapy hsct;
  hsct.name = "autologous stem cell transplantation";
  hsct.target = Ym(2027, 3);
  profile.planned = {hsct};
  profile.monitoring = {MakeEntry("pulmonary function tests", Date(2026, 7, 10), Months(3))};
  profile.lifestyle.smoking = profile::Smoking::kCurrent;
  profile.lifestyle.goals = {"Walk 20 minutes on most days"};
  return profile;
}

TEST(ComputePlanTest, PatientPlanHasEveryPart) {
  const content::Knowledge knowledge = MakeKnowledge();
  const content::Guide guide = MakeGuide();
  const profile::Profile profile = MakeMaria();
  Diagnostics diagnostics;
  const CarePlan plan = ComputePlan(profile, guide, knowledge, &diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_EQ(plan.profile, &profile);
  EXPECT_EQ(plan.guide, &guide);
  EXPECT_EQ(plan.knowledge, &knowledge);

  std::vector<std::string> sections;
  for (const ChosenSection& chosen : plan.sections) sections.push_back(chosen.section->id);
  EXPECT_EQ(sections, (std::vector<std::string>{"what-is-scleroderma", "care-lungs", "smoking"}));

  EXPECT_EQ(plan.timeline.treatments.size(), 3u);
  EXPECT_EQ(plan.timeline.planned.size(), 1u);
  EXPECT_EQ(plan.schedule.plan_date, Date(2026, 11, 24));
  ASSERT_FALSE(plan.schedule.tests.empty());
  // Breathing tests: last done 10 Jul + 3 months = 10 Oct, overdue, first.
  EXPECT_EQ(plan.schedule.tests[0].test_id, "pulmonary_function_tests");
  EXPECT_TRUE(plan.schedule.tests[0].overdue);

  ASSERT_EQ(plan.medicines.size(), 2u);
  EXPECT_EQ(plan.medicines[0].name_as_written, "rituximab");
  EXPECT_TRUE(plan.medicines[1].planned);

  EXPECT_EQ(plan.checklist.front().id, "stop_smoking");
  EXPECT_TRUE(plan.checklist.back().personal_goal);
  EXPECT_EQ(plan.warnings.front().urgency, content::Urgency::kEmergency);
  EXPECT_FALSE(plan.vaccines.empty());
  EXPECT_FALSE(plan.question_prompts.empty());
  // Diffuse disease diagnosed over 5 years ago, no kidneys, no steroids; but
  // the kidney rules still schedule home blood pressure checks for diffuse
  // disease, so the plan gives a log to write them in.
  EXPECT_TRUE(plan.needs_blood_pressure_log);
  EXPECT_EQ(plan.blood_pressure_log_reason.text,
            "home blood pressure checks are in your monitoring schedule");
}

TEST(ComputePlanTest, UnknownNamesAreWarnedAbout) {
  const content::Knowledge knowledge = MakeKnowledge();
  const content::Guide guide = MakeGuide();
  profile::Profile profile = MakeProfile();
  profile.treatments = {MakeTreatment("Herbal tea", Y(2020))};
  Diagnostics diagnostics;
  const CarePlan plan = ComputePlan(profile, guide, knowledge, &diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_GE(diagnostics.warning_count(), 1);
  ASSERT_EQ(plan.medicines.size(), 1u);
  EXPECT_EQ(plan.medicines[0].medicine, nullptr);
}

TEST(ComputePlanTest, PacketHasOnlySections) {
  const content::Knowledge knowledge = MakeKnowledge();
  const content::Guide guide = MakeGuide();
  profile::Profile profile = MakeProfile();
  profile.kind = profile::ProfileKind::kPacket;
  profile.packet.title = "Living with scleroderma";
  Diagnostics diagnostics;
  const CarePlan plan = ComputePlan(profile, guide, knowledge, &diagnostics);
  EXPECT_EQ(plan.sections.size(), 4u);
  EXPECT_TRUE(plan.timeline.treatments.empty());
  EXPECT_TRUE(plan.schedule.tests.empty());
  EXPECT_TRUE(plan.medicines.empty());
  EXPECT_TRUE(plan.checklist.empty());
  EXPECT_TRUE(plan.warnings.empty());
  EXPECT_TRUE(plan.vaccines.empty());
  EXPECT_TRUE(plan.question_prompts.empty());
  EXPECT_FALSE(plan.needs_blood_pressure_log);

  const std::string text = FormatExplanation(plan);
  EXPECT_EQ(text.rfind("Information packet: Living with scleroderma\n", 0), 0u);
  EXPECT_EQ(text.find("Monitoring schedule"), std::string::npos);
}

TEST(ExplainTest, ExplanationGivesEveryReason) {
  const content::Knowledge knowledge = MakeKnowledge();
  const content::Guide guide = MakeGuide();
  profile::Profile profile = MakeMaria();
  profile.diagnosis.organ_involvement.push_back("kidneys");
  Diagnostics diagnostics;
  const CarePlan plan = ComputePlan(profile, guide, knowledge, &diagnostics);
  const std::string text = FormatExplanation(plan);

  auto contains = [&](const std::string& part) {
    EXPECT_NE(text.find(part), std::string::npos) << "missing: " << part << "\nin:\n" << text;
  };
  contains("Care plan for María José Álvarez-Núñez\n");
  contains("Plan date: 24 Nov 2026\n");
  contains("  care-lungs: ");
  contains(
      "  Breathing tests (lung function tests) [pulmonary_function_tests]\n"
      "    interval: every 3 months; last done: 10 Jul 2026; OVERDUE since 10 Oct 2026\n"
      "    because: everyone with scleroderma, once [S4]\n"
      "      not printed: At diagnosis.\n"
      "    because: lungs (every 3 months) [S4]\n"
      "    because: before you start autologous stem cell transplant [S26]\n"
      "    because: interval set by your care team (every 3 months)\n"
      "    note: Every 3 to 6 months in the first year. Your team sets the interval.\n");
  contains("    because: rituximab [S22]\n");
  contains(
      "  Antibody levels (immunoglobulins) [immunoglobulins]\n"
      "    interval: none; last done: not given; when needed (no interval)\n");
  contains("  emergency: You pass much less urine than usual\n    because: kidneys [S12]\n");
  contains(
      "  same day: Call your care team the same day if you have a temperature of 38.0 °C.\n"
      "    because: rituximab [S22, S24b]\n");
  contains(
      "  stop_smoking (daily): Text of stop_smoking.\n"
      "    because: smoking: current (care of: lungs, Raynaud's phenomenon) [S31]\n");
  contains("  personal goal (daily): Walk 20 minutes on most days\n    because: your own goal\n");
  contains("Blood-pressure log: yes\n  because: kidney involvement [S11, S12, S13]\n");
  contains(
      "  What are the next steps for autologous stem cell transplantation, planned for Mar "
      "2027?\n");
  contains("  Apr 2019 to Jan 2020: methotrexate = Methotrexate; past; inadequate response\n");
  EXPECT_EQ(text, FormatExplanation(plan));  // deterministic
}

}  // namespace
}  // namespace careplan::plan
