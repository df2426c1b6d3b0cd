// CheckedImage: every kind of PNG and JPEG careplan takes, and each way a
// file can be wrong, with the exact message.
#include "base/image_info.h"

#include <gtest/gtest.h>

#include <string>

#include "unit/theme/image_fixtures.h"

namespace careplan {
namespace {

using testing::FindChunk;
using testing::FixPngCrcs;
using testing::MakeJpeg;
using testing::MakePng;
using testing::PngChunk;
using testing::PngSpec;

// The message for `bytes`, or "ok".
std::string Problem(const std::string& bytes) {
  Status status;
  const auto image = CheckedImage::Check(bytes, &status);
  EXPECT_EQ(image == nullptr, !status.ok());
  return status.ok() ? "ok" : status.message();
}

ImageInfo InfoOf(const std::string& bytes) {
  Status status;
  const auto image = CheckedImage::Check(bytes, &status);
  EXPECT_TRUE(status.ok()) << status.message();
  return image ? image->info() : ImageInfo{};
}

TEST(CheckedImageTest, TakesEveryPngKindLibharuReads) {
  struct Kind {
    int colour_type, depth;
    bool transparent;
  };
  for (const Kind kind :
       {Kind{0, 1, false}, Kind{0, 2, false}, Kind{0, 4, false}, Kind{0, 8, false},
        Kind{0, 16, false}, Kind{0, 8, true}, Kind{2, 8, false}, Kind{2, 16, false},
        Kind{2, 8, true}, Kind{3, 1, false}, Kind{3, 2, false}, Kind{3, 4, false},
        Kind{3, 8, false}, Kind{3, 8, true}, Kind{4, 8, false}, Kind{4, 16, false},
        Kind{6, 8, false}, Kind{6, 16, false}}) {
    PngSpec spec;
    spec.colour_type = kind.colour_type;
    spec.depth = kind.depth;
    spec.transparent = kind.transparent;
    SCOPED_TRACE("colour type " + std::to_string(kind.colour_type) + ", depth " +
                 std::to_string(kind.depth));
    EXPECT_EQ(Problem(MakePng(spec)), "ok");
  }
}

TEST(CheckedImageTest, ReadsThePngHeader) {
  PngSpec spec;
  spec.width = 400;
  spec.height = 200;
  spec.colour_type = 6;
  const ImageInfo info = InfoOf(MakePng(spec));
  EXPECT_EQ(info.format, ImageFormat::kPng);
  EXPECT_EQ(info.width_px, 400);
  EXPECT_EQ(info.height_px, 200);
  EXPECT_EQ(info.bit_depth, 8);
  EXPECT_EQ(info.channels, 3);
  EXPECT_TRUE(info.alpha);
  EXPECT_FALSE(info.indexed);

  spec.colour_type = 3;
  spec.depth = 4;
  const ImageInfo indexed = InfoOf(MakePng(spec));
  EXPECT_TRUE(indexed.indexed);
  EXPECT_EQ(indexed.channels, 1);
  EXPECT_EQ(indexed.bit_depth, 4);
  EXPECT_FALSE(indexed.alpha);
}

TEST(CheckedImageTest, KeepsOnlyTheChunksLibharuReads) {
  PngSpec plain;
  PngSpec decorated = plain;
  decorated.extra_before_data = {PngChunk("tEXt", std::string("Title\0Logo", 10)),
                                 PngChunk("gAMA", std::string("\0\0\xb1\x8f", 4)),
                                 PngChunk("zzZz", "private")};
  Status status;
  const auto image = CheckedImage::Check(MakePng(decorated), &status);
  ASSERT_TRUE(image) << status.message();
  EXPECT_EQ(image->bytes(), MakePng(plain));
}

TEST(CheckedImageTest, DropsTheColourKeyOfATrueColourImage) {
  PngSpec keyed;
  keyed.transparent = true;
  Status status;
  const auto image = CheckedImage::Check(MakePng(keyed), &status);
  ASSERT_TRUE(image) << status.message();
  EXPECT_EQ(image->bytes(), MakePng(PngSpec{}));
  EXPECT_FALSE(image->info().alpha);
}

TEST(CheckedImageTest, KeepsAPalettesTransparency) {
  PngSpec spec;
  spec.colour_type = 3;
  spec.transparent = true;
  Status status;
  const auto image = CheckedImage::Check(MakePng(spec), &status);
  ASSERT_TRUE(image) << status.message();
  EXPECT_EQ(image->bytes(), MakePng(spec));
  EXPECT_TRUE(image->info().alpha);
}

TEST(CheckedImageTest, EmptyTooBigAndOtherFormats) {
  EXPECT_EQ(Problem(""), "is empty");
  EXPECT_EQ(Problem(std::string(kMaxImageBytes + 1, 'x')),
            "is 2097153 bytes; the limit is 2097152 bytes (2 MB)");
  EXPECT_EQ(Problem("GIF89a\x01\x00\x01\x00"), "is a GIF file, not a PNG or JPEG image");
  EXPECT_EQ(Problem("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            "is a SVG file, not a PNG or JPEG image");
  EXPECT_EQ(Problem("%PDF-1.4\n"), "is a PDF file, not a PNG or JPEG image");
  EXPECT_EQ(Problem("hello, world"), "is not a PNG or JPEG image");
  // A PNG signature with one byte wrong is not a PNG.
  std::string png = MakePng(PngSpec{});
  png[1] = 'Q';
  EXPECT_EQ(Problem(png), "is not a PNG or JPEG image");
}

TEST(CheckedImageTest, TruncatedPng) {
  const std::string png = MakePng(PngSpec{});
  EXPECT_EQ(Problem(png.substr(0, 8)),
            "is a damaged PNG: it ends before the IEND chunk (is it cut short?)");
  EXPECT_EQ(Problem(png.substr(0, FindChunk(png, "IDAT") + 14)),
            "is a damaged PNG: it ends inside the IDAT chunk (is it cut short?)");
  EXPECT_EQ(Problem(png.substr(0, FindChunk(png, "IEND"))),
            "is a damaged PNG: it ends before the IEND chunk (is it cut short?)");
  EXPECT_EQ(Problem(png.substr(0, png.size() - 3)),
            "is a damaged PNG: it ends inside a chunk (is it cut short?)");
}

TEST(CheckedImageTest, BadCrc) {
  std::string png = MakePng(PngSpec{});
  png[FindChunk(png, "IDAT") + 9] ^= 0x55;
  EXPECT_EQ(Problem(png), "is a damaged PNG: the IDAT chunk's checksum (CRC) is wrong");
  std::string header = MakePng(PngSpec{});
  header[16 + 3] = 7;  // width, no CRC fix
  EXPECT_EQ(Problem(header), "is a damaged PNG: the IHDR chunk's checksum (CRC) is wrong");
}

TEST(CheckedImageTest, PngSizeLimits) {
  PngSpec huge;
  huge.width = 5000;
  huge.height = 20;
  EXPECT_EQ(Problem(MakePng(huge)), "is 5000 x 20 pixels; the limit is 4000 x 4000");
  // The size is refused from the header, before any data is inflated.
  std::string enormous = testing::kPngMagic;
  PngSpec header;
  header.width = 0x7fffffff;
  header.height = 0x7fffffff;
  enormous += testing::PngHeader(header);
  EXPECT_EQ(Problem(enormous + PngChunk("IEND", "")),
            "is 2147483647 x 2147483647 pixels; the limit is 4000 x 4000");
  PngSpec zero;
  zero.width = 0;
  EXPECT_EQ(Problem(MakePng(zero)), "has a width or height of 0 pixels");
  PngSpec largest;
  largest.width = 4000;
  largest.height = 1;
  EXPECT_EQ(Problem(MakePng(largest)), "ok");
}

TEST(CheckedImageTest, PngHeaderFields) {
  PngSpec bad_depth;
  bad_depth.colour_type = 3;
  bad_depth.depth = 16;
  EXPECT_EQ(Problem(MakePng(bad_depth)),
            "is a damaged PNG: bit depth 16 is not allowed with colour type 3");
  PngSpec bad_type;
  bad_type.colour_type = 5;
  EXPECT_EQ(Problem(MakePng(bad_type)), "is a damaged PNG: colour type 5 does not exist");
  PngSpec interlaced;
  interlaced.interlace = 1;
  EXPECT_EQ(Problem(MakePng(interlaced)),
            "is an interlaced PNG, which careplan does not take; save it without interlacing");
  PngSpec unknown_interlace;
  unknown_interlace.interlace = 2;
  EXPECT_EQ(Problem(MakePng(unknown_interlace)), "is a damaged PNG: unknown interlace method");
  // IHDR must come first.
  const std::string png = MakePng(PngSpec{});
  const size_t idat = FindChunk(png, "IDAT");
  EXPECT_EQ(Problem(testing::kPngMagic + png.substr(idat)),
            "is a damaged PNG: it does not start with an IHDR chunk");
}

TEST(CheckedImageTest, PngImageData) {
  PngSpec spec;
  spec.filter = 7;
  EXPECT_EQ(Problem(MakePng(spec)), "is a damaged PNG: row 1 has an unknown filter type");

  // Rows for a shorter or taller image than the header says.
  const auto with_rows = [](uint32_t rows) {
    PngSpec s;
    std::string png = testing::kPngMagic + testing::PngHeader(s) +
                      PngChunk("IDAT", testing::Zlib(testing::PngRows(s, rows))) +
                      PngChunk("IEND", "");
    return png;
  };
  EXPECT_EQ(Problem(with_rows(4)), "ok");
  EXPECT_EQ(Problem(with_rows(3)), "is a damaged PNG: it has less image data than its size needs");
  EXPECT_EQ(Problem(with_rows(5)), "is a damaged PNG: it has more image data than its size needs");

  // Corrupt zlib data behind a correct CRC.
  std::string corrupt = MakePng(PngSpec{});
  corrupt[FindChunk(corrupt, "IDAT") + 8] = 0x00;  // the zlib header's first byte
  FixPngCrcs(&corrupt);
  EXPECT_EQ(Problem(corrupt),
            "is a damaged PNG: its image data is corrupt (incorrect header check)");
  // A wrong Adler-32 at the end of the zlib stream.
  std::string adler = MakePng(PngSpec{});
  adler[FindChunk(adler, "IEND") - 5] ^= 0x01;
  FixPngCrcs(&adler);
  EXPECT_EQ(Problem(adler), "is a damaged PNG: its image data is corrupt (incorrect data check)");
  // The zlib stream cut short (the chunk is whole).
  PngSpec short_spec;
  const std::string data = testing::Zlib(testing::PngRows(short_spec, 4));
  EXPECT_EQ(Problem(testing::kPngMagic + testing::PngHeader(short_spec) +
                    PngChunk("IDAT", data.substr(0, data.size() - 6)) + PngChunk("IEND", "")),
            "is a damaged PNG: its image data is cut short");
  // Bytes after the zlib stream.
  EXPECT_EQ(Problem(testing::kPngMagic + testing::PngHeader(short_spec) +
                    PngChunk("IDAT", data + "xx") + PngChunk("IEND", "")),
            "is a damaged PNG: it has data after the end of its compressed image");
  // No image data at all.
  EXPECT_EQ(Problem(testing::kPngMagic + testing::PngHeader(short_spec) + PngChunk("IEND", "")),
            "is a damaged PNG: it has no image data (IDAT)");
}

TEST(CheckedImageTest, PngChunkRules) {
  PngSpec palette;
  palette.colour_type = 3;
  std::string no_palette = MakePng(palette);
  const size_t plte = FindChunk(no_palette, "PLTE");
  no_palette.erase(plte, 12 + 3 * 256);
  EXPECT_EQ(Problem(no_palette), "is a damaged PNG: it has no palette (PLTE)");

  PngSpec small;
  small.colour_type = 3;
  small.depth = 4;
  small.transparent = true;
  EXPECT_EQ(Problem(MakePng(small)),
            "is a PNG with a transparent 4-bit palette, which the PDF library cannot read; save "
            "it with 8 bits per pixel, or as RGBA");

  PngSpec unknown;
  unknown.extra_before_data = {PngChunk("ABCD", "x")};
  EXPECT_EQ(Problem(MakePng(unknown)),
            "is a PNG with a chunk careplan does not know (\"ABCD\"); save it again as a plain "
            "PNG");
  PngSpec bad_type;
  bad_type.extra_before_data = {PngChunk("a1b2", "x")};
  EXPECT_EQ(Problem(MakePng(bad_type)), "is a damaged PNG: a chunk has an invalid type");

  PngSpec grey_palette;
  grey_palette.colour_type = 0;
  grey_palette.extra_before_data = {PngChunk("PLTE", "abc")};
  EXPECT_EQ(Problem(MakePng(grey_palette)), "is a damaged PNG: a grey image has a PLTE chunk");

  PngSpec twice;
  twice.extra_before_data = {testing::PngHeader(twice)};
  EXPECT_EQ(Problem(MakePng(twice)), "is a damaged PNG: it has a second IHDR chunk");

  // IDATs split by another chunk.
  std::string split = MakePng(PngSpec{});
  const size_t second_idat = FindChunk(split.substr(0), "IDAT");
  const size_t first_length = static_cast<uint8_t>(split[second_idat + 3]);
  split.insert(second_idat + 12 + first_length, PngChunk("tEXt", std::string("a\0b", 3)));
  EXPECT_EQ(Problem(split), "is a damaged PNG: its IDAT chunks are not all together");
}

TEST(CheckedImageTest, TakesBaselineAndProgressiveJpeg) {
  const ImageInfo colour = InfoOf(MakeJpeg(16, 8, 3));
  EXPECT_EQ(colour.format, ImageFormat::kJpeg);
  EXPECT_EQ(colour.width_px, 16);
  EXPECT_EQ(colour.height_px, 8);
  EXPECT_EQ(colour.channels, 3);
  EXPECT_EQ(colour.bit_depth, 8);
  EXPECT_EQ(InfoOf(MakeJpeg(8, 8, 1)).channels, 1);
  EXPECT_EQ(Problem(MakeJpeg(8, 8, 3, 0xC2)), "ok");
  // A JPEG is embedded as it is.
  Status status;
  const std::string jpeg = MakeJpeg();
  EXPECT_EQ(CheckedImage::Check(jpeg, &status)->bytes(), jpeg);
}

TEST(CheckedImageTest, JpegKindsPdfReadersMayNotShow) {
  EXPECT_EQ(Problem(MakeJpeg(8, 8, 4)), "is a CMYK JPEG; save it as an RGB (or greyscale) JPEG");
  EXPECT_EQ(Problem(MakeJpeg(8, 8, 2)),
            "is a JPEG with 2 colour components; careplan takes greyscale (1) or colour (3)");
  EXPECT_EQ(Problem(MakeJpeg(8, 8, 3, 0xC0, 12)),
            "is a 12-bit JPEG; PDF readers show only 8-bit JPEG images");
  EXPECT_EQ(Problem(MakeJpeg(8, 8, 3, 0xC9)),
            "is a JPEG of a kind PDF readers may not show (FFC9); save it as a baseline or "
            "progressive JPEG");
  EXPECT_EQ(Problem(MakeJpeg(4001, 8)), "is 4001 x 8 pixels; the limit is 4000 x 4000");
  EXPECT_EQ(Problem(MakeJpeg(8, 0)), "has a width or height of 0 pixels");
}

TEST(CheckedImageTest, DamagedJpeg) {
  const std::string jpeg = MakeJpeg();
  const size_t sos = jpeg.find("\xFF\xDA");
  EXPECT_EQ(Problem(jpeg.substr(0, 4)), "is a damaged JPEG: it ends before its frame header (SOF)");
  EXPECT_EQ(Problem(jpeg.substr(0, sos + 14)),
            "is a damaged JPEG: it ends inside its image data (is it cut short?)");
  EXPECT_EQ(Problem(jpeg.substr(0, jpeg.size() - 2)),
            "is a damaged JPEG: it ends inside its image data (is it cut short?)");
  EXPECT_EQ(Problem(jpeg.substr(0, 30)),
            "is a damaged JPEG: it ends inside segment FFDB (is it cut short?)");
  // A segment length of 0 would send libharu's marker walk backwards.
  std::string zero_length = jpeg;
  zero_length[4] = 0;
  zero_length[5] = 0;
  EXPECT_EQ(Problem(zero_length), "is a damaged JPEG: segment FFE0 has a length below 2");
  // Image data before the frame header.
  std::string scan_first = "\xFF\xD8" + jpeg.substr(sos);
  EXPECT_EQ(Problem(scan_first),
            "is a damaged JPEG: its image data comes before its frame header (SOF)");
  // A byte that is not a marker where one belongs.
  std::string lost = jpeg;
  lost[20] = 0x12;  // the DQT marker's first byte
  EXPECT_EQ(Problem(lost), "is a damaged JPEG: a marker is missing before the frame header");
  // A standalone marker before the frame header, which libharu would misread.
  EXPECT_EQ(Problem("\xFF\xD8\xFF\xD0" + jpeg.substr(2)),
            "is a JPEG with an unusual layout (marker FFD0 before the frame header); save it "
            "again as a plain JPEG");
  // Frame header of the wrong length.
  std::string bad_sof = jpeg;
  const size_t sof = jpeg.find("\xFF\xC0");
  bad_sof[sof + 3] = 20;
  EXPECT_EQ(Problem(bad_sof), "is a damaged JPEG: its frame header (SOF) has the wrong length");
  // No quantisation table.
  std::string no_tables = jpeg;
  const size_t dqt = jpeg.find("\xFF\xDB");
  no_tables.erase(dqt, 2 + 67);
  EXPECT_EQ(Problem(no_tables), "is a damaged JPEG: it has no quantisation table (DQT)");
  // No scan.
  EXPECT_EQ(Problem(jpeg.substr(0, sos) + "\xFF\xD9"),
            "is a damaged JPEG: it has no image data (SOS)");
  // Two frames.
  std::string two_frames = jpeg;
  two_frames.insert(sos, jpeg.substr(sof, 2 + 17));
  EXPECT_EQ(Problem(two_frames), "is a damaged JPEG: it has a second frame header");
}

}  // namespace
}  // namespace careplan
