// Small PNG and JPEG files made in memory for the image and theme tests: a
// PNG of any colour type and bit depth (with the chunks to break on purpose),
// and a minimal baseline JPEG (one Huffman code per table, every block flat
// grey) that real decoders accept.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace careplan::testing {

inline void PutBe32(uint32_t value, std::string* out) {
  for (int shift = 24; shift >= 0; shift -= 8) out->push_back(static_cast<char>(value >> shift));
}

inline void PutBe16(unsigned value, std::string* out) {
  out->push_back(static_cast<char>(value >> 8));
  out->push_back(static_cast<char>(value & 0xFF));
}

// One chunk: length, type, data and a correct CRC.
inline std::string PngChunk(std::string_view type, std::string_view data) {
  std::string out;
  PutBe32(static_cast<uint32_t>(data.size()), &out);
  std::string body = std::string(type) + std::string(data);
  out += body;
  PutBe32(static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()),
                                      static_cast<uInt>(body.size()))),
          &out);
  return out;
}

inline std::string Zlib(std::string_view raw) {
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string out(size, '\0');
  compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
            static_cast<uLong>(raw.size()), 9);
  out.resize(size);
  return out;
}

inline const std::string kPngMagic("\x89PNG\r\n\x1a\n", 8);

struct PngSpec {
  uint32_t width = 6;
  uint32_t height = 4;
  int depth = 8;
  int colour_type = 2;  // 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA
  int interlace = 0;
  bool transparent = false;                    // a tRNS chunk (palette: one per entry)
  int filter = 1;                              // the filter type byte of every row
  std::vector<std::string> extra_before_data;  // whole chunks, e.g. tEXt
};

inline int Samples(int colour_type) {
  return colour_type == 2 ? 3 : colour_type == 4 ? 2 : colour_type == 6 ? 4 : 1;
}

// The filtered rows: each starts with spec.filter, then a byte pattern.
inline std::string PngRows(const PngSpec& spec, uint32_t rows) {
  const size_t row_bytes =
      (static_cast<size_t>(spec.width) * spec.depth * Samples(spec.colour_type) + 7) / 8;
  std::string raw;
  for (uint32_t y = 0; y < rows; ++y) {
    raw.push_back(static_cast<char>(spec.filter));
    for (size_t x = 0; x < row_bytes; ++x)
      raw.push_back(static_cast<char>((x * 37 + y * 11) & 0xFF));
  }
  return raw;
}

inline std::string PngHeader(const PngSpec& spec) {
  std::string ihdr;
  PutBe32(spec.width, &ihdr);
  PutBe32(spec.height, &ihdr);
  ihdr += {static_cast<char>(spec.depth), static_cast<char>(spec.colour_type), 0, 0,
           static_cast<char>(spec.interlace)};
  return PngChunk("IHDR", ihdr);
}

// A palette with every entry the bit depth allows.
inline std::string PngPalette(const PngSpec& spec) {
  std::string plte;
  for (int i = 0; i < (1 << spec.depth); ++i) {
    plte += {static_cast<char>(i * 7), static_cast<char>(255 - i), static_cast<char>(i * 3)};
  }
  return PngChunk("PLTE", plte);
}

inline std::string MakePng(const PngSpec& spec) {
  std::string out = kPngMagic + PngHeader(spec);
  if (spec.colour_type == 3) out += PngPalette(spec);
  if (spec.transparent) {
    std::string trns;
    if (spec.colour_type == 3) {
      for (int i = 0; i < (1 << spec.depth); ++i) trns.push_back(static_cast<char>(i * 16));
    } else {
      trns = std::string(spec.colour_type == 0 ? 2 : 6, '\0');
    }
    out += PngChunk("tRNS", trns);
  }
  for (const std::string& chunk : spec.extra_before_data) out += chunk;
  const std::string data = Zlib(PngRows(spec, spec.height));
  // Two IDAT chunks, as encoders often write.
  out += PngChunk("IDAT", data.substr(0, data.size() / 2));
  out += PngChunk("IDAT", data.substr(data.size() / 2));
  out += PngChunk("IEND", "");
  return out;
}

// Where the first chunk of `type` starts (its length field), or npos.
inline size_t FindChunk(const std::string& png, std::string_view type) {
  size_t at = 8;
  while (at + 8 <= png.size()) {
    const uint32_t length = static_cast<uint32_t>(static_cast<uint8_t>(png[at])) << 24 |
                            static_cast<uint32_t>(static_cast<uint8_t>(png[at + 1])) << 16 |
                            static_cast<uint32_t>(static_cast<uint8_t>(png[at + 2])) << 8 |
                            static_cast<uint8_t>(png[at + 3]);
    if (png.compare(at + 4, 4, type) == 0) return at;
    at += 12 + length;
  }
  return std::string::npos;
}

// Recomputes the CRC of every chunk (after a test changed a chunk's data).
inline void FixPngCrcs(std::string* png) {
  size_t at = 8;
  while (at + 12 <= png->size()) {
    const uint32_t length = static_cast<uint32_t>(static_cast<uint8_t>((*png)[at])) << 24 |
                            static_cast<uint32_t>(static_cast<uint8_t>((*png)[at + 1])) << 16 |
                            static_cast<uint32_t>(static_cast<uint8_t>((*png)[at + 2])) << 8 |
                            static_cast<uint8_t>((*png)[at + 3]);
    if (length > png->size() - at - 12) return;
    const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(png->data() + at + 4), length + 4);
    std::string be;
    PutBe32(static_cast<uint32_t>(crc), &be);
    png->replace(at + 8 + length, 4, be);
    at += 12 + length;
  }
}

// A baseline JPEG (or, with sof = 0xC2 etc., the same segments under another
// frame marker) of `components` components, every 8 x 8 block mid grey.
inline std::string MakeJpeg(unsigned width = 16, unsigned height = 8, int components = 3,
                            unsigned sof = 0xC0, int precision = 8) {
  std::string out = "\xFF\xD8";
  // APP0 (JFIF).
  out += "\xFF\xE0";
  PutBe16(16, &out);
  out += std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14);
  // DQT: table 0, all ones.
  out += "\xFF\xDB";
  PutBe16(67, &out);
  out.push_back(0);
  out += std::string(64, '\x01');
  // SOF.
  out.push_back('\xFF');
  out.push_back(static_cast<char>(sof));
  PutBe16(8 + 3 * components, &out);
  out.push_back(static_cast<char>(precision));
  PutBe16(height, &out);
  PutBe16(width, &out);
  out.push_back(static_cast<char>(components));
  for (int c = 0; c < components; ++c) out += {static_cast<char>(c + 1), '\x11', '\0'};
  // DHT: DC table 0 and AC table 0, one code each ("0"): DC difference 0, EOB.
  out += "\xFF\xC4";
  PutBe16(2 + 2 * 18, &out);
  for (char table : {'\x00', '\x10'}) {
    out.push_back(table);
    out.push_back(1);
    out += std::string(15, '\0');
    out.push_back(0);
  }
  // SOS.
  out += "\xFF\xDA";
  PutBe16(6 + 2 * components, &out);
  out.push_back(static_cast<char>(components));
  for (int c = 0; c < components; ++c) out += {static_cast<char>(c + 1), '\0'};
  out += std::string("\x00\x3F\x00", 3);
  // Two zero bits per block, padded with ones.
  const size_t blocks = ((width + 7) / 8) * ((height + 7) / 8) * components;
  const size_t bits = 2 * blocks;
  std::string data((bits + 7) / 8, '\0');
  if (bits % 8 != 0) data.back() = static_cast<char>((1 << (8 - bits % 8)) - 1);
  out += data;
  out += "\xFF\xD9";
  return out;
}

}  // namespace careplan::testing
