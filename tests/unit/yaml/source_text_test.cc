// SourceText: what yaml-cpp sees (no BOM, LF line ends) and how its byte
// positions map back to the characters an editor shows.
#include "yaml/source_text.h"

#include <gtest/gtest.h>

#include <string>

namespace careplan::yaml {
namespace {

std::optional<SourceText> Prepare(std::string_view raw, std::string* diagnostics = nullptr) {
  Diagnostics found;
  std::optional<SourceText> source = PrepareSourceText(raw, "s.yaml", &found);
  if (diagnostics) *diagnostics = FormatDiagnostics(found);
  return source;
}

std::string At(TextPosition position) {
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

TEST(SourceTextTest, RemovesByteOrderMarkAndNormalizesLineEnds) {
  const std::optional<SourceText> source = Prepare(
      "\xEF\xBB\xBF"
      "a\r\nb\rc\n");
  ASSERT_TRUE(source);
  EXPECT_EQ(source->text(), "a\nb\nc\n");
  EXPECT_EQ(source->line_count(), 4);
  EXPECT_EQ(source->Line(1), "b");
  EXPECT_EQ(source->Line(3), "");
}

TEST(SourceTextTest, PositionsCountCharacters) {
  const SourceText source("héllo wörld\nπ = 3\n");
  EXPECT_EQ(At(source.Position(0, 0)), "1:1");
  EXPECT_EQ(At(source.Position(0, 3)), "1:3");    // after "hé"
  EXPECT_EQ(At(source.Position(0, 13)), "1:12");  // end of the line
  EXPECT_EQ(At(source.Position(0, 2)), "1:3");    // backwards after a forward lookup
  EXPECT_EQ(At(source.Position(1, 2)), "2:2");    // after the two bytes of π
  EXPECT_EQ(At(source.Position(1, 3)), "2:3");
  EXPECT_EQ(At(source.PositionOfOffset(14)), "2:1");
  EXPECT_EQ(At(source.Position(9, 99)), "3:1");  // clamped
}

TEST(SourceTextTest, ForwardLookupsOnOneLongLineAreCheap) {
  std::string line;
  for (int i = 0; i < 200000; ++i) line += "é,";
  const SourceText source(line);
  for (int byte = 0; byte < static_cast<int>(line.size()); byte += 3) source.Position(0, byte);
  EXPECT_EQ(At(source.Position(0, static_cast<int>(line.size()))), "1:400001");
}

TEST(SourceTextTest, ReportsEveryControlCharacter) {
  std::string diagnostics;
  EXPECT_FALSE(Prepare(std::string_view("a: \x01\nb: \x7F\x00", 10), &diagnostics));
  EXPECT_EQ(diagnostics,
            "s.yaml:1:4: error: control character U+0001 is not allowed in a profile\n"
            "s.yaml:2:4: error: control character U+007F is not allowed in a profile\n"
            "s.yaml:2:5: error: control character U+0000 is not allowed in a profile\n");
}

TEST(SourceTextTest, TabsAndNonAsciiTextAreFine) {
  std::string diagnostics;
  EXPECT_TRUE(Prepare("a: \"tab\there\"\nb: Ωμέγα 😀\n", &diagnostics));
  EXPECT_EQ(diagnostics, "");
}

TEST(SourceTextTest, NextLineCharacterIsRejected) {
  std::string diagnostics;
  EXPECT_FALSE(Prepare("a: x\xC2\x85y\n", &diagnostics));
  EXPECT_EQ(diagnostics,
            "s.yaml:1:5: error: the line separator U+0085 is not supported; use an ordinary line "
            "break\n");
}

}  // namespace
}  // namespace careplan::yaml
