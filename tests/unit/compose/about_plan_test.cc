// "About this plan" / "About this packet", and the guide sections' wording
// chosen by the kind of document.
#include "compose/about_plan.h"

#include <gtest/gtest.h>

#include <regex>

#include "compose/guide_sections.h"
#include "unit/compose/compose_fixture.h"
#include "unit/content/content_fixtures.h"

namespace careplan::compose {
namespace {

using testing::All;
using testing::HeadingTexts;
using testing::Part;
using testing::PlanFixture;
using testing::Text;

std::string AllText(const std::vector<doc::Block>& blocks) {
  std::string out;
  for (const doc::Block& block : blocks) {
    if (const auto* heading = std::get_if<doc::Heading>(&block)) out += heading->text + "\n";
    if (const auto* paragraph = std::get_if<doc::Paragraph>(&block)) {
      out += Text(paragraph->text) + "\n";
    }
    if (const auto* list = std::get_if<doc::List>(&block)) {
      for (const doc::RichText& item : list->items) out += Text(item) + "\n";
    }
  }
  return out;
}

// A plan with one section (its packet wording differs) and one source.
void AddSectionAndSource(PlanFixture* fixture) {
  content::GuideSection section;
  section.id = "what-is-scleroderma";
  section.title = "What is scleroderma?";
  section.sources = {"S20"};
  section.body = {doc::Heading{3, "What this plan is for", false, false}};
  section.packet_body =
      std::vector<doc::Block>{doc::Heading{3, "What this packet is for", false, false}};
  fixture->guide.sections.push_back(std::move(section));
  fixture->plan.sections.push_back({&fixture->guide.sections[0], "always"});
  fixture->knowledge.sources["S20"] = {"S20", "Nintedanib: liver-test schedule (secondary source).",
                                       "seen only via droracle.ai [secondary]"};
}

void MakePacket(PlanFixture* fixture) {
  fixture->profile.kind = profile::ProfileKind::kPacket;
  fixture->profile.packet.title = "Scleroderma and your lungs";
}

TEST(AboutPlanTest, PacketEndsWithAboutThisPacketAndNeverSaysPlan) {
  PlanFixture fixture;
  AddSectionAndSource(&fixture);
  MakePacket(&fixture);
  const doc::Document document = fixture.Build();
  EXPECT_EQ(HeadingTexts(document, 1).back(), "About this packet");
  const std::string text = AllText(document.blocks);
  EXPECT_FALSE(std::regex_search(text, std::regex(R"(\bplan\b)", std::regex::icase))) << text;
  const std::string about = AllText(Part(document, "About this packet"));
  EXPECT_NE(about.find("This packet supports, but does not replace"), std::string::npos);
  EXPECT_NE(about.find("What this packet says is based on"), std::string::npos);
}

TEST(AboutPlanTest, PlanKeepsAboutThisPlanUnderContactsAndSources) {
  PlanFixture fixture;
  AddSectionAndSource(&fixture);
  const doc::Document document = fixture.Build();
  const auto notes = Part(document, "Contacts and sources");
  const auto headings = All<doc::Heading>(notes);
  ASSERT_FALSE(headings.empty());
  bool found = false;
  for (const doc::Heading* heading : headings) {
    found = found || (heading->text == "About this plan" && heading->level == 2);
  }
  EXPECT_TRUE(found);
  EXPECT_NE(AllText(notes).find("This plan supports, but does not replace"), std::string::npos);
}

// The shipped guide: "treatment-resistant" is in the printed title only for
// someone treatment-resistant (a newly diagnosed reader would ask "am I
// resistant?").
TEST(AboutPlanTest, OnlyATreatmentResistantPlanNamesTheResistanceGuide) {
  const content::Guide& guide = content::testing::ShippedGuide();
  PlanFixture fixture;
  fixture.guide.title = guide.title;
  fixture.guide.treatment_resistant_title = guide.treatment_resistant_title;
  std::string about = AllText(Part(fixture.Build(), "About this plan"));
  EXPECT_NE(about.find("from the guide \"Living with scleroderma"), std::string::npos) << about;
  EXPECT_EQ(about.find("resistant"), std::string::npos) << about;
  fixture.profile.diagnosis.treatment_resistant = true;
  about = AllText(Part(fixture.Build(), "About this plan"));
  EXPECT_NE(about.find("from the guide \"Living with treatment-resistant scleroderma\""),
            std::string::npos)
      << about;
}

// A packet lists each source's citation (never what was read: that is for
// clinicians, in explain); a person's plan names the ids only, with where to
// find them, so that pages of citations are not in the reader's way.
TEST(AboutPlanTest, APacketCitesItsSourcesAndAPlanNamesThem) {
  PlanFixture fixture;
  AddSectionAndSource(&fixture);
  const std::string about = AllText(Part(fixture.Build(), "About this plan"));
  EXPECT_NE(about.find("based on these entries of the guide's source list (version 1.0): S20. They "
                       "are written for health professionals"),
            std::string::npos)
      << about;
  EXPECT_EQ(about.find("Nintedanib"), std::string::npos) << about;

  MakePacket(&fixture);
  const std::string packet = AllText(Part(fixture.Build(), "About this packet"));
  EXPECT_NE(packet.find("S20: Nintedanib: liver-test schedule (secondary source)."),
            std::string::npos)
      << packet;
  EXPECT_EQ(packet.find("droracle"), std::string::npos);
}

// YAML block scalars keep the line breaks of the editor: on paper a single
// line break is a space, a blank line a new paragraph, and a typed list item
// keeps its own line.
TEST(AboutPlanTest, NotesJoinLinesAndSplitParagraphsAtBlankLines) {
  PlanFixture fixture;
  fixture.profile.notes =
      "Keep your whole body warm,\nnot just your hands.  \r\nCheck your fingertips.\n\n\n"
      "  Your son has a copy.\n- Bring the diary\n- Bring the log\n";
  const auto notes = Part(fixture.Build(), "Notes from my care team");
  std::vector<std::string> paragraphs;
  for (const doc::Paragraph* paragraph : All<doc::Paragraph>(notes)) {
    paragraphs.push_back(Text(paragraph->text));
  }
  ASSERT_GE(paragraphs.size(), 4u);
  EXPECT_EQ(paragraphs[0],
            "Keep your whole body warm, not just your hands. Check your fingertips.");
  EXPECT_EQ(paragraphs[1], "Your son has a copy.");
  EXPECT_EQ(paragraphs[2], "- Bring the diary");
  EXPECT_EQ(paragraphs[3], "- Bring the log");
}

// The guide's own source is cited like any other, not in the project's
// internal words.
TEST(AboutPlanTest, GuideSourceIsAPlainCitation) {
  const content::Knowledge& knowledge = content::testing::ShippedKnowledge();
  const auto g1 = knowledge.sources.find("G1");
  ASSERT_NE(g1, knowledge.sources.end());
  const std::string& citation = g1->second.citation;
  EXPECT_NE(citation.find("patient guide"), std::string::npos) << citation;
  for (const char* internal : {"careplan", "owner", "supplied"}) {
    EXPECT_EQ(citation.find(internal), std::string::npos) << citation;
  }
  EXPECT_FALSE(g1->second.read.empty());
}

TEST(GuideSectionsTest, EachKindOfDocumentGetsItsOwnWording) {
  PlanFixture fixture;
  AddSectionAndSource(&fixture);
  std::vector<doc::Block> plan_blocks;
  AppendGuideSections(fixture.plan, false, &plan_blocks);
  EXPECT_NE(AllText(plan_blocks).find("What this plan is for"), std::string::npos);
  MakePacket(&fixture);
  std::vector<doc::Block> packet_blocks;
  AppendGuideSections(fixture.plan, true, &packet_blocks);
  EXPECT_NE(AllText(packet_blocks).find("What this packet is for"), std::string::npos);
  EXPECT_EQ(AllText(packet_blocks).find("this plan"), std::string::npos);
}

}  // namespace
}  // namespace careplan::compose
