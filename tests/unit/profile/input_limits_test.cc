// The pre-scan: limits are enforced before yaml-cpp runs, quickly, and valid
// YAML that merely looks like structure (quotes and brackets in text) passes.
#include "profile/input_limits.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "base/diagnostics.h"
#include "profile/profile_limits.h"
#include "profile/profile_loader.h"
#include "yaml/source_text.h"

namespace careplan::profile {
namespace {

// The pre-scan's diagnostics for `yaml` (empty when it may be parsed).
std::string PreScan(std::string_view yaml) {
  Diagnostics diagnostics;
  const std::optional<SourceText> source = yaml::PrepareSourceText(yaml, "p.yaml", &diagnostics);
  EXPECT_TRUE(source.has_value());
  const bool ok = source && PreScanYaml(*source, "p.yaml", &diagnostics);
  EXPECT_EQ(ok, !diagnostics.has_errors());
  return FormatDiagnostics(diagnostics);
}

std::string TooDeepAt(int line, int column) {
  return "p.yaml:" + std::to_string(line) + ":" + std::to_string(column) +
         ": error: nesting is more than 32 levels deep here; the limit is 32 levels\n";
}

TEST(InputLimitsTest, FileSizeLimitIsInclusive) {
  Diagnostics diagnostics;
  EXPECT_TRUE(CheckFileSize(std::string(kMaxFileBytes, 'a'), "p.yaml", &diagnostics));
  EXPECT_FALSE(CheckFileSize(std::string(kMaxFileBytes + 1, 'a'), "p.yaml", &diagnostics));
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            "p.yaml: error: file is 1048577 bytes; the limit is 1048576 bytes (1 MiB)\n");
}

TEST(InputLimitsTest, FlowNestingUpToTheLimitPasses) {
  // The mapping is one level, so 31 brackets make 32.
  EXPECT_EQ(PreScan("a: " + std::string(31, '[') + std::string(31, ']') + "\n"), "");
  EXPECT_EQ(PreScan("a: " + std::string(32, '[') + std::string(32, ']') + "\n"), TooDeepAt(1, 35));
}

TEST(InputLimitsTest, CompactSequencesCount) {
  std::string yaml;
  for (int i = 0; i < 40; ++i) yaml += "- ";
  yaml += "x\n";
  EXPECT_EQ(PreScan(yaml), TooDeepAt(1, 65));  // the 33rd level
}

TEST(InputLimitsTest, MixedBlockAndFlowNestingAddsUp) {
  std::string yaml;
  for (int i = 0; i < 20; ++i) yaml += std::string(2 * i, ' ') + "k:\n";
  yaml += std::string(40, ' ') + "v: " + std::string(13, '{') + "\n";
  EXPECT_EQ(PreScan(yaml), TooDeepAt(21, 55));  // 21 block levels + 12 braces
}

TEST(InputLimitsTest, BracketsInsidePlainTextAreNotNesting) {
  EXPECT_EQ(PreScan("notes: see [1] and " + std::string(40, '[') + "\n"), "");
  EXPECT_EQ(PreScan("notes: x\n  " + std::string(40, '[') + "\n"), "");
}

TEST(InputLimitsTest, BlockScalarContentIsSkipped) {
  EXPECT_EQ(PreScan("notes: |\n  \"open quote\n  " + std::string(40, '[') +
                    "\n\n  \tindented with a tab after the spaces\nnext: 1\n"),
            "");
  EXPECT_EQ(PreScan("- |\n  'open\n- >-\n  [[[[\n"), "");
}

TEST(InputLimitsTest, QuotedTextMaySpanLines) {
  EXPECT_EQ(PreScan("a: \"one\n\ttwo \\\" [[[\n  three\"\nb: 'it''s\n  fine'\n"), "");
}

TEST(InputLimitsTest, QuotesInsidePlainTextAreText) {
  EXPECT_EQ(PreScan("a: Raynaud's\nb: 5\" tall\nc: [it's, a \"b]\n"), "");
}

TEST(InputLimitsTest, CommentsMayHoldAnything) {
  EXPECT_EQ(PreScan("# \"[[[[\n\t# tab before a comment\na: 1 # 'open [[[\n"), "");
}

TEST(InputLimitsTest, DocumentMarkerStartsOver) {
  EXPECT_EQ(PreScan("--- {a: [1, 2]}\n"), "");
  EXPECT_EQ(PreScan("%YAML 1.2\n---\na: 1\n...\n"), "");
}

TEST(InputLimitsTest, FlowCollectionsMaySpanLines) {
  EXPECT_EQ(PreScan("a: [1,\n\t2,\n  \"x\n y\"]\nb: 1\n"), "");
}

TEST(InputLimitsTest, UnclosedQuoteAtEndOfFile) {
  EXPECT_EQ(PreScan("a: 1\nb: [x, \"y]\n"),
            "p.yaml:2:8: error: quoted text is never closed: the \" here has no partner\n"
            "  hint: a \" inside double-quoted text is written \\\"\n");
}

// The brief: 100,000 nested brackets or a 10 MB file give an error well
// under a second, never a crash.
TEST(InputLimitsTest, HostileInputsFailFast) {
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& text :
       {std::string(100000, '['), std::string(100000, '{'), std::string(10 << 20, 'a'),
        std::string(kMaxFileBytes, '['), "a:\n" + std::string(kMaxFileBytes - 3, ' ') + "[",
        std::string(kMaxFileBytes / 2, '\0'),
        "format: careplan/v1\npacket:\n  title: G\npreferences:\n  page_size: " +
            std::string(kMaxFileBytes - 100, 'x') + "\n"}) {
    Diagnostics diagnostics;
    EXPECT_FALSE(LoadProfile(text, "p.yaml", LoadOptions{}, &diagnostics).has_value());
    EXPECT_TRUE(diagnostics.has_errors());
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

TEST(InputLimitsTest, LargestAllowedFileIsReadQuickly) {
  // Just under 1 MiB of valid, deeply repetitive YAML.
  std::string yaml =
      "format: careplan/v1\npatient: {name: A}\ndiagnosis: {condition: SSc}\n"
      "notes: |\n";
  while (yaml.size() < kMaxFileBytes - 100) yaml += "  a line of notes [ { \" ' #\n";
  const auto start = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  LoadProfile(yaml, "p.yaml", LoadOptions{}, &diagnostics);
  const std::string errors = FormatDiagnostics(diagnostics);
  EXPECT_TRUE(errors.starts_with("p.yaml:4:8: error: notes: ")) << errors;
  EXPECT_TRUE(errors.ends_with(" characters; the limit is 20000 characters\n")) << errors;
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

}  // namespace
}  // namespace careplan::profile
