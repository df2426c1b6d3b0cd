#include "base/image_info.h"

#include <zlib.h>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace careplan {
namespace {

uint32_t Be32(std::string_view bytes, size_t at) {
  return static_cast<uint32_t>(static_cast<uint8_t>(bytes[at])) << 24 |
         static_cast<uint32_t>(static_cast<uint8_t>(bytes[at + 1])) << 16 |
         static_cast<uint32_t>(static_cast<uint8_t>(bytes[at + 2])) << 8 |
         static_cast<uint32_t>(static_cast<uint8_t>(bytes[at + 3]));
}

unsigned Be16(std::string_view bytes, size_t at) {
  return static_cast<unsigned>(static_cast<uint8_t>(bytes[at])) << 8 |
         static_cast<unsigned>(static_cast<uint8_t>(bytes[at + 1]));
}

uint8_t Byte(std::string_view bytes, size_t at) { return static_cast<uint8_t>(bytes[at]); }

Status Refuse(std::string message) { return Status::InvalidArgument(std::move(message)); }

Status CheckSize(int width, int height) {
  if (width <= 0 || height <= 0) {
    return Refuse("has a width or height of 0 pixels");
  }
  if (width > kMaxImageSide || height > kMaxImageSide) {
    return Refuse("is " + std::to_string(width) + " x " + std::to_string(height) +
                  " pixels; the limit is " + std::to_string(kMaxImageSide) + " x " +
                  std::to_string(kMaxImageSide));
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// PNG

constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);

Status DamagedPng(const std::string& what) { return Refuse("is a damaged PNG: " + what); }

struct PngChunk {
  std::string type;
  size_t start = 0;   // offset of the length field
  size_t length = 0;  // of the data
  std::string_view data;
  // The whole chunk: length, type, data and CRC.
  std::string_view whole(std::string_view file) const { return file.substr(start, length + 12); }
};

bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsCritical(const std::string& type) { return type[0] >= 'A' && type[0] <= 'Z'; }

// Splits the file into chunks up to IEND, checking lengths, types and CRCs.
Status ReadPngChunks(std::string_view file, std::vector<PngChunk>* chunks) {
  size_t at = kPngSignature.size();
  while (true) {
    if (at == file.size()) return DamagedPng("it ends before the IEND chunk (is it cut short?)");
    if (file.size() - at < 12) return DamagedPng("it ends inside a chunk (is it cut short?)");
    PngChunk chunk;
    chunk.start = at;
    chunk.length = Be32(file, at);
    chunk.type = std::string(file.substr(at + 4, 4));
    for (char c : chunk.type) {
      if (!IsLetter(c)) return DamagedPng("a chunk has an invalid type");
    }
    if (chunk.length > 0x7fffffffu) return DamagedPng("the " + chunk.type + " chunk is too long");
    if (chunk.length > file.size() - at - 12) {
      return DamagedPng("it ends inside the " + chunk.type + " chunk (is it cut short?)");
    }
    chunk.data = file.substr(at + 8, chunk.length);
    const uLong crc =
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(file.data() + at + 4),
              static_cast<uInt>(chunk.length + 4));
    if (crc != Be32(file, at + 8 + chunk.length)) {
      return DamagedPng("the " + chunk.type + " chunk's checksum (CRC) is wrong");
    }
    at += 12 + chunk.length;
    chunks->push_back(chunk);
    if (chunk.type == "IEND") return Status::Ok();  // anything after it is never read
  }
}

int SamplesPerPixel(int colour_type) {
  switch (colour_type) {
    case 0:
      return 1;  // grey
    case 2:
      return 3;  // RGB
    case 3:
      return 1;  // palette index
    case 4:
      return 2;  // grey + alpha
    case 6:
      return 4;  // RGB + alpha
  }
  return 0;
}

bool BitDepthAllowed(int colour_type, int depth) {
  switch (colour_type) {
    case 0:
      return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
      return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
      return depth == 8 || depth == 16;
  }
  return false;
}

struct PngHeader {
  int width = 0, height = 0, depth = 0, colour_type = 0;
};

Status ReadPngHeader(const PngChunk& ihdr, PngHeader* header) {
  if (ihdr.type != "IHDR") return DamagedPng("it does not start with an IHDR chunk");
  if (ihdr.length != 13) return DamagedPng("the IHDR chunk has the wrong length");
  const uint32_t width = Be32(ihdr.data, 0);
  const uint32_t height = Be32(ihdr.data, 4);
  header->depth = Byte(ihdr.data, 8);
  header->colour_type = Byte(ihdr.data, 9);
  if (width == 0 || height == 0) return Refuse("has a width or height of 0 pixels");
  if (width > static_cast<uint32_t>(kMaxImageSide) ||
      height > static_cast<uint32_t>(kMaxImageSide)) {
    return Refuse("is " + std::to_string(width) + " x " + std::to_string(height) +
                  " pixels; the limit is " + std::to_string(kMaxImageSide) + " x " +
                  std::to_string(kMaxImageSide));
  }
  header->width = static_cast<int>(width);
  header->height = static_cast<int>(height);
  if (SamplesPerPixel(header->colour_type) == 0) {
    return DamagedPng("colour type " + std::to_string(header->colour_type) + " does not exist");
  }
  if (!BitDepthAllowed(header->colour_type, header->depth)) {
    return DamagedPng("bit depth " + std::to_string(header->depth) +
                      " is not allowed with colour type " + std::to_string(header->colour_type));
  }
  if (Byte(ihdr.data, 10) != 0) return DamagedPng("unknown compression method");
  if (Byte(ihdr.data, 11) != 0) return DamagedPng("unknown filter method");
  const int interlace = Byte(ihdr.data, 12);
  if (interlace > 1) return DamagedPng("unknown interlace method");
  if (interlace == 1) {
    return Refuse(
        "is an interlaced PNG, which careplan does not take; save it without "
        "interlacing");
  }
  return Status::Ok();
}

// Inflates the image data as libpng will (the window size from the zlib
// header), checking that it holds exactly one filter byte (0-4) and the
// pixels of each row, no more and no less.
Status CheckPngImageData(const std::string& compressed, const PngHeader& header) {
  const size_t bits_per_pixel =
      static_cast<size_t>(header.depth) * SamplesPerPixel(header.colour_type);
  const size_t row_bytes = (static_cast<size_t>(header.width) * bits_per_pixel + 7) / 8;
  const size_t stride = row_bytes + 1;  // the filter byte first
  const size_t expected = stride * static_cast<size_t>(header.height);

  z_stream stream{};
  if (inflateInit2(&stream, 0) != Z_OK) return Status::Internal("cannot start zlib");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::array<Bytef, 1 << 16> buffer;
  size_t produced = 0;
  Status status;
  int result = Z_OK;
  while (status.ok()) {
    stream.next_out = buffer.data();
    stream.avail_out = static_cast<uInt>(buffer.size());
    result = inflate(&stream, Z_NO_FLUSH);
    const size_t got = buffer.size() - stream.avail_out;
    if (result != Z_OK && result != Z_STREAM_END) {
      status = result == Z_BUF_ERROR ? DamagedPng("its image data is cut short")
                                     : DamagedPng(std::string("its image data is corrupt (") +
                                                  (stream.msg ? stream.msg : "zlib error") + ")");
      break;
    }
    if (produced + got > expected) {
      status = DamagedPng("it has more image data than its size needs");
      break;
    }
    // The filter bytes that fall in this piece.
    for (size_t row_start = (produced + stride - 1) / stride * stride; row_start < produced + got;
         row_start += stride) {
      if (buffer[row_start - produced] > 4) {
        status = DamagedPng("row " + std::to_string(row_start / stride + 1) +
                            " has an unknown filter type");
        break;
      }
    }
    produced += got;
    if (result == Z_STREAM_END) break;
  }
  const uInt left_over = stream.avail_in;
  inflateEnd(&stream);
  if (!status.ok()) return status;
  if (produced < expected) return DamagedPng("it has less image data than its size needs");
  if (left_over > 0) return DamagedPng("it has data after the end of its compressed image");
  return Status::Ok();
}

Status CheckPng(std::string_view file, ImageInfo* info, std::string* kept) {
  std::vector<PngChunk> chunks;
  if (Status status = ReadPngChunks(file, &chunks); !status.ok()) return status;
  PngHeader header;
  if (Status status = ReadPngHeader(chunks.front(), &header); !status.ok()) return status;
  const bool indexed = header.colour_type == 3;

  const PngChunk* palette = nullptr;
  const PngChunk* transparency = nullptr;
  std::vector<const PngChunk*> data;
  bool data_ended = false;  // a chunk other than IDAT came after the IDATs
  for (size_t i = 1; i < chunks.size(); ++i) {
    const PngChunk& chunk = chunks[i];
    const std::string& type = chunk.type;
    if (type == "IDAT") {
      if (data_ended) return DamagedPng("its IDAT chunks are not all together");
      data.push_back(&chunk);
      continue;
    }
    if (!data.empty()) data_ended = true;
    if (type == "IHDR") return DamagedPng("it has a second IHDR chunk");
    if (type == "IEND") {
      if (chunk.length != 0) return DamagedPng("the IEND chunk is not empty");
    } else if (type == "PLTE") {
      if (palette) return DamagedPng("it has a second PLTE chunk");
      if (!data.empty()) return DamagedPng("its PLTE chunk comes after the image data");
      if (header.colour_type == 0 || header.colour_type == 4) {
        return DamagedPng("a grey image has a PLTE chunk");
      }
      const size_t entries = chunk.length / 3;
      if (chunk.length % 3 != 0 || entries == 0 || entries > 256 ||
          (indexed && entries > (size_t{1} << header.depth))) {
        return DamagedPng("its palette (PLTE) has the wrong length");
      }
      palette = &chunk;
    } else if (type == "tRNS") {
      if (transparency) return DamagedPng("it has a second tRNS chunk");
      if (!data.empty()) return DamagedPng("its tRNS chunk comes after the image data");
      if (header.colour_type == 4 || header.colour_type == 6) {
        return DamagedPng("an image with an alpha channel has a tRNS chunk");
      }
      if (indexed) {
        if (!palette) return DamagedPng("its tRNS chunk comes before the palette (PLTE)");
        if (chunk.length == 0 || chunk.length > palette->length / 3) {
          return DamagedPng("its tRNS chunk is longer than the palette");
        }
      } else if (chunk.length != (header.colour_type == 0 ? 2u : 6u)) {
        return DamagedPng("its tRNS chunk has the wrong length");
      }
      transparency = &chunk;
    } else if (IsCritical(type)) {
      return Refuse("is a PNG with a chunk careplan does not know (\"" + type +
                    "\"); save it again as a plain PNG");
    }
  }
  if (indexed && !palette) return DamagedPng("it has no palette (PLTE)");
  if (data.empty()) return DamagedPng("it has no image data (IDAT)");
  // libharu reads a transparent palette a byte per pixel: fewer bits per
  // pixel would make it read past the end of its rows.
  if (indexed && transparency && header.depth < 8) {
    return Refuse("is a PNG with a transparent " + std::to_string(header.depth) +
                  "-bit palette, which the PDF library cannot read; save it with 8 bits per "
                  "pixel, or as RGBA");
  }
  std::string compressed;
  for (const PngChunk* chunk : data) compressed.append(chunk->data);
  if (Status status = CheckPngImageData(compressed, header); !status.ok()) return status;

  info->format = ImageFormat::kPng;
  info->width_px = header.width;
  info->height_px = header.height;
  info->bit_depth = header.depth;
  info->channels = header.colour_type == 2 || header.colour_type == 6 ? 3 : 1;
  info->indexed = indexed;
  info->alpha = header.colour_type == 4 || header.colour_type == 6 || (indexed && transparency);

  // Only what libharu reads, in the order the PNG standard gives.
  kept->assign(kPngSignature);
  kept->append(chunks.front().whole(file));
  if (palette) kept->append(palette->whole(file));
  if (indexed && transparency) kept->append(transparency->whole(file));
  for (const PngChunk* chunk : data) kept->append(chunk->whole(file));
  kept->append(chunks.back().whole(file));
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// JPEG

Status DamagedJpeg(const std::string& what) { return Refuse("is a damaged JPEG: " + what); }

bool IsFrameMarker(unsigned marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Markers that stand alone, without a length: SOI, EOI, RSTn, TEM.
bool IsStandalone(unsigned marker) {
  return marker == 0xD8 || marker == 0xD9 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01;
}

std::string Hex(unsigned marker) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("FF") + kDigits[(marker >> 4) & 15] + kDigits[marker & 15];
}

// Reads the frame header (SOF0 or SOF2) of a segment at `at`.
Status ReadJpegFrame(std::string_view file, size_t at, unsigned length, ImageInfo* info) {
  const unsigned components = length >= 8 ? Byte(file, at + 9) : 0;
  if (length < 8 || length != 8 + 3 * components) {
    return DamagedJpeg("its frame header (SOF) has the wrong length");
  }
  const int precision = Byte(file, at + 4);
  const int height = static_cast<int>(Be16(file, at + 5));
  const int width = static_cast<int>(Be16(file, at + 7));
  if (precision != 8) {
    return Refuse("is a " + std::to_string(precision) +
                  "-bit JPEG; PDF readers show only 8-bit JPEG images");
  }
  if (components == 4) return Refuse("is a CMYK JPEG; save it as an RGB (or greyscale) JPEG");
  if (components != 1 && components != 3) {
    return Refuse("is a JPEG with " + std::to_string(components) +
                  " colour components; careplan takes greyscale (1) or colour (3)");
  }
  if (Status status = CheckSize(width, height); !status.ok()) return status;
  info->format = ImageFormat::kJpeg;
  info->width_px = width;
  info->height_px = height;
  info->bit_depth = 8;
  info->channels = static_cast<int>(components);
  info->indexed = false;
  info->alpha = false;
  return Status::Ok();
}

// Skips entropy-coded data from `at`; returns the offset of the marker that
// ends it, or nullopt when the file ends first.
std::optional<size_t> SkipScanData(std::string_view file, size_t at) {
  for (size_t i = at; i + 1 < file.size(); ++i) {
    if (Byte(file, i) != 0xFF) continue;
    const uint8_t next = Byte(file, i + 1);
    if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) continue;
    return i;
  }
  return std::nullopt;
}

Status CheckJpeg(std::string_view file, ImageInfo* info) {
  // Up to the frame header, segments are walked exactly as libharu walks them:
  // a two-byte marker, a two-byte length, then the next marker.
  size_t at = 2;
  bool have_frame = false;
  bool have_tables = false;  // a quantisation table (DQT) before the first scan
  while (!have_frame) {
    if (file.size() - at < 4) return DamagedJpeg("it ends before its frame header (SOF)");
    if (Byte(file, at) != 0xFF) return DamagedJpeg("a marker is missing before the frame header");
    const unsigned marker = Byte(file, at + 1);
    if (marker == 0xDA) return DamagedJpeg("its image data comes before its frame header (SOF)");
    if (IsStandalone(marker) || marker == 0xFF) {
      return Refuse("is a JPEG with an unusual layout (marker " + Hex(marker) +
                    " before the frame header); save it again as a plain JPEG");
    }
    const unsigned length = Be16(file, at + 2);
    if (length < 2) return DamagedJpeg("segment " + Hex(marker) + " has a length below 2");
    if (length > file.size() - at - 2) {
      return DamagedJpeg("it ends inside segment " + Hex(marker) + " (is it cut short?)");
    }
    if (IsFrameMarker(marker)) {
      if (marker != 0xC0 && marker != 0xC2) {
        return Refuse("is a JPEG of a kind PDF readers may not show (" + Hex(marker) +
                      "); save it as a baseline or progressive JPEG");
      }
      if (Status status = ReadJpegFrame(file, at, length, info); !status.ok()) return status;
      have_frame = true;
    }
    if (marker == 0xDB) have_tables = true;
    at += 2 + length;
  }

  // The rest: segments and scans up to the end marker (EOI).
  int scans = 0;
  while (true) {
    // Fill bytes (0xFF) may come before a marker.
    while (at + 1 < file.size() && Byte(file, at) == 0xFF && Byte(file, at + 1) == 0xFF) ++at;
    if (file.size() - at < 2)
      return DamagedJpeg("it ends before its end marker (is it cut short?)");
    if (Byte(file, at) != 0xFF) return DamagedJpeg("a marker is missing after the frame header");
    const unsigned marker = Byte(file, at + 1);
    if (marker == 0xD9) break;
    if (IsStandalone(marker)) {
      at += 2;
      continue;
    }
    if (file.size() - at < 4) return DamagedJpeg("it ends inside segment " + Hex(marker));
    const unsigned length = Be16(file, at + 2);
    if (length < 2) return DamagedJpeg("segment " + Hex(marker) + " has a length below 2");
    if (length > file.size() - at - 2) {
      return DamagedJpeg("it ends inside segment " + Hex(marker) + " (is it cut short?)");
    }
    if (IsFrameMarker(marker)) return DamagedJpeg("it has a second frame header");
    if (marker == 0xDB) have_tables = true;
    at += 2 + length;
    if (marker == 0xDA) {
      if (!have_tables) return DamagedJpeg("it has no quantisation table (DQT)");
      ++scans;
      const std::optional<size_t> end = SkipScanData(file, at);
      if (!end) return DamagedJpeg("it ends inside its image data (is it cut short?)");
      at = *end;
    }
  }
  if (scans == 0) return DamagedJpeg("it has no image data (SOS)");
  return Status::Ok();
}

std::optional<std::string> OtherFormat(std::string_view bytes) {
  const auto starts = [bytes](std::string_view magic) {
    return bytes.substr(0, magic.size()) == magic;
  };
  if (starts("GIF87a") || starts("GIF89a")) return "GIF";
  if (starts("BM")) return "BMP";
  if (starts("RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP") return "WebP";
  if (starts("%PDF")) return "PDF";
  if (starts(std::string_view("II*\0", 4)) || starts(std::string_view("MM\0*", 4))) {
    return "TIFF";
  }
  if (starts("<svg") || starts("<?xml")) return "SVG";
  return std::nullopt;
}

}  // namespace

const char* ImageFormatName(ImageFormat format) {
  return format == ImageFormat::kPng ? "PNG" : "JPEG";
}

std::shared_ptr<const CheckedImage> CheckedImage::Check(std::string_view bytes, Status* status) {
  *status = Status::Ok();
  ImageInfo info;
  std::string kept;
  if (bytes.empty()) {
    *status = Refuse("is empty");
  } else if (bytes.size() > kMaxImageBytes) {
    *status = Refuse("is " + std::to_string(bytes.size()) + " bytes; the limit is " +
                     std::to_string(kMaxImageBytes) + " bytes (2 MB)");
  } else if (bytes.substr(0, kPngSignature.size()) == kPngSignature) {
    *status = CheckPng(bytes, &info, &kept);
  } else if (bytes.size() >= 3 && Byte(bytes, 0) == 0xFF && Byte(bytes, 1) == 0xD8 &&
             Byte(bytes, 2) == 0xFF) {
    *status = CheckJpeg(bytes, &info);
    kept.assign(bytes);
  } else if (auto other = OtherFormat(bytes)) {
    *status = Refuse("is a " + *other + " file, not a PNG or JPEG image");
  } else {
    *status = Refuse("is not a PNG or JPEG image");
  }
  if (!status->ok()) return nullptr;
  return std::shared_ptr<const CheckedImage>(new CheckedImage(info, std::move(kept)));
}

}  // namespace careplan
