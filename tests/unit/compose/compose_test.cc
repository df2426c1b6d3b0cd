#include "compose/compose.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "compose/questions_page.h"
#include "plan/reasons.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using profile::Outcome;
using testing::All;
using testing::HeadingTexts;
using testing::Part;
using testing::PlanFixture;
using testing::Text;
using testing::Ym;

bool HasParagraph(const std::vector<doc::Block>& blocks, const std::string& text) {
  for (const doc::Paragraph* p : All<doc::Paragraph>(blocks)) {
    if (Text(p->text).find(text) != std::string::npos) return true;
  }
  return false;
}

void AddWarning(PlanFixture* fixture, std::string text, content::Urgency urgency) {
  plan::WarningEntry warning;
  warning.text = std::move(text);
  warning.urgency = urgency;
  fixture->plan.warnings.push_back(std::move(warning));
}

void AddChecklist(PlanFixture* fixture, std::string text, bool daily, bool goal) {
  plan::ChecklistEntry entry;
  entry.text = std::move(text);
  entry.daily = daily;
  entry.personal_goal = goal;
  fixture->plan.checklist.push_back(std::move(entry));
}

TEST(ComposeTest, PartOneComesFirstThenTheLogsThenTheGuide) {
  PlanFixture fixture;
  fixture.plan.needs_blood_pressure_log = true;
  fixture.plan.medicines.push_back({nullptr, "herbal tea", "", false, {}});
  fixture.AddTreatment("rituximab", testing::Ymd(2024, 10, 1), std::nullopt, Outcome::kOngoing);
  const doc::Document document = fixture.Build();
  // The treatment history chart, the least urgent part, ends Part 1.
  EXPECT_EQ(HeadingTexts(document, 1),
            (std::vector<std::string>{"My plan at a glance", "My medicines", "My checks",
                                      "Looking after myself and my next visit",
                                      "My treatment history", "My blood-pressure log",
                                      "Part 2: About my condition", "Contacts and sources"}));
  // Part 1 flows after page 1; each log and Part 2 start a page, and Part 2
  // flows on into its contacts and sources.
  for (const doc::Heading* heading : All<doc::Heading>(document.blocks)) {
    if (heading->level != 1 || heading->text == "My plan at a glance") continue;
    const bool flows =
        heading->text == "My checks" || heading->text == "Looking after myself and my next visit" ||
        heading->text == "My treatment history" || heading->text == "Contacts and sources";
    EXPECT_EQ(heading->page_break_before, !flows) << heading->text;
  }
  // The contents open Part 2, not the plan.
  const auto contents =
      std::find_if(document.blocks.begin(), document.blocks.end(),
                   [](const auto& b) { return std::holds_alternative<doc::Contents>(b); });
  ASSERT_NE(contents, document.blocks.end());
  const auto part_two = Part(document, "Part 2: About my condition");
  EXPECT_EQ(All<doc::Contents>(part_two).size(), 1u);
  EXPECT_EQ(document.info.header_left, "Ann Example · MRN 1");
}

// James's team gives its own temperature level; the guide's medicine pages
// say "call your care team the same day" at 38.0 °C. Part 2 says at its start
// which of the two to follow.
TEST(ComposeTest, PartTwoSaysTheTeamsOwnLevelsComeFirst) {
  PlanFixture fixture;
  const auto intro = [&]() {
    const doc::Document document = fixture.Build();
    const auto part_two = Part(document, "Part 2: About my condition");
    const auto paragraphs = All<doc::Paragraph>(part_two);
    return paragraphs.empty() ? std::string() : Text(paragraphs[0]->text);
  };
  EXPECT_EQ(intro().find("care team's own level"), std::string::npos);
  profile::HomeMonitoring temperature;
  temperature.measure = profile::HomeMeasure::kTemperature;
  temperature.every = Interval{1, IntervalUnit::kDays};  // an interval is not a level
  fixture.profile.home_monitoring.push_back(temperature);
  EXPECT_EQ(intro().find("care team's own level"), std::string::npos);
  fixture.profile.home_monitoring[0].act_at = "38.0 °C";
  profile::HomeMonitoring weight;
  weight.measure = profile::HomeMeasure::kWeight;
  weight.action = "Call the dietitian.";
  fixture.profile.home_monitoring.push_back(weight);
  EXPECT_NE(intro().find("Part 1 gives your care team's own level for your temperature and "
                         "weight: where this part gives general advice about them, follow your "
                         "care team's."),
            std::string::npos);
}

TEST(ComposeTest, GuideSectionsOpenPartTwo) {
  PlanFixture fixture;
  fixture.guide.sections.push_back({"lungs", "Your lungs", {}, {"S3"}, {}, {}});
  fixture.plan.sections.push_back({&fixture.guide.sections[0], "organ: lungs"});
  const doc::Document document = fixture.Build();
  const auto part_two = Part(document, "Part 2: About my condition");
  const auto headings = All<doc::Heading>(part_two);
  ASSERT_GE(headings.size(), 2u);
  EXPECT_EQ(headings[1]->text, "Your lungs");
  EXPECT_EQ(headings[1]->level, 2);
}

TEST(ComposeTest, FirstPageHasWhoEverySignWhoToCallAndTheNextChecks) {
  PlanFixture fixture;
  AddWarning(&fixture, "You suddenly become very short of breath", content::Urgency::kEmergency);
  AddWarning(&fixture, "You have chest pain, or you faint", content::Urgency::kEmergency);
  AddWarning(&fixture, "You cannot stop vomiting", content::Urgency::kEmergency);
  AddWarning(&fixture, "You have a temperature of 38 °C", content::Urgency::kSameDay);
  plan::ScheduledTest test;
  test.name = "Lung tests";
  test.due = plan::DueKind::kDated;
  test.next_due = Date(2026, 11, 20);
  test.overdue = true;
  fixture.plan.schedule.tests.push_back(test);
  fixture.profile.care_team.push_back({"Nurse", "Jo Bloggs", "0800 555", "", "", "", false});
  fixture.profile.care_team.push_back({"Out-of-hours", "Ward 5", "0800 123", "",
                                       "Call it for a temperature of 38 °C or above", "", true});
  const doc::Document document = fixture.Build();
  const auto page1 = Part(document, "My plan at a glance");
  const auto paragraphs = All<doc::Paragraph>(page1);
  ASSERT_FALSE(paragraphs.empty());
  EXPECT_EQ(Text(paragraphs[0]->text).rfind("Ann Example (known as Ann) · born 2 Mar 1970", 0), 0u)
      << Text(paragraphs[0]->text);
  EXPECT_TRUE(
      HasParagraph(page1, "My condition: systemic sclerosis (scleroderma), diagnosed Apr 2019"));
  const auto callouts = All<doc::Callout>(page1);
  ASSERT_EQ(callouts.size(), 2u);
  EXPECT_EQ(callouts[0]->title, "Go to emergency care or call an ambulance if…");
  EXPECT_EQ(callouts[0]->items.size(), 3u);  // every one, never cut short
  EXPECT_EQ(callouts[1]->title, "Call your care team the same day if…");
  const auto who = All<doc::LabelValueList>(page1);
  ASSERT_EQ(who.size(), 1u);
  ASSERT_GE(who[0]->rows.size(), 2u);
  EXPECT_EQ(who[0]->rows[0].first, "Weekdays");
  EXPECT_EQ(Text(who[0]->rows[0].second), "Nurse (Jo Bloggs): 0800\u00A0555");
  EXPECT_EQ(who[0]->rows[1].first, "Out of hours");
  // The team's own words on when to use the line are beside its number.
  EXPECT_EQ(Text(who[0]->rows[1].second),
            "Ward 5: 0800\u00A0123. Call it for a temperature of 38 °C or above.");
  const auto lists = All<doc::List>(page1);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(Text(lists[0]->items[0]), "Lung tests: overdue since 20 Nov 2026");
  // No other part repeats the signs.
  size_t boxes = 0;
  for (const doc::Callout* callout : All<doc::Callout>(document.blocks)) {
    if (callout->kind == doc::CalloutKind::kWarning) ++boxes;
  }
  EXPECT_EQ(boxes, 2u);
}

TEST(ComposeTest, NextChecksAreAtTheNextVisitWithoutDates) {
  PlanFixture fixture;
  const doc::Document document = fixture.Build();
  EXPECT_TRUE(
      HasParagraph(Part(document, "My plan at a glance"), "My next checks: at your next visit"));
}

TEST(ComposeTest, TreatmentTableHasRowsDatesAndOutcomeWords) {
  PlanFixture fixture;
  fixture.AddTreatment("methotrexate", PartialDate{2019, 0, 0}, Ym(2020, 3),
                       Outcome::kInadequateResponse, "Skin got worse");
  fixture.AddTreatment("rituximab", testing::Ymd(2024, 10, 1), std::nullopt, Outcome::kOngoing);
  fixture.AddPlanned("stem cell transplant", Ym(2027, 3));
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "My treatments in detail");
  const auto tables = All<doc::Table>(part);
  ASSERT_EQ(tables.size(), 1u);
  const doc::Table& table = *tables[0];
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(Text(table.rows[0][0]), "methotrexate");
  EXPECT_EQ(Text(table.rows[0][2]), "2019");
  EXPECT_EQ(Text(table.rows[0][3]), "Mar 2020");
  EXPECT_EQ(Text(table.rows[0][4]), "Did not work well enough (inadequate response)");
  EXPECT_EQ(Text(table.rows[0][5]), "Skin got worse");
  EXPECT_EQ(Text(table.rows[1][2]), "1 Oct 2024");
  EXPECT_EQ(Text(table.rows[1][3]), "now");
  EXPECT_EQ(Text(table.rows[1][4]), "Still taking it");
  EXPECT_EQ(Text(table.rows[2][4]), "Planned");
  EXPECT_TRUE(HasParagraph(part, "How to read this table"));
  // Part 1's history: one chart with a lane per treatment, no key (the
  // words beside the bars say how each went).
  const auto history = Part(document, "My treatment history");
  const auto charts = All<doc::Chart>(history);
  ASSERT_EQ(charts.size(), 1u);
  EXPECT_FALSE(charts[0]->description.empty());
}

TEST(ComposeTest, NoTreatmentsSaysSoAndDrawsNoChart) {
  PlanFixture fixture;
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "My medicines");
  EXPECT_TRUE(HasParagraph(part, "No medicines are recorded now."));
  EXPECT_TRUE(All<doc::Chart>(part).empty());
  EXPECT_TRUE(Part(document, "My treatments in detail").empty());
}

TEST(ComposeTest, FortyTreatmentsMakeContinuedCharts) {
  PlanFixture fixture;
  for (int i = 0; i < 40; ++i) {
    fixture.AddTreatment("medicine " + std::to_string(i), Ym(2010 + i / 4, 1 + i % 12),
                         Ym(2011 + i / 4, 1 + i % 12), Outcome::kCompleted);
  }
  const doc::Document document = fixture.Build(18);
  const auto part = Part(document, "My treatment history");
  EXPECT_GE(All<doc::Chart>(part).size(), 3u);
  const auto h3 = HeadingTexts(document, 3);
  EXPECT_NE(std::find(h3.begin(), h3.end(), "Treatment timeline (continued)"), h3.end());
  EXPECT_EQ(All<doc::Table>(Part(document, "My treatments in detail"))[0]->rows.size(), 40u);
}

TEST(ComposeTest, MedicinesTableThenCardsInPartTwo) {
  PlanFixture fixture;
  content::MedicineInfo info;
  info.name = "mycophenolate mofetil";
  info.purpose = "Calms the immune system. It helps the lungs.";
  content::WarningRule fever;
  fever.text = "You have a fever";
  fever.urgency = content::Urgency::kSameDay;
  content::WarningRule sun;
  sun.text = "Use sunscreen.";
  fixture.knowledge.medicines.push_back(info);
  fixture.plan.medicines.push_back(
      {&fixture.knowledge.medicines[0], "MMF", "1 g twice a day", false, {&fever, &sun}});
  fixture.plan.medicines.push_back({nullptr, "herbal tea", "", false, {}});
  const doc::Document document = fixture.Build();
  const auto summary = Part(document, "My medicines");
  const auto table = All<doc::Table>(summary);
  ASSERT_EQ(table.size(), 1u);
  ASSERT_EQ(table[0]->rows.size(), 2u);
  EXPECT_EQ(Text(table[0]->rows[0][0]), "MMF (mycophenolate mofetil)\n1 g twice a day");
  EXPECT_EQ(Text(table[0]->rows[0][1]), "Calms the immune system.");
  EXPECT_EQ(Text(table[0]->rows[0][2]), "Use sunscreen.");
  EXPECT_NE(Text(table[0]->rows[1][1]).find("Ask your care team"), std::string::npos);
  const auto cards = Part(document, "My medicines in detail");
  const auto h3 = All<doc::Heading>(cards);
  ASSERT_EQ(h3.size(), 3u);
  EXPECT_EQ(h3[1]->text, "MMF (mycophenolate mofetil)");
  EXPECT_EQ(h3[2]->text, "herbal tea");
  const auto lists = All<doc::List>(cards);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(Text(lists[0]->items[0]), "Use sunscreen.");  // the fever sign is on page 1
}

TEST(ComposeTest, SelfCareThenAWeeklyTrackerAmongTheLogs) {
  PlanFixture fixture;
  AddChecklist(&fixture, "Keep your whole body warm: wear layers.", true, false);
  AddChecklist(&fixture, "Weigh yourself regularly.", false, false);
  AddChecklist(&fixture, "Walk 4 times a week", false, true);
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "Looking after myself and my next visit");
  const auto checklists = All<doc::Checklist>(part);
  ASSERT_GE(checklists.size(), 2u);
  ASSERT_EQ(checklists[0]->items.size(), 2u);
  EXPECT_EQ(Text(checklists[0]->items[0].text), "Keep your whole body warm: wear layers.");
  ASSERT_EQ(checklists[1]->items.size(), 1u);
  EXPECT_EQ(Text(checklists[1]->items[0].text), "Walk 4 times a week");
  const auto week = Part(document, "My week");
  const auto grids = All<doc::FormGrid>(week);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0]->header, (std::vector<std::string>{"Daily habit", "Mon", "Tue", "Wed", "Thu",
                                                        "Fri", "Sat", "Sun"}));
  EXPECT_EQ(grids[0]->first_column, (std::vector<std::string>{"Keep your whole body warm"}));
  EXPECT_GE(grids[0]->blank_rows, 3);
}

TEST(ComposeTest, BloodPressureLogOnlyWhenNeeded) {
  PlanFixture fixture;
  EXPECT_TRUE(Part(fixture.Build(), "My blood-pressure log").empty());
  fixture.plan.needs_blood_pressure_log = true;
  fixture.plan.blood_pressure_log_reason.text = "kidneys";
  AddWarning(&fixture,
             "Your blood pressure is 140/90 or higher, or 20 points (mmHg) above your usual",
             content::Urgency::kSameDay);
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "My blood-pressure log");
  ASSERT_FALSE(part.empty());
  EXPECT_TRUE(HasParagraph(part, "Why: kidneys."));
  const auto grids = All<doc::FormGrid>(part);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0]->header[2], "First reading");
  EXPECT_GE(grids[0]->blank_rows, 10);
  EXPECT_LE(grids[0]->blank_rows, 20);
  const auto callouts = All<doc::Callout>(part);
  ASSERT_EQ(callouts.size(), 1u);
  EXPECT_NE(Text(callouts[0]->items[0]).find("140/90"), std::string::npos);
}

TEST(ComposeTest, SignsToMentionAtTheVisitAndVaccinesHaveTheirOnePlace) {
  PlanFixture fixture;
  AddWarning(&fixture, "You faint", content::Urgency::kEmergency);
  AddWarning(&fixture, "You have a fever", content::Urgency::kSameDay);
  AddWarning(&fixture, "Your skin itches", content::Urgency::kInfo);
  fixture.plan.vaccines = {"Have a flu vaccine every year."};
  const doc::Document document = fixture.Build();
  const auto visit_part = Part(document, "Looking after myself and my next visit");
  const auto visit = All<doc::Callout>(visit_part);
  ASSERT_EQ(visit.size(), 1u);
  EXPECT_EQ(visit[0]->kind, doc::CalloutKind::kInformation);
  EXPECT_EQ(Text(visit[0]->items[0]), "Your skin itches");
  const auto vaccines = Part(document, "My vaccines");
  ASSERT_EQ(All<doc::List>(vaccines).size(), 1u);
  EXPECT_EQ(Text(All<doc::List>(vaccines)[0]->items[0]), "Have a flu vaccine every year.");
}

TEST(ComposeTest, QuestionsHaveTheFirstPromptsAndBlankLines) {
  PlanFixture fixture;
  fixture.plan.question_prompts = {"One?", "Two?", "Three?", "Four?", "Five?"};
  const auto part = Part(fixture.Build(), "Questions for my next visit");
  const auto checklists = All<doc::Checklist>(part);
  ASSERT_EQ(checklists.size(), 1u);
  EXPECT_EQ(checklists[0]->items.size(), kVisitQuestions);
  EXPECT_EQ(Text(checklists[0]->items[0].text), "One?");
  EXPECT_GT(checklists[0]->items[0].write_lines, 0);
  const auto lines = All<doc::WriteInLines>(part);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]->label, "My own questions, and notes from the visit");
}

TEST(ComposeTest, TeamNotesHaveNoLinesOfTheirOwn) {
  PlanFixture fixture;
  fixture.profile.notes = "Bring your readings.";
  const doc::Document document = fixture.Build();
  const auto notes = Part(document, "Notes from my care team");
  ASSERT_FALSE(notes.empty());
  EXPECT_TRUE(All<doc::WriteInLines>(notes).empty());
  // New notes go on the questions' lines, after the notes.
  const auto questions = Part(document, "Questions for my next visit");
  const auto lines = All<doc::WriteInLines>(questions);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]->label, kOwnQuestionsAndNotes);
}

TEST(ComposeTest, SourcesAreTheOnesUsedInNaturalOrder) {
  PlanFixture fixture;
  fixture.knowledge.sources["S2"] = {"S2", "Second source.", ""};
  fixture.knowledge.sources["S10"] = {"S10", "Tenth source.", ""};
  fixture.knowledge.sources["S4"] = {"S4", "Unused source.", ""};
  AddWarning(&fixture, "You faint", content::Urgency::kEmergency);
  fixture.plan.warnings.back().reason.sources = {"S10"};
  AddChecklist(&fixture, "Stay warm.", false, false);
  fixture.plan.checklist.back().reason.sources = {"S2"};
  const auto part = Part(fixture.Build(), "About this plan");
  EXPECT_TRUE(HasParagraph(part, "source list (version 1.0): S2, S10. They"));
  EXPECT_TRUE(HasParagraph(part, "supports, but does not replace"));
  EXPECT_TRUE(HasParagraph(part, "version 1.0"));
}

TEST(ComposeTest, PacketWithBlankFormsHasTheFiveForms) {
  PlanFixture fixture;
  fixture.profile.kind = profile::ProfileKind::kPacket;
  fixture.profile.packet.title = "Scleroderma and your lungs";
  fixture.profile.packet.organisation = "Lung clinic";
  fixture.profile.packet.blank_forms = true;
  content::LifestyleItem always;
  always.text = "Learn about scleroderma.";
  content::LifestyleItem lungs;
  lungs.text = "Do breathing exercises.";
  lungs.when.kind = content::ConditionKind::kOrgan;
  fixture.knowledge.lifestyle = {always, lungs};
  const doc::Document document = fixture.Build();
  EXPECT_EQ(HeadingTexts(document, 1).front(), "Scleroderma and your lungs");
  EXPECT_EQ(All<doc::Contents>(document.blocks).size(), 1u);
  const auto forms = Part(document, "Forms to fill in");
  const auto grids = All<doc::FormGrid>(forms);
  ASSERT_EQ(grids.size(), 4u);
  EXPECT_EQ(grids[0]->header,
            (std::vector<std::string>{"Medicine", "Dose", "From", "To", "Outcome", "Notes"}));
  EXPECT_EQ(grids[1]->header,
            (std::vector<std::string>{"Test", "Date done", "Result", "Next due"}));
  EXPECT_EQ(grids[2]->header[2], "First reading");
  EXPECT_EQ(grids[3]->header, (std::vector<std::string>{"Date", "Time", "Weight", "Notes"}));
  const auto checklists = All<doc::Checklist>(forms);
  ASSERT_EQ(checklists.size(), 1u);
  ASSERT_EQ(checklists[0]->items.size(), 1u);
  EXPECT_EQ(Text(checklists[0]->items[0].text), "Learn about scleroderma.");
  EXPECT_EQ(document.info.header_left, "Scleroderma and your lungs");
}

TEST(ComposeTest, PacketWithoutBlankFormsHasNoForms) {
  PlanFixture fixture;
  fixture.profile.kind = profile::ProfileKind::kPacket;
  fixture.profile.packet.title = "Scleroderma";
  fixture.profile.packet.blank_forms = false;
  const doc::Document document = fixture.Build();
  EXPECT_TRUE(Part(document, "Forms to fill in").empty());
  EXPECT_TRUE(All<doc::FormGrid>(document.blocks).empty());
  EXPECT_TRUE(All<doc::Checklist>(document.blocks).empty());
}

TEST(ComposeTest, WorksWithoutMetrics) {
  PlanFixture fixture;
  fixture.AddTreatment("methotrexate", Ym(2019, 5), Ym(2021, 2), Outcome::kEffective);
  ComposeOptions options;  // no metrics: an estimate is used
  const doc::Document document = BuildDocument(fixture.plan, options);
  EXPECT_EQ(All<doc::Chart>(Part(document, "My treatment history")).size(), 1u);
}

}  // namespace
}  // namespace careplan::compose
