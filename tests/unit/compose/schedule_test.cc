#include <gtest/gtest.h>

#include "compose/planner_grid.h"
#include "compose/schedule_pages.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::All;
using testing::IsBold;
using testing::Part;
using testing::PlanFixture;
using testing::Text;

plan::ScheduledTest Dated(std::string name, Date next_due, std::optional<Interval> every,
                          bool overdue = false) {
  plan::ScheduledTest test;
  test.name = std::move(name);
  test.why = "To check something.";
  test.every = every;
  test.next_due = next_due;
  test.due = plan::DueKind::kDated;
  test.overdue = overdue;
  return test;
}

plan::ScheduledTest Undated(std::string name, plan::DueKind due) {
  plan::ScheduledTest test;
  test.name = std::move(name);
  test.due = due;
  return test;
}

plan::Reason MakeReason(std::string text, std::vector<std::string> sources) {
  plan::Reason reason;
  reason.text = std::move(text);
  reason.sources = std::move(sources);
  return reason;
}

std::vector<int> Months(const std::vector<bool>& due) {
  std::vector<int> months;
  for (size_t i = 0; i < due.size(); ++i) {
    if (due[i]) months.push_back(static_cast<int>(i));
  }
  return months;
}

TEST(ScheduleTest, NextDueIsWrittenInWords) {
  PlanFixture fixture;
  auto& tests = fixture.plan.schedule.tests;
  tests.push_back(Dated("Blood count", Date(2026, 12, 10), Interval{3, IntervalUnit::kMonths}));
  tests.back().overdue = true;  // as if the plan date were later
  tests.push_back(Dated("Lung tests", Date(2027, 2, 20), Interval{1, IntervalUnit::kYears}));
  tests.push_back(Undated("Heart scan", plan::DueKind::kNextVisit));
  tests.push_back(Undated("Hepatitis B test", plan::DueKind::kBeforeStarting));
  tests.back().reasons.push_back(MakeReason("before you start rituximab", {}));
  tests.push_back(Undated("Kidney check", plan::DueKind::kWhenNeeded));
  tests.push_back(Undated("Skin score", plan::DueKind::kNextVisit));
  tests.back().last_done = Date(2026, 3, 1);  // a record: it keeps its row
  const doc::Table table = MakeScheduleTable(fixture.plan);
  // The heart scan and the kidney check, with no date and no record, are
  // listed under the table instead (see UndatedChecksAreListedUnderTheTable).
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(Text(table.rows[0][3]), "Overdue\u00A0since 10\u00A0Dec\u00A02026");  // unbroken parts
  EXPECT_TRUE(IsBold(table.rows[0][3]));
  EXPECT_EQ(Text(table.rows[0][1]), "Every 3 months");
  EXPECT_EQ(Text(table.rows[1][3]), "20\u00A0Feb\u00A02027");
  EXPECT_EQ(Text(table.rows[2][3]), "Before you start rituximab");
  EXPECT_EQ(Text(table.rows[2][2]), "Not recorded");
  EXPECT_EQ(Text(table.rows[3][3]), "At your next visit");
  EXPECT_EQ(Text(table.rows[3][1]), "As your team decides");
}

// In one paragraph under the table, each name in bold with its timing: a
// list took a line each, and Part 1 is to fit 4 pages.
TEST(ScheduleTest, UndatedChecksAreListedUnderTheTable) {
  PlanFixture fixture;
  auto& tests = fixture.plan.schedule.tests;
  tests.push_back(Dated("Lung tests", Date(2027, 2, 20), Interval{1, IntervalUnit::kYears}));
  tests.push_back(Undated("Heart scan", plan::DueKind::kNextVisit));
  tests.back().every = Interval{1, IntervalUnit::kYears};
  tests.back().brief = "Finds heart strain early.";  // in Part 2, not in the list
  tests.push_back(Undated("Kidney check", plan::DueKind::kWhenNeeded));
  tests.push_back(Undated("Yearly review", plan::DueKind::kNextVisit));
  tests.back().every = Interval{1, IntervalUnit::kYears};  // the name says it
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "My checks");
  EXPECT_TRUE(All<doc::List>(part).empty());
  const std::vector<const doc::Paragraph*> paragraphs = All<doc::Paragraph>(part);
  ASSERT_FALSE(paragraphs.empty());
  const doc::RichText& text = paragraphs.back()->text;
  EXPECT_EQ(Text(text),
            "Ask at your next visit about these checks, which have no date yet and no record of "
            "when you last had them: Heart scan (yearly); Kidney check (as your team decides); "
            "Yearly review. Why each one matters is in \"My checks in detail\" (Part 2).");
  std::vector<std::string> bold;
  for (const doc::Span& span : text) {
    if (span.style == doc::TextStyle::kBold) bold.push_back(span.text);
  }
  EXPECT_EQ(bold, (std::vector<std::string>{"Heart scan", "Kidney check", "Yearly review"}));
  const std::vector<const doc::Table*> tables = All<doc::Table>(part);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0]->rows.size(), 1u);
}

std::string WhyOf(const plan::ScheduledTest& test) {
  PlanFixture fixture;
  fixture.plan.schedule.tests.push_back(test);
  const doc::RichText cell = MakeScheduleTable(fixture.plan).rows[0][0];
  // The name comes first, in bold, as a run-in heading: "Blood count: why".
  EXPECT_TRUE(IsBold(doc::RichText{cell.front()}));
  const std::string text = Text(cell);
  if (text == test.name) return "";
  EXPECT_EQ(text.substr(0, test.name.size() + 2), test.name + ": ");
  return text.substr(test.name.size() + 2);
}

// Part 2's detail cell for the test.
std::string DetailOf(const plan::ScheduledTest& test) {
  PlanFixture fixture;
  fixture.plan.schedule.tests.push_back(test);
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "My checks in detail");
  const auto tables = All<doc::Table>(part);
  return tables.empty() ? "" : Text(tables[0]->rows[0][1]);
}

TEST(ScheduleTest, PartOneSaysWhyAndForWhomAndPartTwoAddsTheNotes) {
  plan::ScheduledTest test = Dated("Blood count", Date(2027, 1, 5), std::nullopt);
  test.reasons = {MakeReason("methotrexate, maintenance", {"S1"}),
                  MakeReason("everyone with scleroderma", {"S2"})};
  test.because = {"methotrexate"};
  test.for_everyone = true;
  test.notes = {"Before each course.", "Same sample as the other bloods"};
  EXPECT_EQ(WhyOf(test), "To check something. For: methotrexate.");
  EXPECT_EQ(DetailOf(test),
            "To check something.\nFor: methotrexate.\nBefore each course.\n"
            "Same sample as the other bloods");
}

TEST(ScheduleTest, ForJoinsThePersonsReasonsWithAnd) {
  plan::ScheduledTest test = Dated("Liver blood tests", Date(2027, 1, 5), std::nullopt);
  test.because = {"your lungs", "MMF", "nintedanib"};
  EXPECT_EQ(WhyOf(test), "To check something. For: your lungs, MMF and nintedanib.");
  test.because = {"your lungs", "nintedanib"};
  EXPECT_EQ(WhyOf(test), "To check something. For: your lungs and nintedanib.");
}

TEST(ScheduleTest, CheckForEveryoneHasNoForLineAndTheIntroSaysSo) {
  plan::ScheduledTest test = Dated("Vaccine check", Date(2027, 1, 5), std::nullopt);
  test.for_everyone = true;
  test.listed_by_team = true;
  test.reasons = {MakeReason("everyone with scleroderma", {"S27"}),
                  MakeReason("interval set by your care team", {})};
  EXPECT_EQ(WhyOf(test), "To check something.");
  PlanFixture fixture;
  fixture.plan.schedule.tests.push_back(test);
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "My checks");
  bool explained = false;
  for (const doc::Paragraph* paragraph : All<doc::Paragraph>(part)) {
    explained = explained ||
                Text(paragraph->text).find("\"For\" says why you need it") != std::string::npos;
  }
  EXPECT_TRUE(explained);
}

TEST(ScheduleTest, TestOnlyTheProfileListsSaysTheCareTeamAskedForIt) {
  plan::ScheduledTest test = Dated("Nailfold capillaroscopy", Date(2027, 1, 5), std::nullopt);
  test.why.clear();
  test.listed_by_team = true;
  test.reasons = {MakeReason("your care team", {})};
  test.notes = {"Looks at the tiny blood vessels at the base of the nails"};
  EXPECT_EQ(WhyOf(test), "Your care team asked for it.");
  EXPECT_EQ(DetailOf(test),
            "Your care team asked for it.\n"
            "Looks at the tiny blood vessels at the base of the nails");
}

TEST(ScheduleTest, WhyCellCarriesNoWordsMeantForExplain) {
  // Reasons (with phase words and clinicians' details) are for `careplan
  // explain`; the cell prints only the plain fields.
  plan::ScheduledTest test = Dated("Liver blood tests", Date(2027, 1, 5), std::nullopt);
  test.reasons = {MakeReason("nintedanib, maintenance", {"S20"}),
                  MakeReason("interval set by your care team", {})};
  test.reasons[0].note = "The current US label says periodically.";
  test.reasons[0].detail = "The current US label says periodically.";
  test.because = {"nintedanib"};
  test.listed_by_team = true;
  const std::string why = WhyOf(test);
  for (const char* word : {"maintenance", "interval set by", "label", "your care team", "once"}) {
    EXPECT_EQ(why.find(word), std::string::npos) << word << " in " << why;
  }
}

TEST(PlannerTest, MonthlyTestIsDueEveryMonth) {
  const auto due = DueMonths(Dated("INR", Date(2026, 12, 1), Interval{1, IntervalUnit::kMonths}),
                             Date(2026, 11, 24));
  EXPECT_EQ(Months(due), (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
  const auto from_now = DueMonths(
      Dated("INR", Date(2026, 11, 28), Interval{1, IntervalUnit::kMonths}), Date(2026, 11, 24));
  EXPECT_EQ(Months(from_now).size(), 12u);
}

TEST(PlannerTest, EveryThreeMonthsFallsInTheRightFourMonths) {
  // Last done 5 Oct 2026: due 5 Jan, 5 Apr, 5 Jul and 5 Oct 2027.
  const auto due =
      DueMonths(Dated("Lung tests", Date(2027, 1, 5), Interval{3, IntervalUnit::kMonths}),
                Date(2026, 11, 24));
  EXPECT_EQ(Months(due), (std::vector<int>{2, 5, 8, 11}));
}

TEST(PlannerTest, OverdueTestIsDueThisMonthThenRepeats) {
  const auto due =
      DueMonths(Dated("Lung tests", Date(2026, 11, 20), Interval{3, IntervalUnit::kMonths}, true),
                Date(2026, 11, 24));
  EXPECT_EQ(Months(due), (std::vector<int>{0, 3, 6, 9}));
}

TEST(PlannerTest, OneOffDateIsMarkedOnce) {
  const auto due = DueMonths(Dated("Scan", Date(2027, 6, 1), std::nullopt), Date(2026, 11, 24));
  EXPECT_EQ(Months(due), (std::vector<int>{7}));
}

TEST(PlannerTest, TablesWriteDueInTheRightCells) {
  PlanFixture fixture;
  fixture.plan.schedule.tests.push_back(
      Dated("Lung tests", Date(2027, 1, 5), Interval{3, IntervalUnit::kMonths}));
  fixture.plan.schedule.tests.push_back(Undated("Heart scan", plan::DueKind::kNextVisit));
  const doc::Document document = fixture.Build();
  const auto planner = Part(document, "My 12-month planner");
  const auto tables = All<doc::Table>(planner);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(Text(tables[0]->header[1]), "Nov\n2026");
  EXPECT_EQ(Text(tables[0]->header[3]), "Jan\n2027");
  EXPECT_EQ(Text(tables[1]->header[1]), "May\n2027");
  ASSERT_EQ(tables[0]->rows.size(), 1u);  // the undated test is left out
  std::vector<std::string> marks;
  for (const doc::Table* table : tables) {
    for (size_t c = 1; c < table->rows[0].size(); ++c) marks.push_back(Text(table->rows[0][c]));
  }
  EXPECT_EQ(marks,
            (std::vector<std::string>{"", "", "Due", "", "", "Due", "", "", "Due", "", "", "Due"}));
}

TEST(PlannerTest, OverdueTestSaysNowInThisMonth) {
  PlanFixture fixture;
  fixture.plan.schedule.tests.push_back(
      Dated("Lung tests", Date(2026, 10, 5), Interval{3, IntervalUnit::kMonths}, true));
  const doc::Document document = fixture.Build();
  const auto planner = Part(document, "My 12-month planner");
  const auto tables = All<doc::Table>(planner);
  ASSERT_FALSE(tables.empty());
  ASSERT_EQ(tables[0]->rows.size(), 1u);
  EXPECT_EQ(Text(tables[0]->rows[0][1]), "Now");
  EXPECT_TRUE(IsBold(tables[0]->rows[0][1]));
  EXPECT_EQ(Text(tables[0]->rows[0][4]), "Due");  // then every 3 months
}

TEST(PlannerTest, ATestMoreOftenThanMonthlySaysHowOftenInItsName) {
  PlanFixture fixture;
  fixture.plan.schedule.tests.push_back(
      Dated("Blood count", Date(2027, 1, 5), Interval{2, IntervalUnit::kWeeks}));
  fixture.plan.schedule.tests.push_back(
      Dated("Lung tests", Date(2027, 1, 5), Interval{1, IntervalUnit::kMonths}));
  const doc::Document document = fixture.Build();
  const auto planner = Part(document, "My 12-month planner");
  const auto tables = All<doc::Table>(planner);
  ASSERT_FALSE(tables.empty());
  ASSERT_EQ(tables[0]->rows.size(), 2u);
  EXPECT_EQ(Text(tables[0]->rows[0][0]), "Blood count (every 2 weeks)");
  EXPECT_EQ(Text(tables[0]->rows[1][0]), "Lung tests");
}

TEST(PlannerTest, NoPlannerWithoutDatedTests) {
  PlanFixture fixture;
  fixture.plan.schedule.tests.push_back(Undated("Heart scan", plan::DueKind::kNextVisit));
  const doc::Document document = fixture.Build();
  EXPECT_TRUE(Part(document, "My 12-month planner").empty());
  EXPECT_FALSE(Part(document, "My checks").empty());
}

}  // namespace
}  // namespace careplan::compose
