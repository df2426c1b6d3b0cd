// The contacts table's notes say when a contact answers out of hours too,
// but not for a line whose role says so already ("Out-of-hours"): there the
// words only pushed the team's own note down.
#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "compose/cover.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::PlanFixture;
using testing::Text;

profile::CareTeamMember Member(std::string role, std::string hours, std::string notes) {
  profile::CareTeamMember member;
  member.role = std::move(role);
  member.name = "A Name";
  member.phone = "0100";
  member.hours = std::move(hours);
  member.notes = std::move(notes);
  member.out_of_hours = true;
  return member;
}

// The Notes cell of each row, in order.
std::vector<std::string> Notes(const PlanFixture& fixture) {
  std::vector<doc::Block> blocks;
  AppendCareTeamFull(fixture.plan, fixture.Measure(), &blocks);
  std::vector<std::string> notes;
  for (const doc::Block& block : blocks) {
    if (const auto* table = std::get_if<doc::Table>(&block)) {
      for (const auto& row : table->rows) notes.push_back(Text(row[3]));
    }
  }
  return notes;
}

TEST(CareTeamTableTest, SaysAlsoOutOfHoursOnlyWhereTheRoleDoesNot) {
  PlanFixture fixture;
  fixture.profile.care_team = {
      Member("Out-of-hours", "", "Call for a temperature of 38 °C or above"),
      Member("Specialist nurse", "Mon to Fri, 9 to 5", ""),
      Member("Rheumatologist", "", "Reviews every 6 months")};
  EXPECT_EQ(Notes(fixture),
            (std::vector<std::string>{"Call for a temperature of 38 °C or above",
                                      "Mon to Fri, 9 to 5; also out of hours",
                                      "Also out of hours\nReviews every 6 months"}));
}

}  // namespace
}  // namespace careplan::compose
