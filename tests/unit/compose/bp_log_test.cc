#include "compose/bp_log.h"

#include <gtest/gtest.h>

#include "compose/bp_log_example.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::All;
using testing::Part;
using testing::PlanFixture;
using testing::Text;

constexpr char kLog[] = "My blood-pressure log";

void NeedsLog(PlanFixture* fixture) {
  fixture->plan.needs_blood_pressure_log = true;
  fixture->knowledge.blood_pressure_how_to.steps = {"Take two readings, 1 minute apart.",
                                                    "Write both readings in the log."};
}

void AddTeamLevel(PlanFixture* fixture, std::string usual, std::string act_at) {
  profile::HomeMonitoring entry;
  entry.measure = profile::HomeMeasure::kBloodPressure;
  entry.usual = std::move(usual);
  entry.act_at = std::move(act_at);
  entry.action = "Check again after 15 minutes. If it is still this high, call the ward.";
  fixture->profile.home_monitoring.push_back(entry);
}

void AddRulesWarning(PlanFixture* fixture) {
  plan::WarningEntry warning;
  warning.text =
      "Your blood pressure is 140/90 or higher, or 20 points (mmHg) above your usual (write it "
      "here: ____/____), and still high when you check again";
  warning.urgency = content::Urgency::kEmergency;
  fixture->plan.warnings.push_back(warning);
}

const doc::FormGrid& LogGrid(const std::vector<doc::Block>& part) {
  const auto grids = All<doc::FormGrid>(part);
  EXPECT_EQ(grids.size(), 1u);
  return *grids.front();
}

std::vector<std::string> RowTexts(const std::vector<doc::RichText>& row) {
  std::vector<std::string> out;
  for (const doc::RichText& cell : row) out.push_back(Text(cell));
  return out;
}

TEST(BloodPressureLogPageTest, ExampleRowShowsTheTeamsUsualReadingBelowItsLevel) {
  PlanFixture fixture;
  NeedsLog(&fixture);
  AddTeamLevel(&fixture, "125/80", "140/90");
  const auto part = Part(fixture.Build(), kLog);
  const doc::FormGrid& grid = LogGrid(part);
  ASSERT_EQ(grid.filled_rows.size(), 1u);
  EXPECT_EQ(RowTexts(grid.filled_rows[0]),
            (std::vector<std::string>{"Example\n3 Mar", "8:15 am", "125/80", "123/78", "72",
                                      "Felt fine"}));
  // The word, in bold, says it is an example; no colour is needed.
  EXPECT_EQ(grid.filled_rows[0][0][0].text, "Example");
  EXPECT_EQ(grid.filled_rows[0][0][0].style, doc::TextStyle::kBold);
  EXPECT_EQ(grid.header[2], "First reading");
  EXPECT_EQ(grid.header[3], "Second reading");
  EXPECT_EQ(grid.blank_rows, 12);
  // One set of numbers: the box still gives the team's level.
  const auto boxes = All<doc::Callout>(part);
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_EQ(boxes[0]->title, "When to act (your care team's level)");
  EXPECT_NE(Text(boxes[0]->items[0]).find("140/90 or higher"), std::string::npos);
}

TEST(BloodPressureLogPageTest, StepsSayToWriteBothAndPointToTheWhenToActBox) {
  PlanFixture fixture;
  NeedsLog(&fixture);
  AddRulesWarning(&fixture);
  const auto part = Part(fixture.Build(), kLog);
  const auto lists = All<doc::List>(part);
  ASSERT_EQ(lists.size(), 1u);
  ASSERT_EQ(lists[0]->items.size(), 3u);
  EXPECT_EQ(Text(lists[0]->items[1]), "Write both readings in the log.");
  EXPECT_EQ(Text(lists[0]->items[2]),
            "If either reading is at or above the level in the box \"When to act\" above, do "
            "what it says. A reading is at that level when its top number, or its bottom number, "
            "is as high as the box's or higher.");
  const auto boxes = All<doc::Callout>(part);
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_EQ(boxes[0]->title, "When to act: go to emergency care or call an ambulance if…");
  bool says_how_to_fill = false;
  for (const doc::Paragraph* paragraph : All<doc::Paragraph>(part)) {
    says_how_to_fill |=
        Text(paragraph->text).find("the first row is an example") != std::string::npos;
  }
  EXPECT_TRUE(says_how_to_fill);
}

TEST(BloodPressureLogPageTest, WithoutAUsualReadingTheExampleIsWellBelowTheWarningLevel) {
  PlanFixture fixture;
  NeedsLog(&fixture);
  AddRulesWarning(&fixture);
  const auto part = Part(fixture.Build(), kLog);
  const doc::FormGrid& grid = LogGrid(part);
  ASSERT_EQ(grid.filled_rows.size(), 1u);
  EXPECT_EQ(Text(grid.filled_rows[0][2]), "118/76");
  EXPECT_EQ(Text(grid.filled_rows[0][3]), "116/74");
}

TEST(BloodPressureLogPageTest, ALowTeamLevelLowersTheMadeUpExample) {
  PlanFixture fixture;
  NeedsLog(&fixture);
  AddTeamLevel(&fixture, "", "120/80");
  const auto part = Part(fixture.Build(), kLog);
  const doc::FormGrid& grid = LogGrid(part);
  ASSERT_EQ(grid.filled_rows.size(), 1u);
  EXPECT_EQ(Text(grid.filled_rows[0][2]), "105/70");
  EXPECT_EQ(Text(grid.filled_rows[0][3]), "103/68");
}

TEST(BloodPressureLogPageTest, NoExampleWhenTheUsualReadingIsNotBelowTheLevel) {
  PlanFixture fixture;
  NeedsLog(&fixture);
  AddTeamLevel(&fixture, "150/95", "140/90");
  const auto part = Part(fixture.Build(), kLog);
  EXPECT_TRUE(LogGrid(part).filled_rows.empty());
  for (const doc::Paragraph* paragraph : All<doc::Paragraph>(part)) {
    EXPECT_EQ(Text(paragraph->text).find("example"), std::string::npos);
  }
}

TEST(BloodPressureLogPageTest, TheBlankPacketFormHasNoExample) {
  PlanFixture fixture;
  EXPECT_TRUE(MakeBloodPressureGrid(12, fixture.Measure()).filled_rows.empty());
}

TEST(BloodPressureLogExampleTest, LowestLevelInTakesEachNumberFromTheText) {
  const auto level = LowestLevelIn("140/90 or higher, or above 150/85 twice");
  ASSERT_TRUE(level.has_value());
  EXPECT_EQ(level->systolic, 140);
  EXPECT_EQ(level->diastolic, 85);
  EXPECT_FALSE(LowestLevelIn("your usual (write it here: ____/____) on 12/2026").has_value());
  EXPECT_FALSE(LowestLevelIn("").has_value());
}

// Olena's team asks for the readings every Friday; the log page says so,
// not only the contacts table. The ward's note (when to call) is the box's.
TEST(BloodPressureLogPageTest, TheTeamsNoteOnReadingsIsOnTheLogPage) {
  PlanFixture fixture;
  NeedsLog(&fixture);
  AddRulesWarning(&fixture);
  profile::CareTeamMember nurse;
  nurse.role = "Kidney nurse";
  nurse.name = "Ann Lee";
  nurse.email = "renal@example.org";
  nurse.notes = "Send your blood pressure readings by e-mail every Friday";
  profile::CareTeamMember ward;
  ward.role = "Out-of-hours";
  ward.out_of_hours = true;
  ward.notes = "Blood pressure still high after 15 minutes";
  profile::CareTeamMember doctor;
  doctor.role = "Rheumatologist";
  doctor.notes = "Reviews every 6 months";
  fixture.profile.care_team = {nurse, ward, doctor};
  const auto part = Part(fixture.Build(), kLog);
  std::vector<std::string> notes;
  for (const doc::Paragraph* paragraph : All<doc::Paragraph>(part)) {
    const std::string text = Text(paragraph->text);
    if (text.rfind("From your ", 0) == 0) notes.push_back(text);
  }
  EXPECT_EQ(notes, (std::vector<std::string>{
                       "From your kidney nurse, Ann Lee: Send your blood pressure "
                       "readings by e-mail every Friday. E-mail: renal@example.org."}));
}

}  // namespace
}  // namespace careplan::compose
