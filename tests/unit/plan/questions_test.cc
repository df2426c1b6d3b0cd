#include "plan/questions.h"

#include <gtest/gtest.h>

#include "plan_fixtures.h"

namespace careplan::plan {
namespace {

TimelineEntry Entry(std::string name, PartialDate started,
                    std::optional<PartialDate> stopped = std::nullopt,
                    content::MedicineStatus status = content::MedicineStatus::kCurrent,
                    const content::MedicineInfo* medicine = nullptr) {
  TimelineEntry entry;
  entry.name = std::move(name);
  entry.started = started;
  entry.stopped = stopped;
  entry.status = status;
  entry.medicine = medicine;
  return entry;
}

constexpr int kGeneral = 3;

// Two medicines that must never be used together come first, in the rule's
// words with the names as written; a rule without a question adds none.
TEST(QuestionsTest, AnInteractionsQuestionComesFirstWithTheNamesAsWritten) {
  Timeline timeline;
  timeline.plan_date = Date(2026, 11, 24);
  content::InteractionRule nitrate;
  nitrate.question =
      "My {other} and {medicine} must never be used together. What about the {other}?";
  content::InteractionRule quiet;
  const std::vector<FoundInteraction> found = {{&quiet, "a", "b"},
                                               {&nitrate, "sildenafil", "GTN spray"}};
  const std::vector<std::string> prompts =
      BuildQuestionPrompts(timeline, MonitoringSchedule{}, found);
  ASSERT_EQ(prompts.size(), 1u + kGeneral);
  EXPECT_EQ(prompts[0],
            "My GTN spray and sildenafil must never be used together. What about the GTN spray?");
}

TEST(QuestionsTest, OnlyGeneralQuestionsForAQuietPlan) {
  Timeline timeline;
  timeline.plan_date = Date(2026, 11, 24);
  const std::vector<std::string> prompts = BuildQuestionPrompts(timeline, MonitoringSchedule{});
  ASSERT_EQ(prompts.size(), static_cast<size_t>(kGeneral));
  EXPECT_EQ(prompts[0], "Is my disease stable, better or worse since my last visit?");
}

TEST(QuestionsTest, PromptsFromThePlan) {
  const content::Knowledge knowledge = MakeKnowledge();
  const content::MedicineInfo* mtx = knowledge.MedicineById("methotrexate");
  const content::MedicineInfo* rtx = knowledge.MedicineById("rituximab");
  Timeline timeline;
  timeline.plan_date = Date(2026, 11, 24);
  timeline.treatments = {
      Entry("methotrexate", Y(2019), Ym(2020, 1), content::MedicineStatus::kPast, mtx),
      Entry("MabThera", Ym(2026, 6), std::nullopt, content::MedicineStatus::kCurrent, rtx),
      Entry("methotrexate", Ym(2021, 1), Ym(2026, 9), content::MedicineStatus::kPast, mtx),
      Entry("Herbal tea", Y(2018)),
      Entry("Old cream", Y(2015), Y(2016), content::MedicineStatus::kPast),
      Entry("cyclophosphamide", Ym(2027, 2), std::nullopt, content::MedicineStatus::kPlanned,
            knowledge.MedicineById("cyclophosphamide")),
  };
  PlannedEntry planned;
  planned.name = "autologous stem cell transplantation";
  planned.target = Ym(2027, 3);
  planned.medicine = knowledge.MedicineById("autologous_hsct");
  PlannedEntry trial;
  trial.name = "Trial drug X";
  timeline.planned = {planned, trial};

  MonitoringSchedule schedule;
  ScheduledTest overdue;
  overdue.name = "Breathing tests (lung function tests)";
  overdue.due = DueKind::kDated;
  overdue.next_due = Date(2026, 10, 31);
  overdue.overdue = true;
  ScheduledTest not_overdue = overdue;
  not_overdue.name = "Heart ultrasound (echocardiogram)";
  not_overdue.next_due = Date(2026, 11, 24);
  not_overdue.overdue = false;
  ScheduledTest abbreviation = overdue;
  abbreviation.name = "HRCT scan";
  schedule.tests = {overdue, not_overdue, abbreviation};

  const std::vector<std::string> prompts = BuildQuestionPrompts(timeline, schedule);
  const std::vector<std::string> expected = {
      "What are the next steps for cyclophosphamide, planned to start in Feb 2027?",
      "What are the next steps for autologous stem cell transplantation, planned for Mar 2027?",
      "What are the next steps for Trial drug X?",
      "When can I have the 2 checks that are overdue (see My checks)?",
      "I started MabThera in Jun 2026. Is it working, and how long until we know?",
      "I stopped methotrexate in Sep 2026. What should I watch for now, and what comes next?",
      "Does Herbal tea need any blood tests or other checks?",
      "Does Trial drug X need any blood tests or other checks?",
  };
  ASSERT_EQ(prompts.size(), expected.size() + kGeneral);
  EXPECT_EQ(std::vector<std::string>(prompts.begin(), prompts.begin() + expected.size()), expected);
}

TEST(QuestionsTest, ASingleOverdueCheckIsAskedAboutByName) {
  MonitoringSchedule schedule;
  ScheduledTest overdue;
  overdue.name = "Breathing tests (lung function tests)";
  overdue.due = DueKind::kDated;
  overdue.next_due = Date(2026, 10, 31);
  overdue.overdue = true;
  schedule.tests = {overdue};
  Timeline timeline;
  timeline.plan_date = Date(2026, 11, 24);
  const std::vector<std::string> prompts = BuildQuestionPrompts(timeline, schedule);
  ASSERT_EQ(prompts.size(), 1u + kGeneral);
  EXPECT_EQ(prompts[0],
            "When can I have my breathing tests (lung function tests), overdue since 31 Oct 2026?");
}

TEST(QuestionsTest, ChangeWindowIsSixMonthsUpToThePlanDate) {
  Timeline timeline;
  timeline.plan_date = Date(2026, 11, 24);
  const content::Knowledge knowledge = MakeKnowledge();
  const content::MedicineInfo* mtx = knowledge.MedicineById("methotrexate");
  timeline.treatments = {
      Entry("a", Ymd(2026, 5, 23), std::nullopt, content::MedicineStatus::kCurrent, mtx),
      Entry("b", Ymd(2026, 5, 24), std::nullopt, content::MedicineStatus::kCurrent, mtx),
      Entry("c", Ym(2026, 5), std::nullopt, content::MedicineStatus::kCurrent, mtx),
  };
  const std::vector<std::string> prompts = BuildQuestionPrompts(timeline, MonitoringSchedule{});
  // b and c (May 2026 may be the 24th or later) in one question; not a.
  ASSERT_EQ(prompts.size(), 1u + kGeneral);
  EXPECT_EQ(prompts[0],
            "I started b (24 May 2026) and c (May 2026). Are they working, and how long until we "
            "know?");
}

TEST(QuestionsTest, SeveralStartsAreOneQuestionInTimelineOrder) {
  Timeline timeline;
  timeline.plan_date = Date(2026, 11, 24);
  const content::Knowledge knowledge = MakeKnowledge();
  const content::MedicineInfo* mtx = knowledge.MedicineById("methotrexate");
  timeline.treatments = {
      Entry("a", Ymd(2026, 7, 1), std::nullopt, content::MedicineStatus::kCurrent, mtx),
      Entry("b", Ymd(2026, 8, 1), std::nullopt, content::MedicineStatus::kCurrent, mtx),
      Entry("c", Ymd(2025, 1, 1), Ymd(2026, 9, 1), content::MedicineStatus::kPast, nullptr),
  };
  const std::vector<std::string> prompts = BuildQuestionPrompts(timeline, MonitoringSchedule{});
  ASSERT_EQ(prompts.size(), 2u + kGeneral);
  EXPECT_EQ(prompts[0],
            "I started a (1 Jul 2026) and b (1 Aug 2026). Are they working, and how long until we "
            "know?");
  EXPECT_EQ(prompts[1].rfind("I stopped c", 0), 0u);
}

TEST(QuestionsTest, ANewCourseIsAStartNotAStopAndANewDoseIsAChange) {
  const content::Knowledge knowledge = MakeKnowledge();
  const content::MedicineInfo* steroids = knowledge.MedicineById("glucocorticoids");
  Timeline timeline;
  timeline.plan_date = Date(2026, 11, 24);
  timeline.treatments = {
      Entry("prednisolone", Ymd(2026, 4, 2), Ymd(2026, 7, 21), content::MedicineStatus::kPast,
            steroids),
      Entry("prednisolone", Ymd(2026, 7, 22), std::nullopt, content::MedicineStatus::kCurrent,
            steroids),
  };
  timeline.treatments[0].dose = "20 mg a day";
  timeline.treatments[1].dose = "5 mg a day";
  std::vector<std::string> prompts = BuildQuestionPrompts(timeline, MonitoringSchedule{});
  // The day after the last course: a change of dose, not a new start.
  ASSERT_EQ(prompts.size(), 1u + kGeneral);
  EXPECT_EQ(prompts[0],
            "My prednisolone dose changed on 22 Jul 2026 (from 20 mg a day to 5 mg a day). What is "
            "the plan for it from here?");
  // Weeks later, it is a new course.
  timeline.treatments[1].started = Ymd(2026, 9, 1);
  prompts = BuildQuestionPrompts(timeline, MonitoringSchedule{});
  ASSERT_EQ(prompts.size(), 1u + kGeneral);
  EXPECT_EQ(prompts[0],
            "I started prednisolone on 1 Sep 2026. Is it working, and how long until we know?");
}

}  // namespace
}  // namespace careplan::plan
