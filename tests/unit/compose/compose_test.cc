#include "compose/compose.h"

#include <gtest/gtest.h>

#include <algorithm>

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

TEST(ComposeTest, PartsComeInTheOrderOfACarePlan) {
  PlanFixture fixture;
  fixture.plan.needs_blood_pressure_log = true;
  fixture.plan.medicines.push_back({nullptr, "herbal tea", "", false, {}});
  const doc::Document document = fixture.Build();
  EXPECT_EQ(HeadingTexts(document, 1),
            (std::vector<std::string>{"My care plan", "My treatments", "My medicines",
                                      "Check-ups and tests", "Looking after yourself",
                                      "Warning signs", "My blood-pressure log",
                                      "Questions for my next appointment", "Notes and sources"}));
  for (const doc::Heading* heading : All<doc::Heading>(document.blocks)) {
    if (heading->level == 1 && heading->text != "My care plan") {
      EXPECT_TRUE(heading->page_break_before) << heading->text;
    }
  }
  // The contents start page 2.
  const auto contents =
      std::find_if(document.blocks.begin(), document.blocks.end(),
                   [](const auto& b) { return std::holds_alternative<doc::Contents>(b); });
  ASSERT_NE(contents, document.blocks.end());
  EXPECT_TRUE(std::holds_alternative<doc::PageBreak>(*(contents - 1)));
  EXPECT_EQ(document.info.header_left, "Ann Example · MRN 1");
}

TEST(ComposeTest, GuideSectionsComeAfterTheContents) {
  PlanFixture fixture;
  fixture.guide.sections.push_back({"lungs", "Your lungs", {}, {"S3"}, {}, {}});
  fixture.plan.sections.push_back({&fixture.guide.sections[0], "organ: lungs"});
  const doc::Document document = fixture.Build();
  const auto h1 = HeadingTexts(document, 1);
  ASSERT_GE(h1.size(), 3u);
  EXPECT_EQ(h1[1], "About your condition");
  EXPECT_EQ(HeadingTexts(document, 2).front(), "Your lungs");
}

TEST(ComposeTest, FirstPageHasDetailsUrgentSignsAndTheNextTest) {
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
  fixture.profile.care_team.push_back({"Out-of-hours", "Ward 5", "0800 123", "", "", "", false});
  const doc::Document document = fixture.Build();
  const auto page1 = Part(document, "My care plan");
  const auto details = All<doc::LabelValueList>(page1);
  ASSERT_EQ(details.size(), 1u);
  EXPECT_EQ(details[0]->rows.front().first, "Name");
  EXPECT_EQ(Text(details[0]->rows[0].second), "Ann Example (known as Ann)");
  EXPECT_EQ(Text(details[0]->rows[1].second), "2 Mar 1970");
  EXPECT_EQ(Text(details[0]->rows[3].second), "systemic sclerosis, diagnosed Apr 2019");
  const auto callouts = All<doc::Callout>(page1);
  ASSERT_EQ(callouts.size(), 2u);
  EXPECT_EQ(callouts[0]->title, "Go to emergency care or call an ambulance if…");
  EXPECT_EQ(callouts[0]->items.size(), 2u);  // the third is on the Warning signs page
  EXPECT_EQ(callouts[1]->title, "Call your care team the same day if…");
  EXPECT_TRUE(HasParagraph(page1, "see Warning signs"));
  EXPECT_TRUE(HasParagraph(page1, "Next test: Lung tests, overdue since 20 Nov 2026"));
  ASSERT_EQ(All<doc::Table>(page1).size(), 1u);
  EXPECT_EQ(Text(All<doc::Table>(page1)[0]->rows[0][2]), "0800\u00A0123");  // kept together

  const auto warnings = Part(document, "Warning signs");
  size_t items = 0;
  for (const doc::Callout* callout : All<doc::Callout>(warnings)) items += callout->items.size();
  EXPECT_EQ(items, 4u);
}

TEST(ComposeTest, FirstPageBoxesPutThisPersonsOwnSignsFirst) {
  PlanFixture fixture;
  AddWarning(&fixture, "You suddenly become very short of breath", content::Urgency::kEmergency);
  AddWarning(&fixture, "You have chest pain, or you faint", content::Urgency::kEmergency);
  AddWarning(&fixture, "Your blood pressure is 140/90 or higher", content::Urgency::kEmergency);
  fixture.plan.warnings[0].reason.text = fixture.plan.warnings[1].reason.text =
      std::string(plan::kEveryone);
  fixture.plan.warnings[2].reason.text = "kidneys";
  const doc::Document document = fixture.Build();
  const auto page1 = Part(document, "My care plan");
  const auto callouts = All<doc::Callout>(page1);
  ASSERT_FALSE(callouts.empty());
  ASSERT_EQ(callouts[0]->items.size(), 2u);
  EXPECT_EQ(Text(callouts[0]->items[0]), "Your blood pressure is 140/90 or higher");
  EXPECT_EQ(Text(callouts[0]->items[1]), "You suddenly become very short of breath");
  // The full list keeps the plan's order.
  const auto warnings = Part(document, "Warning signs");
  EXPECT_EQ(Text(All<doc::Callout>(warnings)[0]->items[0]),
            "You suddenly become very short of breath");
}

TEST(ComposeTest, NextTestIsAtTheNextVisitWithoutDates) {
  PlanFixture fixture;
  const doc::Document document = fixture.Build();
  EXPECT_TRUE(HasParagraph(Part(document, "My care plan"), "Next tests: at your next visit"));
}

TEST(ComposeTest, TreatmentTableHasRowsDatesAndOutcomeWords) {
  PlanFixture fixture;
  fixture.AddTreatment("methotrexate", PartialDate{2019, 0, 0}, Ym(2020, 3),
                       Outcome::kInadequateResponse, "Skin got worse");
  fixture.AddTreatment("rituximab", testing::Ymd(2024, 10, 1), std::nullopt, Outcome::kOngoing);
  fixture.AddPlanned("stem cell transplant", Ym(2027, 3));
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "My treatments");
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
  // The key, then one chart with a lane per treatment.
  const auto charts = All<doc::Chart>(part);
  ASSERT_EQ(charts.size(), 2u);
  EXPECT_FALSE(charts[1]->description.empty());
}

TEST(ComposeTest, NoTreatmentsSaysSoAndDrawsNoChart) {
  PlanFixture fixture;
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "My treatments");
  EXPECT_TRUE(HasParagraph(part, "No treatments are recorded yet."));
  EXPECT_TRUE(Part(document, "My medicines").empty());
  EXPECT_TRUE(All<doc::Chart>(part).empty());
  EXPECT_TRUE(All<doc::Table>(part).empty());
}

TEST(ComposeTest, FortyTreatmentsMakeContinuedCharts) {
  PlanFixture fixture;
  for (int i = 0; i < 40; ++i) {
    fixture.AddTreatment("medicine " + std::to_string(i), Ym(2010 + i / 4, 1 + i % 12),
                         Ym(2011 + i / 4, 1 + i % 12), Outcome::kCompleted);
  }
  const doc::Document document = fixture.Build(18);
  const auto part = Part(document, "My treatments");
  EXPECT_GE(All<doc::Chart>(part).size(), 4u);  // key + 3
  EXPECT_EQ(HeadingTexts(document, 3).front(), "Treatment timeline (continued)");
  EXPECT_EQ(All<doc::Table>(part)[0]->rows.size(), 40u);
}

TEST(ComposeTest, MedicinesShowDoseWarningsAndUnknownOnes) {
  PlanFixture fixture;
  content::MedicineInfo info;
  info.name = "mycophenolate mofetil";
  info.purpose = "Calms the immune system.";
  content::WarningRule fever;
  fever.text = "You have a fever";
  fever.urgency = content::Urgency::kSameDay;
  fixture.knowledge.medicines.push_back(info);
  fixture.plan.medicines.push_back(
      {&fixture.knowledge.medicines[0], "MMF", "1 g twice a day", false, {&fever}});
  fixture.plan.medicines.push_back({nullptr, "herbal tea", "", false, {}});
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "My medicines");
  const auto h3 = All<doc::Heading>(part);
  ASSERT_EQ(h3.size(), 3u);
  EXPECT_EQ(h3[1]->text, "MMF (mycophenolate mofetil)");
  EXPECT_EQ(h3[2]->text, "herbal tea");
  const auto lists = All<doc::List>(part);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(Text(lists[0]->items[0]), "Call the same day: You have a fever");
  EXPECT_TRUE(HasParagraph(part, "Ask your care team"));
  EXPECT_EQ(Text(All<doc::LabelValueList>(part)[0]->rows[1].second), "1 g twice a day");
}

TEST(ComposeTest, ChecklistHasItemsGoalsAndAWeeklyTracker) {
  PlanFixture fixture;
  AddChecklist(&fixture, "Keep your whole body warm: wear layers.", true, false);
  AddChecklist(&fixture, "Weigh yourself regularly.", false, false);
  AddChecklist(&fixture, "Walk 4 times a week", false, true);
  const doc::Document document = fixture.Build();
  const auto part = Part(document, "Looking after yourself");
  const auto checklists = All<doc::Checklist>(part);
  ASSERT_EQ(checklists.size(), 2u);
  ASSERT_EQ(checklists[0]->items.size(), 2u);
  EXPECT_EQ(Text(checklists[0]->items[0].text), "Keep your whole body warm: wear layers.");
  ASSERT_EQ(checklists[1]->items.size(), 1u);
  EXPECT_EQ(Text(checklists[1]->items[0].text), "Walk 4 times a week");
  const auto grids = All<doc::FormGrid>(part);
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
  EXPECT_EQ(grids[0]->header[2], "Top number (systolic)");
  EXPECT_GE(grids[0]->blank_rows, 14);
  EXPECT_LE(grids[0]->blank_rows, 20);
  const auto callouts = All<doc::Callout>(part);
  ASSERT_EQ(callouts.size(), 1u);
  EXPECT_NE(Text(callouts[0]->items[0]).find("140/90"), std::string::npos);
}

TEST(ComposeTest, WarningSignsAndVaccines) {
  PlanFixture fixture;
  AddWarning(&fixture, "You faint", content::Urgency::kEmergency);
  AddWarning(&fixture, "You have a fever", content::Urgency::kSameDay);
  AddWarning(&fixture, "Your skin itches", content::Urgency::kInfo);
  fixture.plan.vaccines = {"Have a flu vaccine every year."};
  const auto part = Part(fixture.Build(), "Warning signs");
  const auto callouts = All<doc::Callout>(part);
  ASSERT_EQ(callouts.size(), 3u);
  EXPECT_EQ(callouts[0]->kind, doc::CalloutKind::kWarning);
  EXPECT_EQ(Text(callouts[0]->items[0]), "You faint");
  EXPECT_EQ(Text(callouts[1]->items[0]), "You have a fever");
  EXPECT_EQ(callouts[2]->kind, doc::CalloutKind::kInformation);
  ASSERT_EQ(All<doc::List>(part).size(), 1u);
  EXPECT_EQ(Text(All<doc::List>(part)[0]->items[0]), "Have a flu vaccine every year.");
}

TEST(ComposeTest, QuestionsHavePromptsAndBlankLines) {
  PlanFixture fixture;
  fixture.plan.question_prompts = {"Is my treatment working?", "What about the transplant?"};
  const auto part = Part(fixture.Build(), "Questions for my next appointment");
  const auto checklists = All<doc::Checklist>(part);
  ASSERT_EQ(checklists.size(), 1u);
  EXPECT_EQ(checklists[0]->items.size(), 2u);
  EXPECT_GT(checklists[0]->items[0].write_lines, 0);
  const auto lines = All<doc::WriteInLines>(part);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]->count, 8);
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
  const auto lists = All<doc::List>(part);
  ASSERT_EQ(lists.size(), 1u);
  ASSERT_EQ(lists[0]->items.size(), 2u);
  EXPECT_EQ(Text(lists[0]->items[0]), "S2: Second source.");
  EXPECT_EQ(Text(lists[0]->items[1]), "S10: Tenth source.");
  EXPECT_TRUE(HasParagraph(part, "supports, but does not replace"));
  EXPECT_TRUE(HasParagraph(part, "version 1.0"));
}

TEST(ComposeTest, PacketWithBlankFormsHasTheFourForms) {
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
  ASSERT_EQ(grids.size(), 3u);
  EXPECT_EQ(grids[0]->header,
            (std::vector<std::string>{"Medicine", "Dose", "From", "To", "Outcome", "Notes"}));
  EXPECT_EQ(grids[1]->header,
            (std::vector<std::string>{"Test", "Date done", "Result", "Next due"}));
  EXPECT_EQ(grids[2]->header[2], "Top number (systolic)");
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
  EXPECT_EQ(All<doc::Chart>(Part(document, "My treatments")).size(), 2u);
}

}  // namespace
}  // namespace careplan::compose
