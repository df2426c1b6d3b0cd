#include "font/truetype_font.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace careplan::font {
namespace {

// Builds minimal TrueType files in memory, so that cmap formats the bundled
// fonts lack (format 12, supplementary planes) and broken structures can be
// tested exactly.
class FontBuilder {
 public:
  FontBuilder& UnitsPerEm(uint16_t units) {
    units_per_em_ = units;
    return *this;
  }
  // One advance per glyph; glyphs past `long_metrics` reuse the last advance.
  FontBuilder& Advances(std::vector<uint16_t> advances, size_t long_metrics = 0) {
    advances_ = std::move(advances);
    long_metrics_ = long_metrics ? long_metrics : advances_.size();
    return *this;
  }
  // A (3,1) format 4 subtable: one segment per entry, start -> delta-mapped.
  FontBuilder& Format4(std::vector<std::tuple<uint16_t, uint16_t, uint16_t>> segments) {
    format4_ = std::move(segments);
    return *this;
  }
  // A (3,10) format 12 subtable: (start, end, first glyph) groups.
  FontBuilder& Format12(std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> groups) {
    format12_ = std::move(groups);
    return *this;
  }
  FontBuilder& Table(const std::string& tag, std::string data) {
    tables_[tag] = std::move(data);
    return *this;
  }

  std::string Build() {
    std::map<std::string, std::string> tables = {
        {"head", Head()}, {"hhea", Hhea()}, {"maxp", Maxp()}, {"hmtx", Hmtx()}, {"cmap", Cmap()}};
    for (auto& [tag, data] : tables_) tables[tag] = data;
    std::string out;
    U32(&out, 0x00010000);
    U16(&out, static_cast<uint16_t>(tables.size()));
    U16(&out, 0), U16(&out, 0), U16(&out, 0);
    uint32_t offset = static_cast<uint32_t>(12 + 16 * tables.size());
    std::string body;
    for (auto& [tag, data] : tables) {
      out += tag;
      U32(&out, 0);
      U32(&out, offset + static_cast<uint32_t>(body.size()));
      U32(&out, static_cast<uint32_t>(data.size()));
      body += data;
    }
    return out + body;
  }

  static void U16(std::string* out, uint16_t v) {
    out->push_back(static_cast<char>(v >> 8));
    out->push_back(static_cast<char>(v & 0xFF));
  }
  static void U32(std::string* out, uint32_t v) {
    U16(out, static_cast<uint16_t>(v >> 16));
    U16(out, static_cast<uint16_t>(v & 0xFFFF));
  }

 private:
  std::string Head() const {
    std::string t(54, '\0');
    std::string magic, units;
    U32(&magic, 0x5F0F3CF5);
    U16(&units, units_per_em_);
    t.replace(12, 4, magic);
    t.replace(18, 2, units);
    return t;
  }
  std::string Hhea() const {
    std::string t(36, '\0');
    std::string ascent, descent, metrics;
    U16(&ascent, static_cast<uint16_t>(800));
    U16(&descent, static_cast<uint16_t>(-200));
    U16(&metrics, static_cast<uint16_t>(long_metrics_));
    t.replace(4, 2, ascent);
    t.replace(6, 2, descent);
    t.replace(34, 2, metrics);
    return t;
  }
  std::string Maxp() const {
    std::string t;
    U32(&t, 0x00005000);
    U16(&t, static_cast<uint16_t>(advances_.size()));
    return t;
  }
  std::string Hmtx() const {
    std::string t;
    for (size_t i = 0; i < advances_.size(); ++i) {
      if (i < long_metrics_) U16(&t, advances_[i]);
      U16(&t, 0);  // left side bearing
    }
    return t;
  }
  std::string Cmap() const {
    std::vector<std::pair<uint16_t, std::string>> subtables;  // encoding id, data
    if (!format4_.empty()) subtables.push_back({1, Format4Table()});
    if (!format12_.empty()) subtables.push_back({10, Format12Table()});
    std::string t;
    U16(&t, 0);
    U16(&t, static_cast<uint16_t>(subtables.size()));
    uint32_t offset = static_cast<uint32_t>(4 + 8 * subtables.size());
    std::string body;
    for (auto& [encoding, data] : subtables) {
      U16(&t, 3);
      U16(&t, encoding);
      U32(&t, offset + static_cast<uint32_t>(body.size()));
      body += data;
    }
    return t + body;
  }
  std::string Format4Table() const {
    auto segments = format4_;
    segments.push_back({0xFFFF, 0xFFFF, 0});  // the required final segment, to .notdef
    std::string ends, starts, deltas, offsets;
    for (auto [start, end, first_glyph] : segments) {
      U16(&ends, end);
      U16(&starts, start);
      U16(&deltas, static_cast<uint16_t>(first_glyph - start));
      U16(&offsets, 0);
    }
    std::string t;
    U16(&t, 4);
    U16(&t, static_cast<uint16_t>(16 + 8 * segments.size()));
    U16(&t, 0);
    U16(&t, static_cast<uint16_t>(2 * segments.size()));
    U16(&t, 0), U16(&t, 0), U16(&t, 0);
    return t + ends + std::string(2, '\0') + starts + deltas + offsets;
  }
  std::string Format12Table() const {
    std::string t;
    U16(&t, 12);
    U16(&t, 0);
    U32(&t, static_cast<uint32_t>(16 + 12 * format12_.size()));
    U32(&t, 0);
    U32(&t, static_cast<uint32_t>(format12_.size()));
    for (auto [start, end, glyph] : format12_) U32(&t, start), U32(&t, end), U32(&t, glyph);
    return t;
  }

  uint16_t units_per_em_ = 2048;
  std::vector<uint16_t> advances_ = {1000, 1200, 600};
  size_t long_metrics_ = 3;
  std::vector<std::tuple<uint16_t, uint16_t, uint16_t>> format4_;
  std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> format12_;
  std::map<std::string, std::string> tables_;
};

std::unique_ptr<TrueTypeFont> Parse(const std::string& bytes, Status* status) {
  return TrueTypeFont::Parse(bytes, "test.ttf", status);
}

TEST(TrueTypeFontTest, ScalesAdvancesToThousandthsOfAnEm) {
  std::string bytes =
      FontBuilder().UnitsPerEm(2048).Advances({1024, 2048, 512}).Format4({{'A', 'B', 1}}).Build();
  Status status;
  auto font = Parse(bytes, &status);
  ASSERT_NE(font, nullptr) << status.message();
  EXPECT_EQ(font->Advance(U'A'), 1000);
  EXPECT_EQ(font->Advance(U'B'), 250);
  EXPECT_EQ(font->Advance(U'C'), 500);  // .notdef
  EXPECT_EQ(font->ascent(), 800 * 1000.0 / 2048);
  EXPECT_EQ(font->descent(), -200 * 1000.0 / 2048);
}

TEST(TrueTypeFontTest, GlyphsPastTheLongMetricsShareTheLastAdvance) {
  std::string bytes =
      FontBuilder().UnitsPerEm(1000).Advances({500, 700, 0, 0}, 2).Format4({{'a', 'c', 1}}).Build();
  Status status;
  auto font = Parse(bytes, &status);
  ASSERT_NE(font, nullptr) << status.message();
  EXPECT_EQ(font->Advance(U'a'), 700);
  EXPECT_EQ(font->Advance(U'b'), 700);
  EXPECT_EQ(font->Advance(U'c'), 700);
}

TEST(TrueTypeFontTest, Format12CoversSupplementaryPlanes) {
  std::string bytes = FontBuilder()
                          .UnitsPerEm(1000)
                          .Advances({500, 600, 700, 800})
                          .Format4({{'A', 'A', 1}})
                          .Format12({{'A', 'A', 1}, {0x1F600, 0x1F601, 2}, {0x10000, 0x10000, 3}})
                          .Build();
  Status status;
  auto font = Parse(bytes, &status);
  ASSERT_NE(font, nullptr) << status.message();
  EXPECT_EQ(font->GlyphId(U'A'), 1);
  EXPECT_EQ(font->GlyphId(0x10000), 3);
  EXPECT_EQ(font->GlyphId(0x1F600), 2);
  EXPECT_EQ(font->GlyphId(0x1F601), 3);
  EXPECT_EQ(font->GlyphId(0x1F602), 0);
  EXPECT_EQ(font->GlyphId(0xFFFF), 0);
  EXPECT_EQ(font->Advance(0x1F601), 800);
  EXPECT_TRUE(font->HasGlyph(0x1F600));
  EXPECT_FALSE(font->HasGlyph(0x1F5FF));
}

TEST(TrueTypeFontTest, Format12AloneIsEnough) {
  std::string bytes = FontBuilder().Advances({500, 600}).Format12({{0x4E00, 0x4E00, 1}}).Build();
  Status status;
  auto font = Parse(bytes, &status);
  ASSERT_NE(font, nullptr) << status.message();
  EXPECT_TRUE(font->HasGlyph(0x4E00));
  EXPECT_FALSE(font->HasGlyph(U'A'));
}

TEST(TrueTypeFontTest, GlyphIdsPastTheEndMapToNotdef) {
  std::string bytes = FontBuilder()
                          .Advances({500, 600})
                          .Format4({{'A', 'C', 1}})
                          .Format12({{0x20000, 0x20005, 1}})
                          .Build();
  Status status;
  auto font = Parse(bytes, &status);
  ASSERT_NE(font, nullptr) << status.message();
  EXPECT_EQ(font->GlyphId(U'A'), 1);
  EXPECT_EQ(font->GlyphId(U'B'), 0);  // glyph 2 does not exist
  EXPECT_EQ(font->GlyphId(0x20000), 1);
  EXPECT_EQ(font->GlyphId(0x20001), 0);
}

TEST(TrueTypeFontTest, StructuralErrorsAreReported) {
  struct Case {
    std::string bytes;
    std::string message;
  };
  std::string good = FontBuilder().Format4({{'A', 'A', 1}}).Build();
  std::string huge_groups;
  FontBuilder::U16(&huge_groups, 0), FontBuilder::U16(&huge_groups, 1);
  FontBuilder::U16(&huge_groups, 3), FontBuilder::U16(&huge_groups, 10);
  FontBuilder::U32(&huge_groups, 12);
  FontBuilder::U16(&huge_groups, 12), FontBuilder::U16(&huge_groups, 0);
  FontBuilder::U32(&huge_groups, 0), FontBuilder::U32(&huge_groups, 0);
  FontBuilder::U32(&huge_groups, 0xFFFFFFFF);
  std::vector<Case> cases = {
      {"", "file too short for a font header"},
      {"OTTO" + good.substr(4), "not TrueType outlines"},
      {good.substr(0, good.size() - 1), "extends past the end of the file"},
      {FontBuilder().Table("head", std::string(20, '\0')).Build(), "table 'head' is truncated"},
      {FontBuilder().Table("head", std::string(54, '\0')).Build(), "bad magic number"},
      {FontBuilder().Advances({}).Build(), "the font has no glyphs"},
      {FontBuilder().Table("hmtx", "").Build(), "table 'hmtx' is truncated"},
      {FontBuilder().Build(), "no Unicode cmap"},
      {FontBuilder().Table("cmap", huge_groups).Build(), "cmap format 12 is truncated"},
  };
  for (const Case& c : cases) {
    Status status;
    EXPECT_EQ(Parse(c.bytes, &status), nullptr) << c.message;
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
    EXPECT_NE(status.message().find(c.message), std::string::npos) << status.message();
    EXPECT_EQ(status.message().rfind("test.ttf: ", 0), 0u) << status.message();
  }
}

}  // namespace
}  // namespace careplan::font
