#include "content/guide_audience.h"

#include <gtest/gtest.h>

#include <regex>
#include <variant>

#include "content/readability.h"
#include "content_fixtures.h"

namespace careplan::content {
namespace {

using profile::ProfileKind;

const SourceLoc kBodyStart{"x.md", 6, 1};

std::string Text(const doc::RichText& text) {
  std::string out;
  for (const doc::Span& span : text) out += span.text;
  return out;
}

// Every word of a body, headings included, one block a line.
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

TEST(SplitAudiencesTest, SharedTextGoesToBothAndBlocksToOne) {
  Diagnostics diagnostics;
  const auto texts =
      SplitAudiences("Shared.\n::: plan\nFor one.\n:::\n::: packet\nFor many.\n:::\nEnd.\n",
                     kBodyStart, &diagnostics);
  ASSERT_TRUE(texts) << FormatDiagnostics(diagnostics);
  EXPECT_TRUE(texts->differ);
  // Lines keep their numbers: fences and the other audience's lines are blank.
  EXPECT_EQ(texts->plan, "Shared.\n\nFor one.\n\n\n\n\nEnd.\n");
  EXPECT_EQ(texts->packet, "Shared.\n\n\n\n\nFor many.\n\nEnd.\n");
}

TEST(SplitAudiencesTest, TextWithoutBlocksIsTheSameForBoth) {
  Diagnostics diagnostics;
  const auto texts = SplitAudiences("A line ::: plan\n\n- item\r\n", kBodyStart, &diagnostics);
  ASSERT_TRUE(texts);
  EXPECT_FALSE(texts->differ);
  EXPECT_EQ(texts->plan, "A line ::: plan\n\n- item\r\n");
  EXPECT_EQ(texts->packet, texts->plan);
}

TEST(SplitAudiencesTest, FencesMayHaveCrLfAndSpaces) {
  Diagnostics diagnostics;
  const auto texts = SplitAudiences("::: packet  \r\nMany.\r\n:::\r\n", kBodyStart, &diagnostics);
  ASSERT_TRUE(texts) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(texts->plan, "\n\n\n");
  EXPECT_EQ(texts->packet, "\nMany.\r\n\n");
}

TEST(SplitAudiencesTest, MistakesAreErrorsAtTheirLine) {
  const struct {
    const char* markdown;
    const char* error;
  } cases[] = {
      {"::: patient\nx\n:::\n",
       "x.md:6:1: error: unknown block \"patient\"; expected plan, packet, when CONDITION or plan "
       "when CONDITION\n"},
      {"::: plan\n::: packet\n:::\n",
       "x.md:7:1: error: a \"::: packet\" block cannot start inside the \"::: plan\" block of "
       "line 6; end that one first with a line \":::\"\n"},
      {"Text.\n\n::: packet\nMany.\n",
       "x.md:8:1: error: the \"::: packet\" block is not closed: end it with a line \":::\"\n"},
      {"Text.\n:::\n", "x.md:7:1: error: \":::\" ends no block\n"},
  };
  for (const auto& test : cases) {
    Diagnostics diagnostics;
    EXPECT_FALSE(SplitAudiences(test.markdown, kBodyStart, &diagnostics)) << test.markdown;
    EXPECT_EQ(FormatDiagnostics(diagnostics), test.error);
  }
}

TEST(GuideAudienceTest, ASectionFileReportsTheLineOfItsBadFence) {
  Diagnostics diagnostics;
  EXPECT_FALSE(Parse("Text.\n\n::: packets\nMany.\n:::\n", &diagnostics));
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "x.md:9:1: error: unknown block \"packets\"; expected plan, packet, when CONDITION or "
            "plan when CONDITION\n");
}

TEST(GuideAudienceTest, SectionWithoutBlocksHasOneBody) {
  Diagnostics diagnostics;
  const auto section = Parse("About this plan.\n", &diagnostics);
  ASSERT_TRUE(section) << FormatDiagnostics(diagnostics);
  EXPECT_FALSE(section->packet_body);
  EXPECT_EQ(&section->BodyFor(ProfileKind::kPacket), &section->body);
}

TEST(GuideAudienceTest, PlanAndPacketGetTheirOwnWords) {
  Diagnostics diagnostics;
  const auto section = Parse(
      "Intro.\n\n::: plan\n## What this plan is for\n\nThis plan is for you.\n:::\n\n"
      "::: packet\n## What this packet is for\n\nThis packet is for everyone.\n:::\n\nEnd.\n",
      &diagnostics);
  ASSERT_TRUE(section) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(AllText(section->BodyFor(ProfileKind::kPatient)),
            "Intro.\n# What this plan is for\nThis plan is for you.\nEnd.\n");
  EXPECT_EQ(AllText(section->BodyFor(ProfileKind::kPacket)),
            "Intro.\n# What this packet is for\nThis packet is for everyone.\nEnd.\n");
}

TEST(GuideAudienceTest, AnItemInABlockKeepsTheListWhole) {
  Diagnostics diagnostics;
  const auto section = Parse(
      "- one\n::: plan\n- bring this plan\n:::\n::: packet\n- bring your list\n:::\n- three\n",
      &diagnostics);
  ASSERT_TRUE(section) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(AllText(section->body), "- one|- bring this plan|- three|\n");
  EXPECT_EQ(AllText(*section->packet_body), "- one|- bring your list|- three|\n");
}

TEST(GuideAudienceTest, SharedProblemsAreReportedOnce) {
  Diagnostics diagnostics;
  const auto section = Parse("See ![a picture](x.png).\n\n::: packet\nMany.\n:::\n", &diagnostics);
  ASSERT_TRUE(section);
  EXPECT_EQ(diagnostics.warning_count(), 1) << FormatDiagnostics(diagnostics);
}

// The shipped guide: a packet never speaks of "this plan", a plan keeps its
// words, and the packet's wording is as plain as the plan's.
TEST(GuideAudienceTest, ShippedPacketWordingNeverMentionsAPlan) {
  const std::regex plan_words(R"(this plan|your plan says)", std::regex::icase);
  const std::regex packet_words(R"(this packet)", std::regex::icase);
  int packet_sections = 0;
  for (const GuideSection& section : testing::ShippedGuide().sections) {
    const std::string packet = AllText(section.BodyFor(ProfileKind::kPacket));
    EXPECT_FALSE(std::regex_search(packet, plan_words)) << section.id << ":\n" << packet;
    EXPECT_FALSE(std::regex_search(AllText(section.body), packet_words)) << section.id;
    if (section.packet_body) ++packet_sections;
  }
  EXPECT_GE(packet_sections, 5);
  const Guide& guide = testing::ShippedGuide();
  const GuideSection* opening = guide.FindSection("what-is-scleroderma");
  ASSERT_NE(opening, nullptr);
  EXPECT_NE(AllText(opening->body).find("# What this plan is for"), std::string::npos);
}

TEST(GuideAudienceTest, ShippedPacketWordingIsPlainEnough) {
  double total = 0;
  int count = 0;
  for (const GuideSection& section : testing::ShippedGuide().sections) {
    const double grade = MeasureBlocks(section.BodyFor(ProfileKind::kPacket)).Grade();
    EXPECT_LE(grade, 6.5) << section.id;
    total += grade;
    ++count;
  }
  ASSERT_GT(count, 0);
  EXPECT_LE(total / count, 5.0);
}

}  // namespace
}  // namespace careplan::content
