#include "font/truetype_metrics.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "base/file_reader.h"

namespace careplan::font {
namespace {

const std::string kRegularPath = CAREPLAN_SOURCE_DIR "/fonts/NotoSans-Regular.ttf";
const std::string kBoldPath = CAREPLAN_SOURCE_DIR "/fonts/NotoSans-Bold.ttf";

std::string ReadFile(const std::string& path) {
  std::string text;
  EXPECT_TRUE(ReadFileFromDisk(path, &text).ok()) << path;
  return text;
}

std::unique_ptr<TrueTypeMetrics> LoadBundled() {
  Status status;
  auto metrics = TrueTypeMetrics::Load(kRegularPath, kBoldPath, &status);
  EXPECT_TRUE(status.ok()) << status.message();
  return metrics;
}

// Expected advances are the hmtx widths reported by fontTools (unitsPerEm is
// 1000 in these fonts, so font units are thousandths of an em):
//   /usr/bin/python3 -c "from fontTools.ttLib import TTFont; t = TTFont(
//     'fonts/NotoSans-Regular.ttf'); c = t.getBestCmap();
//     print({hex(ord(x)): t['hmtx'][c[ord(x)]][0] for x in 'AWi ễЖΩ.—€'})"
// and the same for NotoSans-Bold.ttf; .notdef is t['hmtx']['.notdef'].
TEST(TrueTypeMetricsTest, AdvancesMatchFontTools) {
  auto metrics = LoadBundled();
  ASSERT_NE(metrics, nullptr);
  EXPECT_EQ(metrics->Advance(Face::kRegular, U'A'), 639);
  EXPECT_EQ(metrics->Advance(Face::kRegular, U'W'), 930);
  EXPECT_EQ(metrics->Advance(Face::kRegular, U'i'), 258);
  EXPECT_EQ(metrics->Advance(Face::kRegular, U' '), 260);
  EXPECT_EQ(metrics->Advance(Face::kRegular, U'ễ'), 564);
  EXPECT_EQ(metrics->Advance(Face::kRegular, U'Ж'), 854);
  EXPECT_EQ(metrics->Advance(Face::kRegular, U'Ω'), 782);
  EXPECT_EQ(metrics->Advance(Face::kRegular, U'—'), 1000);
  EXPECT_EQ(metrics->Advance(Face::kRegular, U'€'), 572);
  EXPECT_EQ(metrics->Advance(Face::kBold, U'A'), 690);
  EXPECT_EQ(metrics->Advance(Face::kBold, U'W'), 967);
  EXPECT_EQ(metrics->Advance(Face::kBold, U'i'), 305);
  EXPECT_EQ(metrics->Advance(Face::kBold, U'ễ'), 591);
  EXPECT_EQ(metrics->Advance(Face::kBold, U'Ж'), 943);
  EXPECT_EQ(metrics->Advance(Face::kBold, U'Ω'), 786);
}

TEST(TrueTypeMetricsTest, GlyphIdsMatchFontTools) {
  // t.getGlyphID(c[0x41]) and t.getGlyphID(c[0x1EC5]) in both fonts. These
  // change if scripts/prepare_fonts.py keeps other ranges; advances do not.
  auto metrics = LoadBundled();
  ASSERT_NE(metrics, nullptr);
  EXPECT_EQ(metrics->GlyphId(Face::kRegular, U'A'), 36);
  EXPECT_EQ(metrics->GlyphId(Face::kBold, U'ễ'), 796);
  EXPECT_EQ(metrics->GlyphId(Face::kRegular, 0x4E00), 0);
}

TEST(TrueTypeMetricsTest, MissingCharacterMeasuresAsNotdef) {
  auto metrics = LoadBundled();
  ASSERT_NE(metrics, nullptr);
  EXPECT_EQ(metrics->Advance(Face::kRegular, 0x4E00), 600);  // hmtx['.notdef']
  EXPECT_EQ(metrics->Advance(Face::kBold, 0x1F600), 600);
  EXPECT_EQ(metrics->Advance(Face::kRegular, 0x10FFFF), 600);
}

TEST(TrueTypeMetricsTest, CoverageOfTheScriptsWePrint) {
  auto metrics = LoadBundled();
  ASSERT_NE(metrics, nullptr);
  for (Face face : {Face::kRegular, Face::kBold}) {
    for (char32_t c : std::u32string(U"ễẾệỵđơưĂÂÊÔŽŁŐÆßЖжЁёЇїΩωάΐ€№«»–—…·")) {
      EXPECT_TRUE(metrics->HasGlyph(face, c)) << std::hex << static_cast<uint32_t>(c);
    }
    EXPECT_FALSE(metrics->HasGlyph(face, 0x4E00));   // CJK
    EXPECT_FALSE(metrics->HasGlyph(face, 0x2192));   // → is not in Noto Sans
    EXPECT_FALSE(metrics->HasGlyph(face, 0x1F600));  // emoji
  }
}

TEST(TrueTypeMetricsTest, VerticalMetricsComeFromHhea) {
  // t['hhea'].ascent == 1069 and t['hhea'].descent == -293 in both fonts.
  auto metrics = LoadBundled();
  ASSERT_NE(metrics, nullptr);
  EXPECT_EQ(metrics->Ascent(Face::kRegular), 1069);
  EXPECT_EQ(metrics->Descent(Face::kRegular), -293);
  EXPECT_EQ(metrics->Ascent(Face::kBold), 1069);
  EXPECT_EQ(metrics->Descent(Face::kBold), -293);
}

TEST(TrueTypeMetricsTest, MeasuresUtf8Text) {
  auto metrics = LoadBundled();
  ASSERT_NE(metrics, nullptr);
  // "Ab" = 639 + 615 thousandths; at 10 pt that is 12.54 pt.
  EXPECT_DOUBLE_EQ(metrics->MeasureUtf8(Face::kRegular, "Ab", 10), 12.54);
}

TEST(TrueTypeMetricsTest, MissingFileIsNotFound) {
  Status status;
  auto metrics = TrueTypeMetrics::Load("/nonexistent/Regular.ttf", kBoldPath, &status);
  EXPECT_EQ(metrics, nullptr);
  EXPECT_EQ(status.code(), Status::Code::kNotFound);
  EXPECT_NE(status.message().find("/nonexistent/Regular.ttf"), std::string::npos);
}

TEST(TrueTypeMetricsTest, TruncatedFontIsAnErrorNotACrash) {
  const std::string font = ReadFile(kRegularPath);
  const std::string bold = ReadFile(kBoldPath);
  ASSERT_GT(font.size(), 1000u);
  // Every cut that loses part of a table must fail; a few cut points inside
  // each structure plus a stride across the whole file.
  std::vector<size_t> cuts = {0, 1, 4, 11, 12, 13, 100, 300, font.size() / 2, font.size() - 1};
  for (size_t cut = 7; cut < font.size(); cut += 4099) cuts.push_back(cut);
  for (size_t cut : cuts) {
    Status status;
    auto metrics = TrueTypeMetrics::FromBytes(font.substr(0, cut), bold, &status, "cut.ttf");
    EXPECT_EQ(metrics, nullptr) << "cut at " << cut;
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument) << "cut at " << cut;
    EXPECT_EQ(status.message().rfind("cut.ttf: not a usable TrueType font: ", 0), 0u)
        << status.message();
  }
}

TEST(TrueTypeMetricsTest, CorruptBytesNeverCrash) {
  // Overwrites random bytes among the first 9,428 bytes, where the bundled
  // font keeps everything the parser reads (directory, head, hhea, maxp,
  // hmtx, cmap), and parses. Some corruptions still parse; none may read out
  // of bounds (run under valgrind or ASan to be sure).
  const std::string original = ReadFile(kRegularPath);
  std::mt19937 random(20261124);
  for (int round = 0; round < 1000; ++round) {
    std::string font = original;
    for (int k = 0; k < 8; ++k) {
      font[random() % 9428] = static_cast<char>(random() & 0xFF);
    }
    Status status;
    auto metrics = TrueTypeMetrics::FromBytes(font, original, &status);
    if (metrics) {
      EXPECT_GE(metrics->Advance(Face::kRegular, U'A'), 0);
      EXPECT_GE(metrics->Advance(Face::kRegular, 0x1F600), 0);
    } else {
      EXPECT_FALSE(status.ok());
    }
  }
}

}  // namespace
}  // namespace careplan::font
