#include "content/picture_directive.h"

#include <gtest/gtest.h>

#include <variant>

#include "content/guide_audience.h"
#include "content/markdown.h"

namespace careplan::content {
namespace {

const SourceLoc kBodyStart{"s.md", 5, 1};

TEST(PictureDirectiveTest, RecognisesOnlyPictureLines) {
  EXPECT_TRUE(IsPictureLine("::: picture raynaud-colour-change\n"));
  EXPECT_TRUE(IsPictureLine(":::picture raynaud-colour-change\r\n"));
  EXPECT_TRUE(IsPictureLine("::: picture"));
  EXPECT_FALSE(IsPictureLine("::: pictures x"));
  EXPECT_FALSE(IsPictureLine("::: plan"));
  EXPECT_FALSE(IsPictureLine("A picture line."));
}

TEST(PictureDirectiveTest, APictureLineSitsBetweenTheBlocksAroundIt) {
  Diagnostics diagnostics;
  const auto blocks = ConvertMarkdown("Before.\n::: picture raynaud-colour-change\n- after\n",
                                      kBodyStart, &diagnostics);
  EXPECT_FALSE(diagnostics.has_errors()) << FormatDiagnostics(diagnostics);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_TRUE(std::holds_alternative<doc::Paragraph>(blocks[0]));
  ASSERT_TRUE(std::holds_alternative<doc::Picture>(blocks[1]));
  EXPECT_EQ(std::get<doc::Picture>(blocks[1]).kind, doc::PictureKind::kRaynaudColourChange);
  EXPECT_TRUE(std::holds_alternative<doc::List>(blocks[2]));
}

TEST(PictureDirectiveTest, AnUnknownOrMissingNameIsAnErrorAtItsLineAndColumn) {
  Diagnostics diagnostics;
  const auto blocks = ConvertMarkdown("Text.\n\n:::  picture  raynaud-colours\n::: picture\n",
                                      kBodyStart, &diagnostics);
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "s.md:7:15: error: unknown picture \"raynaud-colours\"\n"
            "  hint: known pictures: raynaud-colour-change, hand-stretches\n"
            "s.md:8:12: error: \"::: picture\" needs a name, for example \"::: picture "
            "raynaud-colour-change\"\n");
  ASSERT_EQ(blocks.size(), 1u);
}

TEST(PictureDirectiveTest, APictureInsideAnAudienceBlockPrintsForThatAudienceOnly) {
  Diagnostics diagnostics;
  GuideSection section;
  ConvertSectionBody("Shared.\n\n::: packet\n::: picture raynaud-colour-change\n:::\n", kBodyStart,
                     &diagnostics, &section);
  EXPECT_FALSE(diagnostics.has_errors()) << FormatDiagnostics(diagnostics);
  ASSERT_TRUE(section.packet_body.has_value());
  ASSERT_EQ(section.packet_body->size(), 2u);
  EXPECT_TRUE(std::holds_alternative<doc::Picture>((*section.packet_body)[1]));
  ASSERT_EQ(section.body.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<doc::Paragraph>(section.body[0]));
}

}  // namespace
}  // namespace careplan::content
