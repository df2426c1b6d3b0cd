#include "layout/line_breaker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/utf8.h"
#include "testutil/fixed_metrics.h"

namespace careplan::layout {
namespace {

using font::Face;

// At 2 pt the fixed metrics make every regular character 1 pt wide and every
// bold one 1.1 pt, so a width of N holds N regular characters.
constexpr double kSize = 2;

class LineBreakerTest : public ::testing::Test {
 protected:
  std::vector<Line> Break(const std::vector<TextRun>& runs, double width) const {
    return BreakLines(runs, metrics_, kSize, width);
  }
  std::vector<Line> Break(std::string_view text, double width) const {
    return Break({TextRun{text, Face::kRegular}}, width);
  }
  // The text of each line, its fragments joined.
  static std::vector<std::string> Texts(const std::vector<Line>& lines) {
    std::vector<std::string> out;
    for (const Line& line : lines) {
      std::string text;
      for (const LineFragment& fragment : line.fragments) text += fragment.text;
      out.push_back(text);
    }
    return out;
  }
  std::vector<std::string> BreakTexts(std::string_view text, double width) const {
    return Texts(Break(text, width));
  }

  testutil::FixedMetrics metrics_;
};

using Strings = std::vector<std::string>;

TEST_F(LineBreakerTest, FillsLinesGreedily) {
  EXPECT_EQ(BreakTexts("The quick brown fox jumps over the lazy dog", 15),
            (Strings{"The quick brown", "fox jumps over", "the lazy dog"}));
}

// A number keeps its unit, or the word after it, on its line: "fever of
// 38" at a line's end and "°C" on the next was misread.
TEST_F(LineBreakerTest, ANumberKeepsTheWordAfterIt) {
  EXPECT_EQ(BreakTexts("a fever of 38 \u00B0C or more", 13),
            (Strings{"a fever of", "38 \u00B0C or more"}));
  EXPECT_EQ(BreakTexts("take 5 mg a day", 6), (Strings{"take", "5 mg a", "day"}));
  EXPECT_EQ(BreakTexts("since 24 Sep 2026", 8), (Strings{"since", "24 Sep", "2026"}));
  // Not after a word with letters, nor before one that starts with a digit.
  EXPECT_EQ(BreakTexts("page A4 paper", 7), (Strings{"page A4", "paper"}));
  EXPECT_EQ(BreakTexts("from 2025 2026", 9), (Strings{"from 2025", "2026"}));
}

TEST_F(LineBreakerTest, LineWidthsAndPositionsComeFromTheMetrics) {
  const std::vector<Line> lines = Break("ab cde fg", 6);
  ASSERT_EQ(Texts(lines), (Strings{"ab cde", "fg"}));
  EXPECT_DOUBLE_EQ(lines[0].width, 6);
  EXPECT_DOUBLE_EQ(lines[1].width, 2);
  ASSERT_EQ(lines[1].fragments.size(), 1u);
  EXPECT_DOUBLE_EQ(lines[1].fragments[0].x, 0);
}

TEST_F(LineBreakerTest, ExplicitNewlinesStartNewLines) {
  EXPECT_EQ(BreakTexts("one\ntwo three\n\nfour\n", 20), (Strings{"one", "two three", "", "four"}));
  EXPECT_EQ(BreakTexts("\nafter a blank", 20), (Strings{"", "after a blank"}));
  EXPECT_EQ(BreakTexts("crlf\r\nline", 20), (Strings{"crlf", "line"}));
}

TEST_F(LineBreakerTest, EmptyTextHasNoLines) {
  EXPECT_TRUE(Break("", 10).empty());
  EXPECT_TRUE(Break(std::vector<TextRun>{}, 10).empty());
}

TEST_F(LineBreakerTest, SpacesAtBreaksAreDroppedAndInnerSpacesKept) {
  EXPECT_EQ(BreakTexts("  two  spaces  ", 40), (Strings{"two  spaces"}));
  EXPECT_EQ(BreakTexts("aaa     bbb", 5), (Strings{"aaa", "bbb"}));
  EXPECT_EQ(BreakTexts("tab\there", 20), (Strings{"tab here"}));
}

TEST_F(LineBreakerTest, LongUrlBreaksAfterSlashesAndDots) {
  EXPECT_EQ(BreakTexts("See https://www.example.org/health/scleroderma/treatment for more.", 20),
            (Strings{"See", "https://www.example.", "org/health/", "scleroderma/",
                     "treatment for more."}));
}

TEST_F(LineBreakerTest, LongEmailBreaksAfterDotAtAndHyphen) {
  EXPECT_EQ(
      BreakTexts("Write to firstname.lastname@hospital-trust.example.org today", 16),
      (Strings{"Write to", "firstname.", "lastname@", "hospital-trust.", "example.org", "today"}));
}

TEST_F(LineBreakerTest, UnbreakableWordBreaksBetweenAnyCharacters) {
  EXPECT_EQ(BreakTexts("a Pneumonoultramicroscopicsilicovolcanoconiosis b", 10),
            (Strings{"a", "Pneumonoul", "tramicrosc", "opicsilico", "volcanocon", "iosis b"}));
}

TEST_F(LineBreakerTest, BreakCharacterTooEarlyInTheLineIsNotUsed) {
  // "ab/" would leave the line mostly empty: break between characters.
  EXPECT_EQ(BreakTexts("ab/cdefghijklmnop", 10), (Strings{"ab/cdefghi", "jklmnop"}));
  // A run of break characters is not split: "a--" then the rest.
  EXPECT_EQ(BreakTexts("abcdef--ghijklmn", 10), (Strings{"abcdef--", "ghijklmn"}));
}

TEST_F(LineBreakerTest, WordThatFitsALineMovesToTheNextLineWhole) {
  EXPECT_EQ(BreakTexts("abc defghijkl", 10), (Strings{"abc", "defghijkl"}));
}

TEST_F(LineBreakerTest, MixedBoldIsMeasuredPerSpan) {
  const std::vector<TextRun> runs{{"Take ", Face::kRegular},
                                  {"two tablets", Face::kBold},
                                  {" every morning with food.", Face::kRegular}};
  const std::vector<Line> lines = Break(runs, 16);
  ASSERT_EQ(Texts(lines), (Strings{"Take two", "tablets every", "morning with", "food."}));

  ASSERT_EQ(lines[0].fragments.size(), 2u);
  EXPECT_EQ(lines[0].fragments[0].text, "Take ");
  EXPECT_EQ(lines[0].fragments[0].face, Face::kRegular);
  EXPECT_DOUBLE_EQ(lines[0].fragments[0].width, 5);
  EXPECT_EQ(lines[0].fragments[1].text, "two");
  EXPECT_EQ(lines[0].fragments[1].face, Face::kBold);
  EXPECT_DOUBLE_EQ(lines[0].fragments[1].x, 5);
  EXPECT_NEAR(lines[0].width, 8.3, 1e-9);

  ASSERT_EQ(lines[1].fragments.size(), 2u);
  EXPECT_EQ(lines[1].fragments[0].text, "tablets");
  EXPECT_EQ(lines[1].fragments[1].text, " every");
  EXPECT_NEAR(lines[1].fragments[1].x, 7.7, 1e-9);
}

TEST_F(LineBreakerTest, WordSpanningTwoStylesIsOneWord) {
  const std::vector<TextRun> runs{
      {"aaaa bb", Face::kRegular}, {"Note", Face::kBold}, {":", Face::kRegular}};
  EXPECT_EQ(Texts(Break(runs, 8)), (Strings{"aaaa", "bbNote:"}));
}

TEST_F(LineBreakerTest, CombiningMarksStayWithTheirLetter) {
  // c + U+0301: the break falls after the mark, never between c and it.
  EXPECT_EQ(BreakTexts("abc\u0301def", 3), (Strings{"abc\u0301", "def"}));
  // Six e + acute + grave, four to a line.
  const std::string e = "e\u0301\u0300";
  EXPECT_EQ(BreakTexts(e + e + e + e + e + e, 4), (Strings{e + e + e + e, e + e}));
}

TEST_F(LineBreakerTest, MultiByteCharactersAreNeverSplit) {
  const Strings lines = BreakTexts("Trần Thị Ánh Nguyễn", 3);
  EXPECT_EQ(lines, (Strings{"Trầ", "n", "Thị", "Ánh", "Ngu", "yễn"}));
  for (const std::string& line : lines) EXPECT_FALSE(FindInvalidUtf8(line).has_value()) << line;
}

TEST_F(LineBreakerTest, CharacterWiderThanTheLineGetsALineOfItsOwn) {
  EXPECT_EQ(BreakTexts("abc", 0.5), (Strings{"a", "b", "c"}));
}

TEST_F(LineBreakerTest, ControlCharactersAreDropped) {
  EXPECT_EQ(BreakTexts(std::string("a\x01"
                                   "b\x7f"
                                   "c"),
                       10),
            (Strings{"abc"}));
}

TEST_F(LineBreakerTest, NoLineIsWiderThanTheWidth) {
  const std::string text =
      "Methotrexate (https://example.org/medicines/methotrexate?form=tablet&dose=15mg) is "
      "taken once a week, on the same day; write to care.team_leader@example.org.";
  for (double width : {7.0, 11.0, 23.0, 40.0}) {
    for (const Line& line : Break(text, width)) EXPECT_LE(line.width, width + 1e-9);
  }
}

}  // namespace
}  // namespace careplan::layout
