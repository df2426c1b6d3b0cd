// The located YAML tree: positions in characters, the plain flag, entry
// order, and what yaml-cpp lets through (duplicates, second documents).
#include "yaml/yaml_tree.h"

#include <gtest/gtest.h>

#include <string>

#include "base/diagnostics.h"
#include "yaml/source_text.h"

namespace careplan::yaml {
namespace {

struct Parsed {
  std::optional<YamlNode> root;
  std::string diagnostics;
};

Parsed Parse(std::string_view yaml) {
  Diagnostics diagnostics;
  const std::optional<SourceText> source = PrepareSourceText(yaml, "t.yaml", &diagnostics);
  Parsed parsed;
  if (source) parsed.root = ReadYamlTree(*source, "t.yaml", &diagnostics);
  parsed.diagnostics = FormatDiagnostics(diagnostics);
  return parsed;
}

std::string At(const YamlNode& node) {
  return std::to_string(node.position.line) + ":" + std::to_string(node.position.column);
}

TEST(YamlTreeTest, MappingKeepsOrderAndPositions) {
  const Parsed parsed = Parse("b: 1\na: [x, \"y\"]\nc: |\n  text\n");
  ASSERT_TRUE(parsed.root);
  const YamlNode& root = *parsed.root;
  ASSERT_TRUE(root.is_mapping());
  ASSERT_EQ(root.entries.size(), 3u);
  EXPECT_EQ(root.entries[0].key.value, "b");
  EXPECT_EQ(root.entries[1].key.value, "a");
  EXPECT_EQ(root.entries[2].key.value, "c");
  const YamlNode& list = root.entries[1].value;
  ASSERT_TRUE(list.is_sequence());
  EXPECT_EQ(At(list), "2:4");
  EXPECT_EQ(At(list.items[1]), "2:8");
  EXPECT_EQ(root.entries[2].value.value, "text\n");
  EXPECT_EQ(parsed.diagnostics, "");
}

TEST(YamlTreeTest, PlainFlagTellsNumbersAndWordsFromQuotedText) {
  const Parsed parsed = Parse("a: 2016\nb: \"2016\"\nc: true\nd: !!str true\ne: |\n  true\n");
  const auto& entries = parsed.root->entries;
  EXPECT_TRUE(entries[0].value.plain);
  EXPECT_FALSE(entries[1].value.plain);
  EXPECT_TRUE(entries[2].value.plain);
  EXPECT_FALSE(entries[3].value.plain);
  EXPECT_FALSE(entries[4].value.plain);
  EXPECT_EQ(parsed.diagnostics, "");
}

TEST(YamlTreeTest, ColumnsCountCharacters) {
  const Parsed parsed = Parse("név: Zoë Ærø\nπ: [α, β]\n");
  const auto& entries = parsed.root->entries;
  EXPECT_EQ(At(entries[0].value), "1:6");
  EXPECT_EQ(At(entries[1].value.items[1]), "2:8");
}

TEST(YamlTreeTest, EmptyValueIsLocatedAtItsKey) {
  const Parsed parsed = Parse("a:\nb: ~\n");
  const auto& entries = parsed.root->entries;
  EXPECT_TRUE(entries[0].value.is_null());
  EXPECT_EQ(At(entries[0].value), "1:1");
  EXPECT_TRUE(entries[1].value.is_null());
  EXPECT_EQ(At(entries[1].value), "2:4");
}

TEST(YamlTreeTest, NoContentIsANullRoot) {
  for (std::string_view text : {"", "# only a comment\n", "---\n", "\n\n"}) {
    const Parsed parsed = Parse(text);
    ASSERT_TRUE(parsed.root) << text;
    EXPECT_TRUE(parsed.root->is_null()) << text;
    EXPECT_EQ(parsed.diagnostics, "");
  }
}

TEST(YamlTreeTest, DuplicateKeyKeepsTheFirstEntry) {
  const Parsed parsed = Parse("a:\n  - {x: 1, y: 2, x: 3}\n");
  ASSERT_TRUE(parsed.root);
  const YamlNode& inner = parsed.root->entries[0].value.items[0];
  ASSERT_EQ(inner.entries.size(), 2u);
  EXPECT_EQ(inner.entries[0].value.value, "1");
  EXPECT_EQ(parsed.diagnostics,
            "t.yaml:2:18: error: a[0]: duplicate key \"x\" (first written on line 2)\n"
            "  hint: each key may appear once in a mapping; remove or merge one of them\n");
}

TEST(YamlTreeTest, SecondDocumentStopsReading) {
  const Parsed parsed = Parse("a: 1\n---\nb: 2\n");
  EXPECT_FALSE(parsed.root);
  EXPECT_TRUE(
      parsed.diagnostics.starts_with("t.yaml:2:1: error: a profile is one YAML "
                                     "document"))
      << parsed.diagnostics;
}

TEST(YamlTreeTest, AliasIsReportedAndMarked) {
  const Parsed parsed = Parse("a: &x 1\nb: *x\n");
  ASSERT_TRUE(parsed.root);
  EXPECT_TRUE(parsed.root->entries[1].value.reported);
  EXPECT_EQ(parsed.diagnostics,
            "t.yaml:2:4: error: aliases (*name) are not supported in profiles; write the value "
            "out\n");
}

TEST(YamlTreeTest, DescribeAndQuote) {
  YamlNode node;
  EXPECT_EQ(DescribeYamlValue(node), "nothing");
  node.kind = YamlKind::kScalar;
  node.value = "say \"hi\"\nnow";
  EXPECT_EQ(DescribeYamlValue(node), "\"say \\\"hi\\\"\\nnow\"");
  node.kind = YamlKind::kSequence;
  EXPECT_EQ(DescribeYamlValue(node), "a list");
  node.kind = YamlKind::kMapping;
  EXPECT_EQ(DescribeYamlValue(node), "a mapping");
  std::string long_text;
  for (int i = 0; i < 100; ++i) long_text += "é";
  std::string expected = "\"";
  for (int i = 0; i < 60; ++i) expected += "é";
  EXPECT_EQ(QuoteForMessage(long_text), expected + "...\"");
}

}  // namespace
}  // namespace careplan::yaml
