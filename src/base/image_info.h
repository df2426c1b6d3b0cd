// CheckedImage: a PNG or JPEG file (a clinic's logo) checked before anything
// else — libharu, a PDF reader — sees it. Made by the theme loader from the
// file's bytes; carried through doc::Image and layout::ImageItem to the PDF
// writer, which loads it with libharu without checking again.
//
// Why so thorough: libharu 2.3.0 hands PNG files to libpng with an error
// callback that returns, so any libpng error ends in abort(); a JPEG header
// with a segment length below 2 sends its marker walk backwards for ever; and
// a transparent palette PNG of under 8 bits per pixel makes it read past its
// row buffers. So a PNG is checked chunk by chunk (lengths, CRCs, the order
// and contents of the critical chunks) and its image data is inflated to the
// last byte (zlib stream, size, row filters), and what is kept is a copy with
// only the chunks libharu reads (IHDR, PLTE, tRNS of a palette image, IDAT,
// IEND). A JPEG's segments are walked as libharu walks them up to the frame
// header (SOF0 baseline or SOF2 progressive, 8 bits, 1 or 3 components) and
// then to its end (EOI). Anything else is refused with a message.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace careplan {

enum class ImageFormat { kPng, kJpeg };

struct ImageInfo {
  ImageFormat format = ImageFormat::kPng;
  int width_px = 0;
  int height_px = 0;
  int bit_depth = 8;     // bits per sample: PNG 1, 2, 4, 8 or 16; JPEG 8
  int channels = 3;      // colour samples per pixel without alpha: 1 (grey or indexed) or 3
  bool indexed = false;  // a PNG with a palette
  bool alpha = false;    // an alpha channel or transparent palette entries
};

// A file larger than this is refused (2 MB).
inline constexpr size_t kMaxImageBytes = 2 * 1024 * 1024;
// Width and height are at most this many pixels.
inline constexpr int kMaxImageSide = 4000;

// "PNG" or "JPEG".
const char* ImageFormatName(ImageFormat format);

class CheckedImage {
 public:
  // Checks `bytes` (a whole file). On failure returns null and sets *status
  // to InvalidArgument with a message that follows the file's name, e.g.
  // "is not a PNG or JPEG image", "is a damaged PNG: the IDAT chunk's
  // checksum (CRC) is wrong", "is 5000 x 20 pixels; the limit is 4000 x 4000".
  static std::shared_ptr<const CheckedImage> Check(std::string_view bytes, Status* status);

  const ImageInfo& info() const { return info_; }
  // The bytes to embed: for a PNG the checked copy with only the critical
  // chunks, for a JPEG the file as it is.
  const std::string& bytes() const { return bytes_; }

 private:
  CheckedImage(ImageInfo info, std::string bytes) : info_(info), bytes_(std::move(bytes)) {}

  ImageInfo info_;
  std::string bytes_;
};

}  // namespace careplan
