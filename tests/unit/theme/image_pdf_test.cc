// Checked images through the PDF writer: every kind careplan takes is drawn
// (qpdf and pdfimages agree), and whatever survives the checks — including
// thousands of mutated files — never makes libharu fail or crash. The last
// test shows why the checks exist: libharu 2.3.0 aborts the whole process on
// a damaged PNG.
#include <gtest/gtest.h>
#include <hpdf.h>
#include <unistd.h>

#include <random>
#include <string>

#include "base/image_info.h"
#include "layout/paged_document.h"
#include "pdf/pdf_writer.h"
#include "unit/pdf/sample_document.h"
#include "unit/theme/image_fixtures.h"

namespace careplan {
namespace {

using pdf::testing::RunTool;

layout::PagedDocument PageWithImages(
    const std::vector<std::shared_ptr<const CheckedImage>>& images) {
  layout::PagedDocument document;
  document.info.title = "Images";
  document.info.creator = "careplan test";
  layout::Page page;
  double y = 60;
  for (const auto& image : images) {
    layout::ImageItem item;
    item.x = 60;
    item.y = y;
    item.width = 60;
    item.height = 30;
    item.image = image;
    page.items.push_back(item);
    y += 34;
    if (y > 760) y = 60;
  }
  document.pages.push_back(std::move(page));
  return document;
}

std::shared_ptr<const CheckedImage> Checked(const std::string& bytes) {
  Status status;
  auto image = CheckedImage::Check(bytes, &status);
  EXPECT_TRUE(status.ok()) << status.message();
  return image;
}

class ImagePdfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status status;
    writer_ = pdf::PdfWriter::Create(pdf::testing::BundledFonts(), &status);
    ASSERT_TRUE(writer_) << status.message();
    scratch_ = ::testing::TempDir() + "careplan-image-pdf-" + std::to_string(getpid());
  }

  std::unique_ptr<pdf::PdfWriter> writer_;
  std::string scratch_;
};

TEST_F(ImagePdfTest, EveryKindIsDrawn) {
  std::vector<std::shared_ptr<const CheckedImage>> images;
  for (int colour_type : {0, 2, 3, 4, 6}) {
    for (int depth : {1, 2, 4, 8, 16}) {
      for (bool transparent : {false, true}) {
        testing::PngSpec spec;
        spec.colour_type = colour_type;
        spec.depth = depth;
        spec.transparent = transparent;
        Status status;
        if (auto image = CheckedImage::Check(testing::MakePng(spec), &status)) {
          images.push_back(image);
        }
      }
    }
  }
  images.push_back(Checked(testing::MakeJpeg(16, 8, 3)));
  images.push_back(Checked(testing::MakeJpeg(8, 8, 1)));
  images.push_back(Checked(testing::MakeJpeg(24, 16, 3, 0xC0)));
  ASSERT_EQ(images.size(), 26u);  // 23 PNG kinds and 3 JPEGs

  std::string bytes;
  const Status status = writer_->Write(PageWithImages(images), &bytes);
  ASSERT_TRUE(status.ok()) << status.message();
  const std::string path = scratch_ + ".pdf";
  pdf::testing::WriteFile(path, bytes);
  const auto qpdf = RunTool("qpdf --check '" + path + "'", scratch_);
  EXPECT_EQ(qpdf.exit_code, 0) << qpdf.out << qpdf.err;
  const auto list = RunTool("pdfimages -list '" + path + "'", scratch_);
  ASSERT_EQ(list.exit_code, 0) << list.err;
  int image_rows = 0, smask_rows = 0;
  std::istringstream lines(list.out);
  for (std::string line; std::getline(lines, line);) {
    // page, num, type, ...
    std::istringstream columns(line);
    std::string page, num, type;
    columns >> page >> num >> type;
    if (type == "image") ++image_rows;
    if (type == "smask") ++smask_rows;
  }
  EXPECT_EQ(image_rows, 26);
  // Alpha channels (4: grey and RGB with alpha, 8 and 16 bits) and the
  // transparent 8-bit palette.
  EXPECT_EQ(smask_rows, 5);
  // Every page renders.
  const auto render = RunTool("pdftoppm -r 20 -png '" + path + "' '" + scratch_ + "'", scratch_);
  EXPECT_EQ(render.exit_code, 0) << render.err;
  EXPECT_EQ(render.err, "");
  std::remove(path.c_str());
  std::remove((scratch_ + "-1.png").c_str());
}

TEST_F(ImagePdfTest, TheSameImagesGiveTheSameBytes) {
  const auto document =
      PageWithImages({Checked(testing::MakePng({})), Checked(testing::MakeJpeg())});
  std::string first, second;
  ASSERT_TRUE(writer_->Write(document, &first).ok());
  ASSERT_TRUE(writer_->Write(document, &second).ok());
  EXPECT_EQ(first, second);
}

TEST_F(ImagePdfTest, AnImageItemWithoutDataIsRefusedBeforeLibharu) {
  layout::PagedDocument document = PageWithImages({nullptr});
  std::string bytes;
  const Status status = writer_->Write(document, &bytes);
  EXPECT_EQ(status.message(), "cannot write PDF: item 1 on page 1 is an image without its data");
}

// Mutates bytes of good files (and, for PNGs, fixes the CRCs, so that the
// damage reaches the header and image data checks); whatever passes the
// checks must go through libharu without an error.
TEST_F(ImagePdfTest, MutatedFilesThatPassTheChecksAreSafeForLibharu) {
  std::mt19937 random(20261124);
  std::vector<std::string> seeds;
  for (int colour_type : {0, 3, 6}) {
    testing::PngSpec spec;
    spec.colour_type = colour_type;
    spec.transparent = colour_type == 3;
    seeds.push_back(testing::MakePng(spec));
  }
  seeds.push_back(testing::MakeJpeg(16, 16, 3));
  seeds.push_back(testing::MakeJpeg(8, 8, 1));
  int passed = 0, refused = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string bytes = seeds[round % seeds.size()];
    const bool png = bytes[0] != '\xFF';
    const int changes = 1 + static_cast<int>(random() % 3);
    for (int i = 0; i < changes; ++i) {
      const size_t at = random() % bytes.size();
      switch (random() % 4) {
        case 0:
          bytes[at] = static_cast<char>(random());
          break;
        case 1:
          bytes[at] ^= static_cast<char>(1 << (random() % 8));
          break;
        case 2:
          bytes.resize(at + 1);
          break;
        default:
          bytes.insert(at, 1, static_cast<char>(random()));
      }
    }
    if (png && random() % 4 != 0) testing::FixPngCrcs(&bytes);
    Status status;
    const auto image = CheckedImage::Check(bytes, &status);
    if (!image) {
      ++refused;
      continue;
    }
    ++passed;
    std::string pdf;
    const Status written = writer_->Write(PageWithImages({image}), &pdf);
    ASSERT_TRUE(written.ok()) << "round " << round << ": " << written.message();
  }
  // Both outcomes happen, so the test exercises both paths.
  EXPECT_GT(passed, 100);
  EXPECT_GT(refused, 100);
}

// Why images are checked: given a PNG with one damaged byte, libharu 2.3.0's
// libpng error callback returns, and libpng then aborts the process.
TEST(LibharuHazardDeathTest, DamagedPngAbortsLibharu) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  std::string png = testing::MakePng(testing::PngSpec{});
  png[testing::FindChunk(png, "IDAT") + 9] ^= 0x55;  // breaks the CRC
  Status status;
  EXPECT_FALSE(CheckedImage::Check(png, &status));
  EXPECT_DEATH(
      {
        HPDF_Doc doc = HPDF_New(nullptr, nullptr);
        HPDF_LoadPngImageFromMem(doc, reinterpret_cast<const HPDF_BYTE*>(png.data()),
                                 static_cast<HPDF_UINT>(png.size()));
        HPDF_Free(doc);
        std::exit(0);
      },
      "");
}

}  // namespace
}  // namespace careplan
