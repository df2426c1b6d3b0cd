#include "font/truetype_subset.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/file_reader.h"
#include "base/utf8.h"
#include "font/byte_view.h"

namespace careplan::font {
namespace {

const std::string kRegularPath = CAREPLAN_SOURCE_DIR "/fonts/NotoSans-Regular.ttf";
const std::string kBoldPath = CAREPLAN_SOURCE_DIR "/fonts/NotoSans-Bold.ttf";

std::string ReadFile(const std::string& path) {
  std::string text;
  EXPECT_TRUE(ReadFileFromDisk(path, &text).ok()) << path;
  return text;
}

std::unique_ptr<TrueTypeSubsetter> LoadOrDie(std::string bytes) {
  Status status;
  auto subsetter = TrueTypeSubsetter::Load(std::move(bytes), "test.ttf", &status);
  EXPECT_TRUE(status.ok()) << status.message();
  return subsetter;
}

std::vector<char32_t> CodePoints(std::string_view utf8) {
  std::u32string decoded = DecodeUtf8(utf8);
  return std::vector<char32_t>(decoded.begin(), decoded.end());
}

// The tables of a TrueType file, and its glyphs' data (from loca and glyf).
struct Sfnt {
  std::map<std::string, std::string> tables;
  std::vector<std::string> glyphs;
  uint32_t whole_file_checksum = 0;
};

uint32_t Checksum(std::string_view data) {
  uint32_t sum = 0;
  for (size_t i = 0; i < data.size(); i += 4) {
    uint32_t word = 0;
    for (size_t k = 0; k < 4; ++k) {
      word = word << 8 | (i + k < data.size() ? static_cast<uint8_t>(data[i + k]) : 0);
    }
    sum += word;
  }
  return sum;
}

Sfnt ReadSfnt(const std::string& file) {
  Sfnt sfnt;
  ByteView view(file);
  for (uint16_t i = 0; i < view.U16(4); ++i) {
    size_t record = 12 + size_t{16} * i;
    std::string data = file.substr(view.U32(record + 8), view.U32(record + 12));
    std::string tag = file.substr(record, 4);
    if (tag != "head") {
      EXPECT_EQ(view.U32(record + 4), Checksum(data)) << tag;
    }
    sfnt.tables[tag] = data;
  }
  ByteView head(sfnt.tables["head"]), loca(sfnt.tables["loca"]), maxp(sfnt.tables["maxp"]);
  const bool long_offsets = head.S16(50) != 0;
  auto offset = [&](size_t glyph) -> uint32_t {
    return long_offsets ? loca.U32(4 * glyph) : 2u * loca.U16(2 * glyph);
  };
  for (size_t glyph = 0; glyph < maxp.U16(4); ++glyph) {
    sfnt.glyphs.push_back(
        sfnt.tables["glyf"].substr(offset(glyph), offset(glyph + 1) - offset(glyph)));
  }
  sfnt.whole_file_checksum = Checksum(file);
  return sfnt;
}

TEST(TrueTypeSubsetterTest, SubsetOfTheBundledFontHoldsOnlyTheGlyphsDrawn) {
  auto subsetter = LoadOrDie(ReadFile(kRegularPath));
  ASSERT_NE(subsetter, nullptr);
  const TrueTypeFont& font = subsetter->font();
  const std::string text = "Nguyễn Thị Ánh Tuyết, María José: ½ tablet – Жизнь, Ωμέγα";
  const std::vector<char32_t> characters = CodePoints(text);
  FontSubset subset = subsetter->Subset(characters);

  std::set<uint16_t> expected = {0};
  for (char32_t c : characters) expected.insert(font.GlyphId(c));
  EXPECT_EQ(subset.glyphs, std::vector<uint16_t>(expected.begin(), expected.end()));
  EXPECT_LT(subset.program.size(), 12000u) << "the whole font is " << ReadFile(kRegularPath).size();

  // The subset is a TrueType font our own reader takes: the same characters
  // map to the renumbered glyphs, with the same advances and vertical metrics.
  Status status;
  auto parsed = TrueTypeFont::Parse(subset.program, "subset", &status);
  ASSERT_NE(parsed, nullptr) << status.message();
  EXPECT_EQ(parsed->num_glyphs(), static_cast<int>(expected.size()));
  EXPECT_EQ(parsed->units_per_em(), font.units_per_em());
  EXPECT_EQ(parsed->ascent(), font.ascent());
  EXPECT_EQ(parsed->descent(), font.descent());
  EXPECT_EQ(parsed->description().postscript_name, "NotoSans-Regular");
  for (char32_t c : characters) {
    uint16_t glyph = parsed->GlyphId(c);
    EXPECT_NE(glyph, 0) << static_cast<unsigned>(c);
    EXPECT_EQ(glyph, subset.NewGlyphId(font.GlyphId(c)));
    EXPECT_EQ(parsed->Advance(c), font.Advance(c)) << static_cast<unsigned>(c);
  }
  // Characters not asked for are not there.
  for (char32_t c : {U'Q', U'z', U'Ы', U'€'}) {
    if (std::find(characters.begin(), characters.end(), c) != characters.end()) continue;
    EXPECT_EQ(parsed->GlyphId(c), 0) << static_cast<unsigned>(c);
  }

  // Each glyph's outline is the original's, byte for byte (plus padding),
  // and the file's checksum adjustment is right.
  Sfnt original = ReadSfnt(ReadFile(kRegularPath));
  Sfnt cut = ReadSfnt(subset.program);
  ASSERT_EQ(cut.glyphs.size(), subset.glyphs.size());
  for (size_t i = 0; i < subset.glyphs.size(); ++i) {
    const std::string& before = original.glyphs[subset.glyphs[i]];
    const std::string& after = cut.glyphs[i];
    EXPECT_EQ(after.substr(0, before.size()), before) << "glyph " << subset.glyphs[i];
    EXPECT_LE(after.size(), before.size() + 1);
  }
  EXPECT_EQ(cut.whole_file_checksum, 0xB1B0AFBA);
  std::vector<std::string> tags;
  for (const auto& [tag, data] : cut.tables) tags.push_back(tag);
  EXPECT_EQ(tags, (std::vector<std::string>{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca",
                                            "maxp", "name", "post"}));
  EXPECT_EQ(ByteView(cut.tables["post"]).U32(0), 0x00030000u);  // no glyph names
}

TEST(TrueTypeSubsetterTest, SameCharactersInAnyOrderGiveTheSameBytes) {
  auto subsetter = LoadOrDie(ReadFile(kBoldPath));
  ASSERT_NE(subsetter, nullptr);
  std::vector<char32_t> characters = CodePoints("Page 1 of 12 – Ελληνικά");
  FontSubset first = subsetter->Subset(characters);
  std::reverse(characters.begin(), characters.end());
  characters.push_back(U'P');
  characters.push_back(0x4E2D);  // not in the font: no glyph
  FontSubset second = subsetter->Subset(characters);
  EXPECT_EQ(first.program, second.program);
  EXPECT_EQ(first.glyphs, second.glyphs);
}

TEST(TrueTypeSubsetterTest, NewGlyphIdOfAGlyphNotInTheSubsetIsNotdef) {
  FontSubset subset;
  subset.glyphs = {0, 5, 9};
  EXPECT_EQ(subset.NewGlyphId(0), 0);
  EXPECT_EQ(subset.NewGlyphId(5), 1);
  EXPECT_EQ(subset.NewGlyphId(9), 2);
  EXPECT_EQ(subset.NewGlyphId(6), 0);
  EXPECT_EQ(subset.NewGlyphId(10), 0);
}

// A minimal TrueType font: glyph 0 (.notdef, empty), glyph 1 a simple glyph
// ('A'), glyph 2 another simple one ('B', unused below) and glyph 3 a
// composite of glyph 1 ('C'), with the given loca format.
std::string FontWithComposite(bool long_loca) {
  std::string glyf;
  ByteWriter g(&glyf);
  std::vector<uint32_t> offsets = {0, 0};  // glyph 0 is empty
  auto simple = [&](int16_t x_max) {
    g.U16(1);                                                             // one contour
    g.U16(0), g.U16(0), g.U16(static_cast<uint16_t>(x_max)), g.U16(100);  // bounding box
    g.U16(0);            // end point of the contour
    g.U16(0);            // no instructions
    glyf.push_back(1);   // flags: on curve, x and y as words
    g.U16(0), g.U16(0);  // x, y
    g.Align(2);
    offsets.push_back(static_cast<uint32_t>(glyf.size()));
  };
  simple(50);
  simple(70);
  g.U16(0xFFFF);  // numberOfContours -1: a composite
  g.U16(0), g.U16(0), g.U16(50), g.U16(100);
  g.U16(0x0001 | 0x0002);  // args are words, args are x/y offsets; no more components
  g.U16(1);                // the component: glyph 1
  g.U16(10), g.U16(0);     // offset
  offsets.push_back(static_cast<uint32_t>(glyf.size()));

  std::string loca;
  ByteWriter l(&loca);
  for (uint32_t offset : offsets)
    long_loca ? l.U32(offset) : l.U16(static_cast<uint16_t>(offset / 2));

  std::string head(54, '\0');
  ByteWriter h(&head);
  h.PutU32(12, 0x5F0F3CF5);
  h.PutU16(18, 1000);
  h.PutU16(50, long_loca ? 1 : 0);
  std::string hhea(36, '\0');
  ByteWriter(&hhea).PutU16(4, 800);
  ByteWriter(&hhea).PutU16(34, 4);
  std::string maxp;
  ByteWriter(&maxp).U32(0x00005000);
  ByteWriter(&maxp).U16(4);
  std::string hmtx;
  for (uint16_t advance : {500, 600, 700, 800})
    ByteWriter(&hmtx).U16(advance), ByteWriter(&hmtx).U16(0);
  // cmap (3,1) format 4: 'A'..'C' -> glyphs 1..3, and the final segment.
  std::string cmap;
  ByteWriter c(&cmap);
  c.U16(0), c.U16(1), c.U16(3), c.U16(1), c.U32(12);
  c.U16(4), c.U16(32), c.U16(0), c.U16(4), c.U16(4), c.U16(1), c.U16(0);
  c.U16('C'), c.U16(0xFFFF), c.U16(0);              // ends, pad
  c.U16('A'), c.U16(0xFFFF);                        // starts
  c.U16(static_cast<uint16_t>(1 - 'A')), c.U16(1);  // deltas
  c.U16(0), c.U16(0);                               // range offsets

  std::map<std::string, std::string> tables = {{"cmap", cmap}, {"glyf", glyf}, {"head", head},
                                               {"hhea", hhea}, {"hmtx", hmtx}, {"loca", loca},
                                               {"maxp", maxp}};
  std::string file;
  ByteWriter f(&file);
  f.U32(0x00010000), f.U16(static_cast<uint16_t>(tables.size())), f.U16(0), f.U16(0), f.U16(0);
  uint32_t offset = static_cast<uint32_t>(12 + 16 * tables.size());
  std::string body;
  for (const auto& [tag, data] : tables) {
    f.Bytes(tag), f.U32(0), f.U32(offset + static_cast<uint32_t>(body.size()));
    f.U32(static_cast<uint32_t>(data.size()));
    body += data;
    while (body.size() % 4) body.push_back('\0');
  }
  return file + body;
}

TEST(TrueTypeSubsetterTest, CompositeGlyphsBringTheirComponentsRenumbered) {
  for (bool long_loca : {false, true}) {
    auto subsetter = LoadOrDie(FontWithComposite(long_loca));
    ASSERT_NE(subsetter, nullptr);
    FontSubset subset = subsetter->Subset({U'C'});
    EXPECT_EQ(subset.glyphs, (std::vector<uint16_t>{0, 1, 3}));

    Sfnt cut = ReadSfnt(subset.program);
    ASSERT_EQ(cut.glyphs.size(), 3u);
    EXPECT_TRUE(cut.glyphs[0].empty());
    // The composite is now glyph 2, and its component (glyph 1) is still 1.
    ByteView composite(cut.glyphs[2]);
    EXPECT_EQ(composite.S16(0), -1);
    EXPECT_EQ(composite.U16(12), 1);

    Status status;
    auto parsed = TrueTypeFont::Parse(subset.program, "subset", &status);
    ASSERT_NE(parsed, nullptr) << status.message();
    EXPECT_EQ(parsed->GlyphId(U'C'), 2);
    EXPECT_EQ(parsed->GlyphId(U'A'), 0);  // drawn only as a component
    EXPECT_EQ(parsed->Advance(U'C'), 800);
    EXPECT_EQ(parsed->GlyphAdvance(1), 600);
  }
  // Without the composite, its component is renumbered down.
  auto subsetter = LoadOrDie(FontWithComposite(false));
  FontSubset subset = subsetter->Subset({U'B'});
  EXPECT_EQ(subset.glyphs, (std::vector<uint16_t>{0, 2}));
}

TEST(TrueTypeSubsetterTest, DamagedGlyphDataIsAnErrorAtLoad) {
  std::string font = FontWithComposite(false);
  // Point the composite's component past the last glyph.
  ByteView view(font);
  size_t glyf_offset = 0;
  for (uint16_t i = 0; i < view.U16(4); ++i) {
    if (font.substr(12 + 16 * i, 4) == "glyf") glyf_offset = view.U32(12 + 16 * i + 8);
  }
  std::string bad = font;
  ByteWriter(&bad).PutU16(glyf_offset + 40 + 12, 9);  // glyphs 1 and 2 take 20 bytes each
  Status status;
  EXPECT_EQ(TrueTypeSubsetter::Load(bad, "bad.ttf", &status), nullptr);
  EXPECT_EQ(status.message(),
            "bad.ttf: cannot be embedded: composite glyph 3 uses a glyph past the end");

  bad = font;
  size_t loca_record = 0;
  for (uint16_t i = 0; i < view.U16(4); ++i) {
    if (font.substr(12 + 16 * i, 4) == "loca") loca_record = 12 + 16 * i;
  }
  ByteWriter(&bad).PutU32(loca_record + 12, 4);  // loca cut short
  EXPECT_EQ(TrueTypeSubsetter::Load(bad, "bad.ttf", &status), nullptr);
  EXPECT_EQ(status.message(), "bad.ttf: cannot be embedded: table 'loca' is truncated");
}

}  // namespace
}  // namespace careplan::font
