#include "content/markdown.h"

#include <gtest/gtest.h>

namespace careplan::content {
namespace {

std::vector<doc::Block> Convert(const std::string& markdown, Diagnostics* diagnostics) {
  return ConvertMarkdown(markdown, SourceLoc{"s.md", 5, 1}, diagnostics);
}

TEST(MarkdownTest, ParagraphsJoinSoftBreaksAndKeepBold) {
  Diagnostics diagnostics;
  const auto blocks =
      Convert("You may feel **tired**.\nThat is common.\n\nSecond.\n", &diagnostics);
  ASSERT_EQ(blocks.size(), 2u);
  const auto& first = std::get<doc::Paragraph>(blocks[0]).text;
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[0].text, "You may feel ");
  EXPECT_EQ(first[1].text, "tired");
  EXPECT_EQ(first[1].style, doc::TextStyle::kBold);
  EXPECT_EQ(first[2].text, ". That is common.");
  EXPECT_EQ(std::get<doc::Paragraph>(blocks[1]).text[0].text, "Second.");
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST(MarkdownTest, ListsBecomeListBlocksAndNestedListsFlatten) {
  Diagnostics diagnostics;
  const auto blocks = Convert("- one\n- two\n  - inner\n\n1. first\n2. second\n", &diagnostics);
  ASSERT_EQ(blocks.size(), 2u);
  const auto& bullets = std::get<doc::List>(blocks[0]);
  EXPECT_FALSE(bullets.numbered);
  ASSERT_EQ(bullets.items.size(), 3u);
  EXPECT_EQ(bullets.items[2][0].text, "inner");
  const auto& numbered = std::get<doc::List>(blocks[1]);
  EXPECT_TRUE(numbered.numbered);
  EXPECT_EQ(numbered.items.size(), 2u);
}

TEST(MarkdownTest, SubHeadingsAreLevelThreeAndNotInContents) {
  Diagnostics diagnostics;
  const auto blocks = Convert("## What to do\n\nText.\n", &diagnostics);
  const auto& heading = std::get<doc::Heading>(blocks[0]);
  EXPECT_EQ(heading.level, 3);
  EXPECT_EQ(heading.text, "What to do");
  EXPECT_FALSE(heading.in_contents);
}

TEST(MarkdownTest, EmphasisPrintsRegularAndEntitiesDecode) {
  Diagnostics diagnostics;
  const auto blocks = Convert("*gently* &amp; slowly\n", &diagnostics);
  const auto& text = std::get<doc::Paragraph>(blocks[0]).text;
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(text[0].text, "gently & slowly");
}

TEST(MarkdownTest, TablesAreAWarningNotSilentlyDropped) {
  Diagnostics diagnostics;
  Convert("```\ncode\n```\n", &diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(FormatDiagnostic(diagnostics.items()[0]),
            "s.md:5:1: warning: code blocks are not supported in guide sections; left out");
}

}  // namespace
}  // namespace careplan::content
