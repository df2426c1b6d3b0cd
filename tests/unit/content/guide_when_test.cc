// "::: when" blocks in guide sections (guide_audience.h, guide_when.h): text
// for some people only, chosen per person; packets print every block.
#include "content/guide_when.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <variant>

#include "content/guide_loader.h"
#include "content_fixtures.h"

namespace careplan::content {
namespace {

using testing::ProfileFromText;
using testing::ShippedGuide;
using testing::ShippedKnowledge;

std::string Text(const doc::RichText& text) {
  std::string out;
  for (const doc::Span& span : text) out += span.text;
  return out;
}

std::string AllText(const std::vector<doc::Block>& blocks) {
  std::string out;
  for (const doc::Block& block : blocks) {
    if (const auto* heading = std::get_if<doc::Heading>(&block)) out += "# " + heading->text;
    if (const auto* paragraph = std::get_if<doc::Paragraph>(&block)) out += Text(paragraph->text);
    if (const auto* list = std::get_if<doc::List>(&block)) {
      for (const doc::RichText& item : list->items) out += "- " + Text(item) + "|";
    }
    out += "\n";
  }
  return out;
}

std::optional<GuideSection> Parse(const std::string& body, Diagnostics* diagnostics) {
  return ParseGuideSection(
      "---\nid: x\ntitle: X\napplies_when: always\nsources: [G1]\n---\n" + body, "x.md",
      diagnostics);
}

const char kBody[] = R"(Shared.

::: when {smoking: former}
Well done for stopping.
:::

::: when {not: {any: [{sex: male}, {pregnancy: not_possible}]}}
## Pregnancy

Tell your team at once if you might be pregnant.
:::
- first
::: when {medicine: rituximab, status: [current, planned]}
- rituximab timing
:::
- last
)";

std::string Person(const std::string& extra) {
  return "format: careplan/v1\nplan_date: 2026-11-24\npatient:\n  name: T\n" + extra +
         "diagnosis:\n  condition: systemic sclerosis\n";
}

std::string BodyFor(const GuideSection& section, const std::string& profile_text) {
  const profile::Profile profile = ProfileFromText(profile_text);
  const PersonFacts facts = MakePersonFacts(profile, ShippedKnowledge());
  const auto body = PersonalBody(section, facts);
  return AllText(body ? *body : section.body);
}

TEST(GuideWhenTest, BlocksPrintOnlyForThePeopleTheyFit) {
  Diagnostics diagnostics;
  const auto section = Parse(kBody, &diagnostics);
  ASSERT_TRUE(section) << FormatDiagnostics(diagnostics);
  ASSERT_EQ(section->when_blocks.size(), 3u);
  EXPECT_EQ(section->when_blocks[0].when.Describe(), "smoking: former");

  // A man who smokes, on no rituximab: none of the three.
  EXPECT_EQ(BodyFor(*section, Person("  sex: male\n") + "lifestyle:\n  smoking: current\n"),
            "Shared.\n- first|- last|\n");
  // A woman who stopped smoking and plans rituximab: all three.
  EXPECT_EQ(BodyFor(*section, Person("  sex: female\n") +
                                  "lifestyle:\n  smoking: former\nplanned:\n  - name: rituximab\n"),
            "Shared.\nWell done for stopping.\n# Pregnancy\nTell your team at once if you might "
            "be pregnant.\n- first|- rituximab timing|- last|\n");
  // Nothing said about sex or pregnancy: the pregnancy text stays.
  EXPECT_EQ(BodyFor(*section, Person("")),
            "Shared.\n# Pregnancy\nTell your team at once if you might be pregnant.\n- first|- "
            "last|\n");
}

TEST(GuideWhenTest, APacketPrintsEveryBlock) {
  Diagnostics diagnostics;
  const auto section = Parse(kBody, &diagnostics);
  ASSERT_TRUE(section);
  const profile::Profile packet = ProfileFromText("format: careplan/v1\npacket:\n  title: P\n");
  EXPECT_FALSE(PersonalBody(*section, MakePersonFacts(packet, ShippedKnowledge())));
  EXPECT_NE(AllText(section->body).find("rituximab timing"), std::string::npos);
  EXPECT_NE(AllText(section->body).find("Well done"), std::string::npos);
}

// "::: plan when": words about "this plan" for some people, which a packet,
// speaking to many, leaves out.
TEST(GuideWhenTest, PlanWhenBlocksPrintForThePeopleTheyFitAndNeverInPackets) {
  Diagnostics diagnostics;
  const auto section =
      Parse("Shared.\n::: plan when {sex: female}\nFollow page 1.\n:::\n::: packet\nAsk.\n:::\n",
            &diagnostics);
  ASSERT_TRUE(section) << FormatDiagnostics(diagnostics);
  ASSERT_EQ(section->when_blocks.size(), 1u);
  EXPECT_EQ(section->when_blocks[0].when.Describe(), "sex: female");
  EXPECT_EQ(BodyFor(*section, Person("  sex: female\n")), "Shared.\nFollow page 1.\n");
  EXPECT_EQ(BodyFor(*section, Person("  sex: male\n")), "Shared.\n");
  ASSERT_TRUE(section->packet_body);
  EXPECT_EQ(AllText(*section->packet_body), "Shared.\nAsk.\n");

  // A bad condition is reported at its own column.
  Diagnostics bad;
  EXPECT_FALSE(Parse("::: plan when {organs: lungs}\nX\n:::\n", &bad));
  EXPECT_NE(FormatDiagnostics(bad).find("x.md:7:"), std::string::npos) << FormatDiagnostics(bad);
}

// The guide tells a person to follow page 1's blood-pressure level only when
// the kidney rules put one there: its condition is a copy of theirs.
TEST(GuideWhenTest, ThePageOneBloodPressureSentenceFollowsTheKidneyRules) {
  const Knowledge& knowledge = ShippedKnowledge();
  const auto kidneys =
      std::find_if(knowledge.organs.begin(), knowledge.organs.end(),
                   [](const OrganRules& organ) { return organ.organ == "kidneys"; });
  ASSERT_NE(kidneys, knowledge.organs.end());
  const std::string rules = kidneys->applies_when.Describe();
  for (const char* id : {"care-kidneys", "medicine-glucocorticoids"}) {
    const auto& sections = ShippedGuide().sections;
    const auto section = std::find_if(sections.begin(), sections.end(),
                                      [&](const GuideSection& s) { return s.id == id; });
    ASSERT_NE(section, sections.end()) << id;
    int follows = 0;
    for (const WhenBlock& block : section->when_blocks) {
      const std::string when = block.when.Describe();
      if (when == rules) ++follows;
      if (when == "not " + rules) ++follows;
    }
    EXPECT_EQ(follows, 2) << id << ": " << rules;
  }
}

TEST(GuideWhenTest, BadBlocksAreErrorsAtTheirLine) {
  Diagnostics diagnostics;
  // An unknown condition key is an error of the parse; an unknown organ word is
  // checked against the guide's vocabulary once the rules are loaded (see the
  // e2e test of a guide's own words).
  EXPECT_FALSE(Parse("Text.\n::: when {organs: lungs}\nX\n:::\n", &diagnostics));
  EXPECT_TRUE(diagnostics.has_errors());
  std::string text = FormatDiagnostics(diagnostics);
  // The body starts on line 7.
  EXPECT_NE(text.find("x.md:8:"), std::string::npos) << text;
  EXPECT_NE(text.find("organs"), std::string::npos) << text;

  Diagnostics unclosed;
  EXPECT_FALSE(Parse("::: when {sex: male}\nX\n", &unclosed));
  EXPECT_NE(FormatDiagnostics(unclosed).find("\"::: when\" block is not closed"), std::string::npos)
      << FormatDiagnostics(unclosed);

  Diagnostics nested;
  EXPECT_FALSE(Parse("::: plan\n::: when {sex: male}\nX\n:::\n", &nested));
  EXPECT_NE(FormatDiagnostics(nested).find("cannot start inside"), std::string::npos);

  Diagnostics empty;
  EXPECT_FALSE(Parse("::: when\nX\n:::\n", &empty));
  EXPECT_NE(FormatDiagnostics(empty).find("needs a condition"), std::string::npos);

  Diagnostics bad_yaml;
  EXPECT_FALSE(Parse("::: when {sex: [male\nX\n:::\n", &bad_yaml));
  EXPECT_NE(FormatDiagnostics(bad_yaml).find("not valid YAML"), std::string::npos);
}

}  // namespace
}  // namespace careplan::content
