#include "pdf/pdf_fonts.h"

#include <hpdf_objects.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>

#include "base/utf8.h"

namespace careplan::pdf {
namespace {

constexpr char16_t kReplacement = 0xFFFD;

// Characters that cannot be drawn as themselves: control characters, and
// characters above U+FFFF (a CID is one UTF-16 code unit).
bool NeedsReplacement(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0) || c > 0xFFFF; }

// Printable ASCII, which has its own code in the first font of each face.
bool IsAscii(char32_t c) { return c >= 0x20 && c < 0x7F; }

// Up to this many entries per bfrange block (a limit of the CMap format).
constexpr size_t kMaxCMapBlock = 100;

// FontDescriptor flags (PDF 32000-1:2008, table 123).
constexpr int kFlagFixedPitch = 1 << 0;
constexpr int kFlagNonsymbolic = 1 << 5;
constexpr int kFlagItalic = 1 << 6;
constexpr int kFlagForceBold = 1 << 18;

Status ReadWholeFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open font file '" + path + "'");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read font file '" + path + "'");
  *contents = std::move(buffer).str();
  return Status::Ok();
}

std::unique_ptr<font::TrueTypeSubsetter> LoadFace(const std::string& path, Status* status) {
  std::string bytes;
  *status = ReadWholeFile(path, &bytes);
  if (!status->ok()) return nullptr;
  auto face = font::TrueTypeSubsetter::Load(std::move(bytes), path, status);
  if (!face)
    *status =
        Status::InvalidArgument("cannot embed font file '" + path + "': " + status->message());
  return face;
}

// "<XX>" for a one-byte code, "<XXXX>" for a UTF-16 code unit.
void AppendHex(unsigned value, int digits, std::string* out) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  out->push_back('<');
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
    out->push_back(kDigits[(value >> shift) & 0xF]);
  out->push_back('>');
}

// The CMap dictionary entries both kinds of CMap stream start with.
std::string CMapHead(std::string_view ordering, std::string_view name, int type) {
  return "/CIDInit /ProcSet findresource begin\n"
         "12 dict begin\n"
         "begincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (" +
         std::string(ordering) + ") /Supplement 0 >> def\n" + "/CMapName /" + std::string(name) +
         " def\n" + "/CMapType " + std::to_string(type) +
         " def\n"
         "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n";
}

constexpr char kCMapTail[] =
    "endcmap\n"
    "CMapName currentdict /CMap defineresource pop\n"
    "end\n"
    "end\n";

// The encoding of every font: one-byte codes, each the CID of its number.
constexpr char kEncodingName[] = "Careplan-OneByte-H";
std::string OneByteEncodingCMap() {
  return CMapHead("Identity", kEncodingName, 1) + "1 begincidrange\n<00> <FF> 0\nendcidrange\n" +
         kCMapTail;
}

// A ToUnicode CMap mapping each one-byte code to its character, one bfrange
// per run of consecutive codes with consecutive characters.
// REQUIRES: `characters` has kCodes entries; 0 marks a code not used.
std::string ToUnicodeCMap(const std::array<char16_t, 256>& characters) {
  struct Range {
    unsigned first_code, last_code;
    char16_t first_character;
  };
  std::vector<Range> ranges;
  for (unsigned code = 0; code < characters.size(); ++code) {
    const char16_t c = characters[code];
    if (c == 0) continue;
    if (!ranges.empty() && ranges.back().last_code + 1 == code &&
        ranges.back().first_character + (code - ranges.back().first_code) == c) {
      ranges.back().last_code = code;
    } else {
      ranges.push_back({code, code, c});
    }
  }
  std::string cmap = CMapHead("UCS", "Adobe-Identity-UCS", 2);
  for (size_t begin = 0; begin < ranges.size(); begin += kMaxCMapBlock) {
    const size_t end = std::min(ranges.size(), begin + kMaxCMapBlock);
    cmap += std::to_string(end - begin) + " beginbfrange\n";
    for (size_t i = begin; i < end; ++i) {
      AppendHex(ranges[i].first_code, 2, &cmap);
      cmap += ' ';
      AppendHex(ranges[i].last_code, 2, &cmap);
      cmap += ' ';
      AppendHex(ranges[i].first_character, 4, &cmap);
      cmap += '\n';
    }
    cmap += "endbfrange\n";
  }
  return cmap + kCMapTail;
}

// "ABCDEF": six capitals from a 64-bit FNV-1a hash of the font name and the
// characters, so that different subsets of a font get different tags.
std::string SubsetTag(std::string_view font_name, const std::array<char16_t, 256>& characters) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  auto add = [&hash](uint8_t byte) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  };
  for (char c : font_name) add(static_cast<uint8_t>(c));
  for (char16_t c : characters)
    add(static_cast<uint8_t>(c >> 8)), add(static_cast<uint8_t>(c & 0xFF));
  std::string tag;
  for (int i = 0; i < 6; ++i, hash /= 26) tag.push_back(static_cast<char>('A' + hash % 26));
  return tag;
}

HPDF_INT32 Rounded(double value) { return static_cast<HPDF_INT32>(std::lround(value)); }

}  // namespace

std::unique_ptr<const FontPrograms> FontPrograms::Load(const FontFiles& files, Status* status) {
  std::unique_ptr<FontPrograms> programs(new FontPrograms());
  programs->regular_ = LoadFace(files.regular, status);
  if (!programs->regular_) return nullptr;
  programs->bold_ = LoadFace(files.bold, status);
  if (!programs->bold_) return nullptr;
  return programs;
}

std::string PdfFonts::ResourceName(int font) {
  // Not "F" + std::to_string(...): GCC 12 at -O2 and above reports a false
  // -Wrestrict for that (GCC bug 105329).
  std::string name = std::to_string(font + 1);
  name.insert(name.begin(), 'F');
  return name;
}

HPDF_Dict PdfFonts::font(int font) const {
  return faces_[font % kFaces].slots[font / kFaces].type0;
}

void PdfFonts::NewSlot(int face) {
  Slot& slot = faces_[face].slots.emplace_back();
  slot.type0 = doc_.CheckObject(HPDF_Dict_New(doc_.mmgr()));
  doc_.Check(HPDF_Xref_Add(doc_.get()->xref, slot.type0));
}

std::pair<int, uint8_t> PdfFonts::Place(int face, char16_t character) {
  Face& f = faces_[face];
  if (f.slots.empty()) NewSlot(face);
  if (IsAscii(character)) {  // its own code in the first font
    f.slots[0].characters[character] = character;
    return {face, static_cast<uint8_t>(character)};
  }
  auto& block = f.placed[character >> 8];
  if (!block) block = std::make_unique<std::array<uint16_t, kCodes>>();
  uint16_t& place = (*block)[character & 0xFF];
  if (place == 0) {
    // The next free code of the last font; printable ASCII codes are kept
    // for themselves in the first.
    size_t slot = f.slots.size() - 1;
    unsigned code = f.slots[slot].next_code;
    while (code < kCodes && (f.slots[slot].characters[code] != 0 || (slot == 0 && IsAscii(code)))) {
      ++code;
    }
    if (code == kCodes) {
      NewSlot(face);
      slot = f.slots.size() - 1;
      code = 1;
    }
    f.slots[slot].next_code = static_cast<int>(code + 1);
    f.slots[slot].characters[code] = character;
    place = static_cast<uint16_t>(slot * kCodes + code + 1);
  }
  const int slot = (place - 1) / kCodes;
  return {slot * kFaces + face, static_cast<uint8_t>((place - 1) % kCodes)};
}

void PdfFonts::Encode(font::Face face, std::string_view text, std::string* out,
                      std::vector<Run>* runs) {
  const int f = face == font::Face::kBold ? 1 : 0;
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) {
    // The usual case: one string in the face's first font, the codes the
    // characters themselves.
    if (faces_[f].slots.empty()) NewSlot(f);
    std::array<char16_t, kCodes>& characters = faces_[f].slots[0].characters;
    out->reserve(out->size() + 2 * text.size() + 2);
    runs->push_back({f, out->size(), 0});
    out->push_back('(');
    for (char c : text) {
      characters[static_cast<uint8_t>(c)] = static_cast<char16_t>(c);
      if (c == '(' || c == ')' || c == '\\') out->push_back('\\');
      out->push_back(c);
    }
    out->push_back(')');
    runs->back().end = out->size();
    return;
  }
  int open_font = -1;  // the font of the string being written
  auto append = [&](char16_t character) {
    const auto [font, code] = Place(f, character);
    if (font != open_font) {
      if (open_font >= 0) {
        out->push_back(')');
        runs->back().end = out->size();
      }
      runs->push_back({font, out->size(), 0});
      out->push_back('(');
      open_font = font;
    }
    switch (code) {
      case '(':
      case ')':
      case '\\':
        out->push_back('\\');
        out->push_back(static_cast<char>(code));
        break;
      case '\r':  // a bare end of line in a string reads as \n
        out->append("\\r");
        break;
      case '\n':
        out->append("\\n");
        break;
      default:
        out->push_back(static_cast<char>(code));
    }
  };
  for (char32_t c : DecodeUtf8(text)) {
    append(NeedsReplacement(c) ? kReplacement : static_cast<char16_t>(c));
  }
  if (open_font >= 0) {
    out->push_back(')');
    runs->back().end = out->size();
  }
}

void PdfFonts::Finish() {
  for (int face = 0; face < kFaces; ++face) {
    for (const Slot& slot : faces_[face].slots) FinishSlot(face, slot);
  }
}

HPDF_Dict PdfFonts::NewStream(std::string_view data) {
  HPDF_Dict stream = doc_.CheckObject(HPDF_DictStream_New(doc_.mmgr(), doc_.get()->xref));
  stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  doc_.Check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                               static_cast<HPDF_UINT>(data.size())));
  return stream;
}

void PdfFonts::FinishSlot(int face, const Slot& slot) {
  const font::TrueTypeSubsetter& program =
      programs_.face(face == 1 ? font::Face::kBold : font::Face::kRegular);
  const font::TrueTypeFont& metrics = program.font();
  const font::TrueTypeFont::Description& description = metrics.description();
  std::vector<char32_t> characters;
  unsigned last_code = 0;
  for (unsigned code = 0; code < kCodes; ++code) {
    if (slot.characters[code] == 0) continue;
    characters.push_back(slot.characters[code]);
    last_code = code;
  }
  const font::FontSubset subset = program.Subset(characters);
  std::string name = description.postscript_name;
  if (name.empty()) name = face == 1 ? "Bold" : "Regular";
  const std::string base_font = SubsetTag(name, slot.characters) + "+" + name;
  HPDF_MMgr mmgr = doc_.mmgr();
  auto new_dict = [&]() { return doc_.CheckObject(HPDF_Dict_New(mmgr)); };
  auto new_array = [&]() { return doc_.CheckObject(HPDF_Array_New(mmgr)); };
  auto add_indirect = [&](HPDF_Dict dict) { doc_.Check(HPDF_Xref_Add(doc_.get()->xref, dict)); };
  auto system_info = [&](const char* ordering) {
    HPDF_Dict info = new_dict();
    doc_.Check(
        HPDF_Dict_Add(info, "Registry", doc_.CheckObject(HPDF_String_New(mmgr, "Adobe", nullptr))));
    doc_.Check(HPDF_Dict_Add(info, "Ordering",
                             doc_.CheckObject(HPDF_String_New(mmgr, ordering, nullptr))));
    doc_.Check(HPDF_Dict_AddNumber(info, "Supplement", 0));
    return info;
  };

  // The font program.
  HPDF_Dict file = NewStream(subset.program);
  doc_.Check(HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(subset.program.size())));

  HPDF_Dict descriptor = new_dict();
  add_indirect(descriptor);
  int flags = kFlagNonsymbolic;
  if (description.fixed_pitch) flags |= kFlagFixedPitch;
  if (description.italic_angle != 0) flags |= kFlagItalic;
  if (description.weight_class >= 600) flags |= kFlagForceBold;
  // The usual estimate of the vertical stem width from the weight class.
  const double stem_v = 10 + 220 * (description.weight_class - 50) / 900.0;
  HPDF_Array bbox = new_array();
  for (double v : {description.x_min, description.y_min, description.x_max, description.y_max}) {
    doc_.Check(HPDF_Array_AddNumber(bbox, Rounded(v)));
  }
  doc_.Check(HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor"));
  doc_.Check(HPDF_Dict_AddName(descriptor, "FontName", base_font.c_str()));
  doc_.Check(HPDF_Dict_AddNumber(descriptor, "Flags", flags));
  doc_.Check(HPDF_Dict_Add(descriptor, "FontBBox", bbox));
  doc_.Check(HPDF_Dict_AddNumber(descriptor, "ItalicAngle", Rounded(description.italic_angle)));
  doc_.Check(HPDF_Dict_AddNumber(descriptor, "Ascent", Rounded(metrics.ascent())));
  doc_.Check(HPDF_Dict_AddNumber(descriptor, "Descent", Rounded(metrics.descent())));
  doc_.Check(HPDF_Dict_AddNumber(
      descriptor, "CapHeight",
      Rounded(description.cap_height > 0 ? description.cap_height : metrics.ascent())));
  if (description.x_height > 0) {
    doc_.Check(HPDF_Dict_AddNumber(descriptor, "XHeight", Rounded(description.x_height)));
  }
  doc_.Check(HPDF_Dict_AddNumber(descriptor, "StemV", Rounded(stem_v)));
  doc_.Check(HPDF_Dict_Add(descriptor, "FontFile2", file));

  // /W: [first [w1 w2 ...] ...] for each run of consecutive codes (= CIDs);
  // and the CIDToGIDMap, two bytes (the subset's glyph id) per CID up to the
  // last one used.
  HPDF_Array widths = new_array();
  HPDF_Array run = nullptr;
  std::string glyph_map(2 * (last_code + 1), '\0');
  for (unsigned code = 0; code <= last_code; ++code) {
    const char16_t c = slot.characters[code];
    if (c == 0) {
      run = nullptr;
      continue;
    }
    if (run == nullptr) {
      run = new_array();
      doc_.Check(HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(code)));
      doc_.Check(HPDF_Array_Add(widths, run));
    }
    const double advance = metrics.Advance(c);
    if (advance == std::round(advance)) {
      doc_.Check(HPDF_Array_AddNumber(run, Rounded(advance)));
    } else {
      doc_.Check(HPDF_Array_AddReal(run, static_cast<HPDF_REAL>(advance)));
    }
    const uint16_t glyph = subset.NewGlyphId(metrics.GlyphId(c));
    glyph_map[2 * code] = static_cast<char>(glyph >> 8);
    glyph_map[2 * code + 1] = static_cast<char>(glyph & 0xFF);
  }

  HPDF_Dict cid_font = new_dict();
  add_indirect(cid_font);
  doc_.Check(HPDF_Dict_AddName(cid_font, "Type", "Font"));
  doc_.Check(HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2"));
  doc_.Check(HPDF_Dict_AddName(cid_font, "BaseFont", base_font.c_str()));
  doc_.Check(HPDF_Dict_Add(cid_font, "CIDSystemInfo", system_info("Identity")));
  doc_.Check(HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor));
  doc_.Check(HPDF_Dict_Add(cid_font, "W", widths));
  doc_.Check(HPDF_Dict_Add(cid_font, "CIDToGIDMap", NewStream(glyph_map)));

  if (encoding_ == nullptr) {
    encoding_ = NewStream(OneByteEncodingCMap());
    doc_.Check(HPDF_Dict_AddName(encoding_, "Type", "CMap"));
    doc_.Check(HPDF_Dict_AddName(encoding_, "CMapName", kEncodingName));
    doc_.Check(HPDF_Dict_Add(encoding_, "CIDSystemInfo", system_info("Identity")));
  }

  HPDF_Array descendants = new_array();
  doc_.Check(HPDF_Array_Add(descendants, cid_font));
  HPDF_Dict type0 = slot.type0;
  doc_.Check(HPDF_Dict_AddName(type0, "Type", "Font"));
  doc_.Check(HPDF_Dict_AddName(type0, "Subtype", "Type0"));
  doc_.Check(HPDF_Dict_AddName(type0, "BaseFont", base_font.c_str()));
  doc_.Check(HPDF_Dict_Add(type0, "Encoding", encoding_));
  doc_.Check(HPDF_Dict_Add(type0, "DescendantFonts", descendants));
  doc_.Check(HPDF_Dict_Add(type0, "ToUnicode", NewStream(ToUnicodeCMap(slot.characters))));
}

}  // namespace careplan::pdf
