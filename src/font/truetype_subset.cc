#include "font/truetype_subset.h"

#include <algorithm>
#include <map>

#include "font/byte_view.h"

namespace careplan::font {
namespace {

// Composite glyph flags (the glyf table's component records).
constexpr uint16_t kArgsAreWords = 0x0001;
constexpr uint16_t kHaveScale = 0x0008;
constexpr uint16_t kMoreComponents = 0x0020;
constexpr uint16_t kHaveXAndYScale = 0x0040;
constexpr uint16_t kHaveTwoByTwo = 0x0080;

// Tables copied into a subset as they are.
constexpr std::string_view kCopiedTables[] = {"OS/2", "cvt ", "fpgm", "prep"};
// Name records kept: copyright, family, subfamily, unique ID, full name,
// version, PostScript name.
constexpr uint16_t kLastKeptNameId = 6;
// head.checkSumAdjustment is this minus the checksum of the whole file.
constexpr uint32_t kChecksumMagic = 0xB1B0AFBA;

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

// The largest power of two <= n (n >= 1), and its log2: for the binary
// search fields of the table directory and of cmap format 4.
std::pair<uint16_t, uint16_t> SearchRange(uint16_t n) {
  uint16_t power = 1, log2 = 0;
  while (power * 2 <= n) power *= 2, ++log2;
  return {power, log2};
}

// A cmap with one (3,1) format 4 subtable, one segment per run of
// consecutive characters with consecutive glyph ids. REQUIRES: keys < 0xFFFF.
std::string Format4Cmap(const std::map<char32_t, uint16_t>& map) {
  struct Segment {
    uint16_t start, end, delta;
  };
  std::vector<Segment> segments;
  for (const auto& [c, glyph] : map) {
    const auto delta = static_cast<uint16_t>(glyph - c);
    if (!segments.empty() && segments.back().end + 1u == c && segments.back().delta == delta) {
      segments.back().end = static_cast<uint16_t>(c);
    } else {
      segments.push_back({static_cast<uint16_t>(c), static_cast<uint16_t>(c), delta});
    }
  }
  segments.push_back({0xFFFF, 0xFFFF, 1});  // the required last segment (to glyph 0)
  const auto count = static_cast<uint16_t>(segments.size());
  const auto [power, log2] = SearchRange(count);

  std::string table;
  ByteWriter w(&table);
  w.U16(0);   // version
  w.U16(1);   // one subtable:
  w.U16(3);   //   Windows,
  w.U16(1);   //   Unicode BMP,
  w.U32(12);  //   at offset 12
  w.U16(4);   // format
  w.U16(static_cast<uint16_t>(16 + 8 * count));
  w.U16(0);  // language
  w.U16(static_cast<uint16_t>(2 * count));
  w.U16(static_cast<uint16_t>(2 * power));
  w.U16(log2);
  w.U16(static_cast<uint16_t>(2 * count - 2 * power));
  for (const Segment& s : segments) w.U16(s.end);
  w.U16(0);  // reservedPad
  for (const Segment& s : segments) w.U16(s.start);
  for (const Segment& s : segments) w.U16(s.delta);
  for (size_t i = 0; i < segments.size(); ++i) w.U16(0);  // idRangeOffset
  return table;
}

// The name table with only the records up to kLastKeptNameId; empty if the
// font has none (or the table is damaged).
std::string ReducedNameTable(ByteView name) {
  if (!name.Has(0, 6)) return "";
  const uint16_t count = name.U16(2);
  const size_t storage = name.U16(4);
  if (!name.Has(6, uint64_t{12} * count)) return "";
  std::string records, strings;
  ByteWriter r(&records);
  uint16_t kept = 0;
  for (uint16_t i = 0; i < count; ++i) {
    const size_t record = 6 + size_t{12} * i;
    const uint16_t length = name.U16(record + 8);
    const size_t offset = storage + name.U16(record + 10);
    if (name.U16(record + 6) > kLastKeptNameId || !name.Has(offset, length)) continue;
    for (size_t k = 0; k < 8; k += 2) r.U16(name.U16(record + k));  // platform .. name id
    r.U16(length);
    r.U16(static_cast<uint16_t>(strings.size()));
    strings.append(name.data().substr(offset, length));
    ++kept;
  }
  if (kept == 0 || strings.size() > 0xFFFF) return "";
  std::string table;
  ByteWriter w(&table);
  w.U16(0);
  w.U16(kept);
  w.U16(static_cast<uint16_t>(6 + records.size()));
  return table + records + strings;
}

}  // namespace

uint16_t FontSubset::NewGlyphId(uint16_t original) const {
  if (original == 0 || glyphs.empty()) return 0;
  auto it = std::lower_bound(glyphs.begin() + 1, glyphs.end(), original);
  if (it == glyphs.end() || *it != original) return 0;
  return static_cast<uint16_t>(it - glyphs.begin());
}

std::unique_ptr<TrueTypeSubsetter> TrueTypeSubsetter::Load(std::string bytes, std::string_view name,
                                                           Status* status) {
  std::unique_ptr<TrueTypeSubsetter> subsetter(new TrueTypeSubsetter());
  subsetter->bytes_ = std::move(bytes);
  const std::string& file = subsetter->bytes_;
  subsetter->font_ = TrueTypeFont::Parse(file, name, status);
  if (!subsetter->font_) return nullptr;
  // TrueTypeFont has checked the table directory and the tables it reads.
  ByteView view(file);
  for (uint16_t i = 0; i < view.U16(4); ++i) {
    const size_t record = 12 + size_t{16} * i;
    subsetter->tables_.push_back(
        {file.substr(record, 4),
         std::string_view(file).substr(view.U32(record + 8), view.U32(record + 12))});
  }
  *status = subsetter->ReadGlyphs(name);
  if (!status->ok()) return nullptr;
  return subsetter;
}

std::string_view TrueTypeSubsetter::FindTable(std::string_view tag) const {
  for (const Table& table : tables_) {
    if (table.tag == tag) return table.data;
  }
  return {};
}

Status TrueTypeSubsetter::ReadGlyphs(std::string_view name) {
  auto error = [name](const std::string& what) {
    return Status::InvalidArgument(std::string(name) + ": cannot be embedded: " + what);
  };
  const ByteView head(FindTable("head")), maxp(FindTable("maxp"));
  const ByteView loca(FindTable("loca")), glyf(FindTable("glyf"));
  if (loca.size() == 0) return error("table 'loca' is missing");
  if (FindTable("glyf").data() == nullptr) return error("table 'glyf' is missing");
  const bool long_offsets = head.S16(50) != 0;
  const size_t count = maxp.U16(4);
  if (!loca.Has(0, (count + 1) * (long_offsets ? 4 : 2))) {
    return error("table 'loca' is truncated");
  }
  auto offset = [&](size_t glyph) -> uint32_t {
    return long_offsets ? loca.U32(4 * glyph) : 2u * loca.U16(2 * glyph);
  };
  glyphs_.resize(count);
  for (size_t id = 0; id < count; ++id) {
    Glyph& g = glyphs_[id];
    const uint32_t start = offset(id), end = offset(id + 1);
    const std::string which = "glyph " + std::to_string(id);
    if (start > end || end > glyf.size()) return error(which + " lies outside table 'glyf'");
    g.offset = start;
    g.length = end - start;
    if (g.length == 0) continue;  // no outline (a space)
    const ByteView data = glyf.Sub(start, g.length);
    if (!data.Has(0, 10)) return error(which + " is truncated");
    if (data.S16(0) >= 0) continue;  // a simple glyph
    size_t at = 10;
    uint16_t flags = kMoreComponents;
    while (flags & kMoreComponents) {
      if (!data.Has(at, 4)) return error("composite " + which + " is truncated");
      flags = data.U16(at);
      const uint16_t component = data.U16(at + 2);
      if (component >= count) return error("composite " + which + " uses a glyph past the end");
      g.components.push_back({component, static_cast<uint32_t>(at + 2)});
      at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
      if (flags & kHaveScale) {
        at += 2;
      } else if (flags & kHaveXAndYScale) {
        at += 4;
      } else if (flags & kHaveTwoByTwo) {
        at += 8;
      }
    }
    if (at > data.size()) return error("composite " + which + " is truncated");
  }
  return Status::Ok();
}

FontSubset TrueTypeSubsetter::Subset(const std::vector<char32_t>& code_points) const {
  FontSubset subset;
  // The glyphs: .notdef, those of the characters, and the components of
  // composites, followed to any depth.
  std::vector<bool> wanted(glyphs_.size(), false);
  std::vector<uint16_t> pending = {0};
  for (char32_t c : code_points) pending.push_back(font_->GlyphId(c));
  while (!pending.empty()) {
    const uint16_t id = pending.back();
    pending.pop_back();
    if (wanted[id]) continue;
    wanted[id] = true;
    for (const auto& [component, at] : glyphs_[id].components) pending.push_back(component);
  }
  for (size_t id = 0; id < wanted.size(); ++id) {
    if (wanted[id]) subset.glyphs.push_back(static_cast<uint16_t>(id));
  }
  const auto count = static_cast<uint16_t>(subset.glyphs.size());

  // glyf, each glyph padded to an even length, and loca (short offsets when
  // they fit).
  std::string glyf, loca;
  std::vector<uint32_t> offsets;
  const std::string_view font_glyf = FindTable("glyf");
  for (uint16_t id : subset.glyphs) {
    offsets.push_back(static_cast<uint32_t>(glyf.size()));
    const Glyph& g = glyphs_[id];
    const size_t start = glyf.size();
    glyf.append(font_glyf.substr(g.offset, g.length));
    ByteWriter w(&glyf);
    for (const auto& [component, at] : g.components) {
      w.PutU16(start + at, subset.NewGlyphId(component));
    }
    w.Align(2);
  }
  offsets.push_back(static_cast<uint32_t>(glyf.size()));
  const bool long_offsets = glyf.size() > 0x1FFFE;
  ByteWriter loca_writer(&loca);
  for (uint32_t offset : offsets) {
    if (long_offsets) {
      loca_writer.U32(offset);
    } else {
      loca_writer.U16(static_cast<uint16_t>(offset / 2));
    }
  }

  // hmtx: a long metric (advance, left side bearing) for every glyph.
  const ByteView hhea_in(FindTable("hhea")), hmtx_in(FindTable("hmtx"));
  const size_t long_metrics = hhea_in.U16(34);
  std::string hmtx;
  ByteWriter hmtx_writer(&hmtx);
  for (uint16_t id : subset.glyphs) {
    const size_t metric = std::min<size_t>(id, long_metrics - 1);
    // TrueTypeFont checked the long metrics; the short side bearings after
    // them may be missing from a damaged font.
    const size_t lsb_at =
        id < long_metrics ? 4 * size_t{id} + 2 : 4 * long_metrics + 2 * (id - long_metrics);
    hmtx_writer.U16(hmtx_in.U16(4 * metric));
    hmtx_writer.U16(hmtx_in.Has(lsb_at, 2) ? hmtx_in.U16(lsb_at) : 0);
  }

  std::string head(FindTable("head").substr(0, 54));
  ByteWriter(&head).PutU32(8, 0);  // checkSumAdjustment, set at the end
  ByteWriter(&head).PutU16(50, long_offsets ? 1 : 0);
  std::string hhea(FindTable("hhea").substr(0, 36));
  ByteWriter(&hhea).PutU16(34, count);
  std::string maxp(FindTable("maxp"));
  ByteWriter(&maxp).PutU16(4, count);

  std::map<char32_t, uint16_t> cmap;
  for (char32_t c : code_points) {
    const uint16_t glyph = subset.NewGlyphId(font_->GlyphId(c));
    if (glyph != 0 && c < 0xFFFF) cmap[c] = glyph;
  }

  std::vector<std::pair<std::string, std::string>> tables = {
      {"cmap", Format4Cmap(cmap)}, {"glyf", std::move(glyf)}, {"head", std::move(head)},
      {"hhea", std::move(hhea)},   {"hmtx", std::move(hmtx)}, {"loca", std::move(loca)},
      {"maxp", std::move(maxp)},
  };
  for (std::string_view tag : kCopiedTables) {
    const std::string_view data = FindTable(tag);
    if (!data.empty()) tables.push_back({std::string(tag), std::string(data)});
  }
  const std::string_view post = FindTable("post");
  if (post.size() >= 32) {
    std::string post3(post.substr(0, 32));
    ByteWriter(&post3).PutU32(0, 0x00030000);
    tables.push_back({"post", std::move(post3)});
  }
  std::string name = ReducedNameTable(ByteView(FindTable("name")));
  if (!name.empty()) tables.push_back({"name", std::move(name)});
  std::sort(tables.begin(), tables.end());

  // The file: offset table, table records, then the tables, 4-byte aligned.
  const auto num_tables = static_cast<uint16_t>(tables.size());
  const auto [power, log2] = SearchRange(num_tables);
  std::string& out = subset.program;
  ByteWriter w(&out);
  w.U32(0x00010000);
  w.U16(num_tables);
  w.U16(static_cast<uint16_t>(16 * power));
  w.U16(log2);
  w.U16(static_cast<uint16_t>(16 * num_tables - 16 * power));
  size_t offset = 12 + size_t{16} * num_tables;
  size_t head_offset = 0;
  for (const auto& [tag, data] : tables) {
    w.Bytes(tag);
    w.U32(Checksum(data));
    w.U32(static_cast<uint32_t>(offset));
    w.U32(static_cast<uint32_t>(data.size()));
    if (tag == "head") head_offset = offset;
    offset += (data.size() + 3) / 4 * 4;
  }
  for (const auto& [tag, data] : tables) {
    w.Bytes(data);
    w.Align(4);
  }
  w.PutU32(head_offset + 8, kChecksumMagic - Checksum(out));
  return subset;
}

}  // namespace careplan::font
