#include "font/truetype_font.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

#include "font/byte_view.h"

namespace careplan::font {
namespace {

constexpr uint32_t kVersionTrueType = 0x00010000;
constexpr uint32_t kVersionApple = 0x74727565;  // 'true'
constexpr uint32_t kHeadMagic = 0x5F0F3CF5;
constexpr char32_t kMaxCodePoint = 0x10FFFF;

struct TableRecord {
  std::array<char, 4> tag;
  ByteView data;
};

}  // namespace

// Fills a TrueTypeFont from the file's tables. One instance per Parse call.
class TrueTypeParser {
 public:
  TrueTypeParser(std::string_view bytes, std::string_view name, TrueTypeFont* font)
      : file_(bytes), name_(name), font_(font) {}

  Status Parse() {
    for (auto step : {&TrueTypeParser::ReadTableDirectory, &TrueTypeParser::ReadHead,
                      &TrueTypeParser::ReadMaxp, &TrueTypeParser::ReadHheaAndHmtx,
                      &TrueTypeParser::ReadCmap, &TrueTypeParser::ReadDescription}) {
      Status status = (this->*step)();
      if (!status.ok()) return status;
    }
    return Status::Ok();
  }

 private:
  Status Error(const std::string& what) const {
    return Status::InvalidArgument(std::string(name_) + ": not a usable TrueType font: " + what);
  }

  Status ReadTableDirectory() {
    if (!file_.Has(0, 12)) return Error("file too short for a font header");
    uint32_t version = file_.U32(0);
    if (version != kVersionTrueType && version != kVersionApple) {
      return Error("not TrueType outlines (CFF fonts and collections are not supported)");
    }
    uint16_t num_tables = file_.U16(4);
    if (!file_.Has(12, uint64_t{16} * num_tables)) return Error("table directory is truncated");
    for (uint16_t i = 0; i < num_tables; ++i) {
      size_t record = 12 + size_t{16} * i;
      uint32_t offset = file_.U32(record + 8);
      uint32_t length = file_.U32(record + 12);
      TableRecord table;
      for (size_t k = 0; k < 4; ++k) table.tag[k] = static_cast<char>(file_.U8(record + k));
      if (!file_.Has(offset, length)) {
        return Error("table '" + TagName(table.tag) + "' extends past the end of the file");
      }
      table.data = file_.Sub(offset, length);
      tables_.push_back(table);
    }
    return Status::Ok();
  }

  static std::string TagName(const std::array<char, 4>& tag) {
    return std::string(tag.data(), tag.size());
  }

  // The table with this tag, at least min_length bytes long.
  Status FindTable(const char (&tag)[5], size_t min_length, ByteView* table) const {
    for (const TableRecord& record : tables_) {
      if (std::equal(record.tag.begin(), record.tag.end(), tag)) {
        if (record.data.size() < min_length) {
          return Error(std::string("table '") + tag + "' is truncated");
        }
        *table = record.data;
        return Status::Ok();
      }
    }
    return Error(std::string("table '") + tag + "' is missing");
  }

  Status ReadHead() {
    ByteView head;
    Status status = FindTable("head", 54, &head);
    if (!status.ok()) return status;
    if (head.U32(12) != kHeadMagic) return Error("table 'head' has a bad magic number");
    units_per_em_ = head.U16(18);
    if (units_per_em_ < 16 || units_per_em_ > 16384) return Error("unitsPerEm out of range");
    font_->units_per_em_ = units_per_em_;
    head_ = head;
    return Status::Ok();
  }

  Status ReadMaxp() {
    ByteView maxp;
    Status status = FindTable("maxp", 6, &maxp);
    if (!status.ok()) return status;
    num_glyphs_ = maxp.U16(4);
    if (num_glyphs_ == 0) return Error("the font has no glyphs");
    return Status::Ok();
  }

  double Thousandths(int font_units) const { return font_units * 1000.0 / units_per_em_; }

  Status ReadHheaAndHmtx() {
    ByteView hhea, hmtx;
    Status status = FindTable("hhea", 36, &hhea);
    if (!status.ok()) return status;
    font_->ascent_ = Thousandths(hhea.S16(4));
    font_->descent_ = -std::abs(Thousandths(hhea.S16(6)));
    uint16_t num_metrics = hhea.U16(34);
    if (num_metrics == 0 || num_metrics > num_glyphs_) {
      return Error("numberOfHMetrics out of range");
    }
    status = FindTable("hmtx", size_t{4} * num_metrics, &hmtx);
    if (!status.ok()) return status;
    // Glyphs past the last long metric share its advance (monospaced tails).
    font_->glyph_advance_.resize(num_glyphs_);
    for (size_t glyph = 0; glyph < num_glyphs_; ++glyph) {
      size_t metric = std::min<size_t>(glyph, num_metrics - 1);
      font_->glyph_advance_[glyph] = Thousandths(hmtx.U16(4 * metric));
    }
    return Status::Ok();
  }

  // Picks the Unicode subtables: format 4 fills the BMP, then format 12 (a
  // superset when present) overrides it and adds the supplementary planes.
  Status ReadCmap() {
    ByteView cmap;
    Status status = FindTable("cmap", 4, &cmap);
    if (!status.ok()) return status;
    uint16_t num_subtables = cmap.U16(2);
    if (!cmap.Has(4, uint64_t{8} * num_subtables)) return Error("cmap directory is truncated");
    std::optional<ByteView> format4, format12;
    int rank4 = 0, rank12 = 0;
    for (uint16_t i = 0; i < num_subtables; ++i) {
      size_t record = 4 + size_t{8} * i;
      uint16_t platform = cmap.U16(record);
      uint16_t encoding = cmap.U16(record + 2);
      uint32_t offset = cmap.U32(record + 4);
      if (!cmap.Has(offset, 2)) return Error("cmap subtable offset out of range");
      // Windows Unicode first, then the Unicode platform.
      int rank = platform == 3 && (encoding == 1 || encoding == 10) ? 2 : platform == 0 ? 1 : 0;
      uint16_t format = cmap.U16(offset);
      if (format == 4 && rank > rank4) format4 = cmap.From(offset), rank4 = rank;
      if (format == 12 && rank > rank12) format12 = cmap.From(offset), rank12 = rank;
    }
    if (!format4 && !format12) return Error("no Unicode cmap (format 4 or 12)");
    font_->bmp_glyph_.assign(TrueTypeFont::kBmpSize, 0);
    if (format4) {
      status = ReadFormat4(*format4);
      if (!status.ok()) return status;
    }
    if (format12) return ReadFormat12(*format12);
    return Status::Ok();
  }

  Status ReadFormat4(ByteView table) {
    if (!table.Has(0, 14)) return Error("cmap format 4 header is truncated");
    size_t seg_count = table.U16(6) / 2;
    size_t ends = 14, starts = 16 + 2 * seg_count, deltas = starts + 2 * seg_count;
    size_t range_offsets = deltas + 2 * seg_count;
    if (!table.Has(0, range_offsets + 2 * seg_count)) return Error("cmap format 4 is truncated");
    for (size_t seg = 0; seg < seg_count; ++seg) {
      char32_t end = table.U16(ends + 2 * seg), start = table.U16(starts + 2 * seg);
      uint16_t delta = table.U16(deltas + 2 * seg);
      size_t range_offset_at = range_offsets + 2 * seg;
      uint16_t range_offset = table.U16(range_offset_at);
      for (char32_t c = start; c <= end; ++c) {
        uint16_t glyph = 0;
        if (range_offset == 0) {
          glyph = static_cast<uint16_t>(c + delta);
        } else {
          // idRangeOffset counts bytes from its own position into glyphIdArray.
          size_t at = range_offset_at + range_offset + 2 * (c - start);
          uint16_t raw = table.Has(at, 2) ? table.U16(at) : 0;
          if (raw != 0) glyph = static_cast<uint16_t>(raw + delta);
        }
        SetBmpGlyph(c, glyph);
      }
    }
    return Status::Ok();
  }

  Status ReadFormat12(ByteView table) {
    if (!table.Has(0, 16)) return Error("cmap format 12 header is truncated");
    uint32_t num_groups = table.U32(12);
    if (!table.Has(16, uint64_t{12} * num_groups)) return Error("cmap format 12 is truncated");
    for (uint32_t i = 0; i < num_groups; ++i) {
      size_t group = 16 + size_t{12} * i;
      char32_t start = table.U32(group), end = table.U32(group + 4);
      uint32_t glyph = table.U32(group + 8);
      if (start > end || end > kMaxCodePoint) continue;  // malformed group: ignore it
      for (char32_t c = start; c <= end && c < TrueTypeFont::kBmpSize; ++c) {
        uint64_t g = uint64_t{glyph} + (c - start);
        SetBmpGlyph(c, g < num_glyphs_ ? static_cast<uint16_t>(g) : 0);
      }
      if (end >= TrueTypeFont::kBmpSize) {
        char32_t first = std::max(start, TrueTypeFont::kBmpSize);
        font_->supplementary_.push_back({first, end, glyph + (first - start)});
      }
    }
    std::sort(font_->supplementary_.begin(), font_->supplementary_.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
    return Status::Ok();
  }

  // What a PDF font descriptor says about the face. The tables it reads
  // besides head (OS/2, post, name) are optional: missing ones leave the
  // defaults.
  Status ReadDescription() {
    TrueTypeFont::Description& d = font_->description_;
    d.x_min = Thousandths(head_.S16(36));
    d.y_min = Thousandths(head_.S16(38));
    d.x_max = Thousandths(head_.S16(40));
    d.y_max = Thousandths(head_.S16(42));
    ByteView table;
    if (FindTable("post", 16, &table).ok()) {
      d.italic_angle = table.S32(4) / 65536.0;
      d.fixed_pitch = table.U32(12) != 0;
    }
    if (FindTable("OS/2", 6, &table).ok()) {
      d.weight_class = table.U16(4);
      // sxHeight and sCapHeight exist from version 2 on.
      if (table.U16(0) >= 2 && table.Has(86, 4)) {
        d.x_height = Thousandths(table.S16(86));
        d.cap_height = Thousandths(table.S16(88));
      }
    }
    if (FindTable("name", 6, &table).ok()) d.postscript_name = PostScriptName(table);
    return Status::Ok();
  }

  // Name ID 6 from the Windows Unicode (3,1) or Macintosh Roman (1,0)
  // records, printable ASCII only (what a PDF name may hold unescaped);
  // empty when there is none.
  static std::string PostScriptName(ByteView name) {
    uint16_t count = name.U16(2);
    uint16_t storage = name.U16(4);
    if (!name.Has(6, uint64_t{12} * count)) return "";
    for (uint16_t i = 0; i < count; ++i) {
      size_t record = 6 + size_t{12} * i;
      uint16_t platform = name.U16(record), encoding = name.U16(record + 2);
      if (name.U16(record + 6) != 6) continue;
      size_t length = name.U16(record + 8);
      size_t offset = size_t{storage} + name.U16(record + 10);
      if (!name.Has(offset, length)) continue;
      bool utf16 = platform == 3 && encoding == 1;
      if (!utf16 && !(platform == 1 && encoding == 0)) continue;
      std::string text;
      for (size_t k = utf16 ? 1 : 0; k < length; k += utf16 ? 2 : 1) {
        if (utf16 && name.U8(offset + k - 1) != 0) return "";
        char c = static_cast<char>(name.U8(offset + k));
        if (c <= ' ' || c > '~' || std::string_view("()<>[]{}/%#").find(c) != std::string::npos) {
          return "";
        }
        text.push_back(c);
      }
      return text;
    }
    return "";
  }

  // Glyph ids past the end of the font map to .notdef rather than out of bounds.
  void SetBmpGlyph(char32_t c, uint16_t glyph) {
    if (c < TrueTypeFont::kBmpSize) font_->bmp_glyph_[c] = glyph < num_glyphs_ ? glyph : 0;
  }

  ByteView file_;
  std::string_view name_;
  TrueTypeFont* font_;
  std::vector<TableRecord> tables_;
  ByteView head_;
  int units_per_em_ = 0;
  size_t num_glyphs_ = 0;
};

std::unique_ptr<TrueTypeFont> TrueTypeFont::Parse(std::string_view bytes, std::string_view name,
                                                  Status* status) {
  std::unique_ptr<TrueTypeFont> font(new TrueTypeFont());
  *status = TrueTypeParser(bytes, name, font.get()).Parse();
  if (!status->ok()) return nullptr;
  return font;
}

uint16_t TrueTypeFont::SupplementaryGlyphId(char32_t code_point) const {
  // The last group starting at or before code_point, if it reaches it.
  auto after = std::upper_bound(supplementary_.begin(), supplementary_.end(), code_point,
                                [](char32_t c, const Group& g) { return c < g.start; });
  if (after == supplementary_.begin()) return 0;
  const Group& group = *(after - 1);
  if (code_point > group.end) return 0;
  uint64_t glyph = uint64_t{group.glyph} + (code_point - group.start);
  return glyph < glyph_advance_.size() ? static_cast<uint16_t>(glyph) : 0;
}

}  // namespace careplan::font
