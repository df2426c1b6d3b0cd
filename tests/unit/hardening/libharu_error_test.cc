// libharu errors: its error handler throws (src/pdf/hpdf_document.h), the
// writer turns the exception into a Status and frees the handle, and the
// next document is drawn on a fresh one, byte for byte as a new writer
// would draw it. Forced here with an absurd number of pages: libharu's page
// tree holds at most 32767 pages in one array. (A profile cannot get there:
// the renderer refuses plans over 500 pages. pdf_writer_test.cc forces the
// same error with 32768 links on one page.)
#include <gtest/gtest.h>

#include "pdf/pdf_writer.h"
#include "unit/hardening/hardening_fixtures.h"

namespace careplan::hardening {
namespace {

pdf::FontFiles BundledFonts() {
  return {std::string(CAREPLAN_SOURCE_DIR) + "/fonts/NotoSans-Regular.ttf",
          std::string(CAREPLAN_SOURCE_DIR) + "/fonts/NotoSans-Bold.ttf"};
}

layout::PagedDocument OnePage(const std::string& text) {
  layout::PagedDocument document;
  document.info.title = "Test";
  document.info.creation_date = Date(2026, 11, 24);
  layout::TextItem item;
  item.x = 56.7;
  item.baseline_y = 80;
  item.text = text;
  document.pages.resize(1);
  document.pages[0].items.push_back(item);
  return document;
}

std::string WriteWithNewWriter(const layout::PagedDocument& document) {
  Status status;
  auto writer = pdf::PdfWriter::Create(BundledFonts(), &status);
  std::string bytes;
  EXPECT_TRUE(status.ok() && writer->Write(document, &bytes).ok());
  return bytes;
}

TEST(LibharuErrorTest, TooManyPagesIsAnErrorAndTheWriterRecovers) {
  Status status;
  auto writer = pdf::PdfWriter::Create(BundledFonts(), &status);
  ASSERT_TRUE(status.ok()) << status.message();
  layout::PagedDocument absurd = OnePage("page");
  absurd.pages.resize(32768);
  std::string bytes;
  status = writer->Write(absurd, &bytes);
  EXPECT_EQ(status.code(), Status::Code::kInternal);
  EXPECT_EQ(status.message(),
            "PDF writer: libharu reported HPDF_ARRAY_COUNT_ERR (0x1001, detail 0)");

  const layout::PagedDocument next = OnePage("the next document");
  ASSERT_TRUE(writer->Write(next, &bytes).ok());
  EXPECT_EQ(bytes, WriteWithNewWriter(next));
}

}  // namespace
}  // namespace careplan::hardening
