#include "pdf/pdf_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <functional>
#include <regex>

#include "base/utf8.h"
#include "font/truetype_font.h"
#include "unit/pdf/sample_document.h"

namespace careplan::pdf {
namespace {

using testing::BundledFonts;
using testing::kSampleLines;
using testing::ReadFile;
using testing::RunTool;
using testing::SampleDocument;
using testing::ToolResult;
using testing::WriteFile;

// Set by SameBytesInAnotherProcess for the helper test it runs.
constexpr char kOutputEnv[] = "CAREPLAN_PDF_TEST_OUTPUT";

class PdfWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status status;
    writer_ = PdfWriter::Create(BundledFonts(), &status);
    ASSERT_TRUE(status.ok()) << status.message();
    ASSERT_NE(writer_, nullptr);
  }

  std::string WriteOrDie(const layout::PagedDocument& document) {
    std::string bytes;
    Status status = writer_->Write(document, &bytes);
    EXPECT_TRUE(status.ok()) << status.message();
    return bytes;
  }

  // Writes the bytes to a scratch file named after the test; returns its path.
  std::string ToFile(const std::string& bytes) {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string path =
        ::testing::TempDir() + "careplan_" + info->name() + "_" + std::to_string(getpid()) + ".pdf";
    WriteFile(path, bytes);
    files_.push_back(path);
    return path;
  }

  // Runs `command 'path' tail`.
  ToolResult Tool(const std::string& command, const std::string& path,
                  const std::string& tail = "") {
    return RunTool(command + " '" + path + "' " + tail, path);
  }

  void TearDown() override {
    for (const std::string& path : files_) std::remove(path.c_str());
  }

  std::unique_ptr<PdfWriter> writer_;
  std::vector<std::string> files_;
};

TEST_F(PdfWriterTest, IsAPdfFile) {
  std::string bytes = WriteOrDie(SampleDocument());
  EXPECT_EQ(bytes.rfind("%PDF-1.4\n", 0), 0u);
  ASSERT_GT(bytes.size(), 6u);
  EXPECT_EQ(bytes.substr(bytes.size() - 6), "%%EOF\n");
}

TEST_F(PdfWriterTest, SameInputSameBytes) {
  const layout::PagedDocument sample = SampleDocument();
  std::string first = WriteOrDie(sample);
  std::string second = WriteOrDie(sample);
  EXPECT_EQ(first, second);

  // A different document in between leaves nothing behind in the handle
  // (libharu keeps the loaded fonts and must clear which glyphs were used).
  layout::PagedDocument other = SampleDocument();
  other.pages.pop_back();
  other.bookmarks.pop_back();
  other.bookmarks.pop_back();
  other.pages[0].links.pop_back();
  other.pages[0].items.push_back(testing::Text(56.7, 400, "Ξ Ѯ Ǽ ǿ ≠ other glyphs"));
  std::string different = WriteOrDie(other);
  EXPECT_NE(different, first);
  EXPECT_EQ(WriteOrDie(sample), first);

  // A writer of its own (fonts loaded into a new handle) agrees.
  Status status;
  auto fresh = PdfWriter::Create(BundledFonts(), &status);
  ASSERT_TRUE(status.ok()) << status.message();
  std::string from_fresh;
  ASSERT_TRUE(fresh->Write(sample, &from_fresh).ok());
  EXPECT_EQ(from_fresh, first);
}

// Not a test on its own: writes the sample to $CAREPLAN_PDF_TEST_OUTPUT for
// SameBytesInAnotherProcess, which runs this binary again.
TEST_F(PdfWriterTest, HelperWritesSampleForAnotherProcess) {
  const char* path = std::getenv(kOutputEnv);
  if (path == nullptr) GTEST_SKIP() << "only run by SameBytesInAnotherProcess";
  WriteFile(path, WriteOrDie(SampleDocument()));
}

TEST_F(PdfWriterTest, SameBytesInAnotherProcess) {
  if (std::getenv(kOutputEnv) != nullptr) GTEST_SKIP() << "already the other process";
  std::string here = WriteOrDie(SampleDocument());
  std::string path = ToFile("");
  ToolResult run =
      RunTool(std::string(kOutputEnv) + "='" + path + "' /proc/" + std::to_string(getpid()) +
                  "/exe" + " --gtest_filter=PdfWriterTest.HelperWritesSampleForAnotherProcess",
              path);
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_EQ(ReadFile(path), here);
}

TEST_F(PdfWriterTest, FixedMetadataInTheFile) {
  std::string bytes = WriteOrDie(SampleDocument());
  // The info, catalog and trailer dictionaries are not compressed.
  EXPECT_NE(bytes.find("/CreationDate (D:20261124000000Z)"), std::string::npos);
  EXPECT_NE(bytes.find("/ModDate (D:20261124000000Z)"), std::string::npos);
  EXPECT_NE(bytes.find("/Producer (careplan, libHaru 2.3.0)"), std::string::npos);
  EXPECT_NE(bytes.find("/Lang (en)"), std::string::npos);
  EXPECT_NE(bytes.find("/DisplayDocTitle true"), std::string::npos);
  EXPECT_NE(bytes.find("/Outlines"), std::string::npos);
  EXPECT_NE(bytes.find("/PageMode /UseOutlines"), std::string::npos);
  EXPECT_EQ(bytes.find("Haru Free PDF Library"), std::string::npos);
  std::smatch id;
  ASSERT_TRUE(
      std::regex_search(bytes, id, std::regex("/ID \\[ <([0-9A-F]{32})> <([0-9A-F]{32})> \\]")))
      << "no /ID in the trailer";
  EXPECT_EQ(id[1], id[2]);
}

TEST_F(PdfWriterTest, DocumentIdFollowsTheContent) {
  layout::PagedDocument sample = SampleDocument();
  std::regex id_pattern("/ID \\[ <([0-9A-F]{32})>");
  std::smatch a, b;
  std::string first = WriteOrDie(sample);
  sample.pages[2].items.push_back(testing::Text(56.7, 200, "one more line"));
  std::string second = WriteOrDie(sample);
  ASSERT_TRUE(std::regex_search(first, a, id_pattern));
  ASSERT_TRUE(std::regex_search(second, b, id_pattern));
  EXPECT_NE(a[1], b[1]);
}

TEST_F(PdfWriterTest, QpdfFindsNoProblems) {
  std::string path = ToFile(WriteOrDie(SampleDocument()));
  ToolResult check = Tool("qpdf --check", path);
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("No syntax or stream encoding errors found"), std::string::npos)
      << check.out;
  EXPECT_EQ(check.err, "");
}

TEST_F(PdfWriterTest, PdftotextGivesBackTheText) {
  std::string path = ToFile(WriteOrDie(SampleDocument()));
  ToolResult text = Tool("pdftotext -enc UTF-8", path, "-");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  for (const char* line : kSampleLines) {
    EXPECT_NE(text.out.find(std::string(line) + "\n"), std::string::npos)
        << "missing: " << line << "\nin:\n"
        << text.out;
  }
  // No "Invalid 'begincidrange' operator in ToUnicode CMap" or other warnings.
  EXPECT_EQ(text.err, "");
}

TEST_F(PdfWriterTest, PdffontsShowsBothFacesEmbeddedSubsetWithUnicode) {
  std::string path = ToFile(WriteOrDie(SampleDocument()));
  ToolResult fonts = Tool("pdffonts", path);
  EXPECT_EQ(fonts.exit_code, 0) << fonts.err;
  EXPECT_EQ(fonts.err, "");
  // name  type  encoding  emb sub uni  object ID; the encoding is our
  // embedded one-byte CMap.
  std::regex row(
      R"(\n[A-Z]{6}\+(NotoSans-(?:Regular|Bold)\S*) +CID TrueType +Custom +yes yes yes )");
  std::vector<std::string> names;
  for (std::sregex_iterator it(fonts.out.begin(), fonts.out.end(), row), end; it != end; ++it) {
    names.push_back((*it)[1]);
  }
  // Each page's resources list the regular face (F1) before the bold (F2).
  EXPECT_EQ(names, (std::vector<std::string>{"NotoSans-Regular", "NotoSans-Bold"})) << fonts.out;
}

// The FontFile2 of each face is a real subset: a TrueType font our own
// reader takes, holding a glyph for each character drawn in that face and
// hardly any more (the bundled fonts have 1,921).
TEST_F(PdfWriterTest, EmbeddedFontProgramsAreRealSubsets) {
  const std::string bytes = WriteOrDie(SampleDocument());
  std::string path = ToFile(bytes);
  // Font dictionaries are not compressed; the ids are the file's own.
  std::regex font_file(R"(/FontFile2 (\d+) 0 R)");
  std::regex font_name(R"(/FontName /[A-Z]{6}\+(NotoSans-\w+))");
  std::vector<std::string> ids, names;
  for (std::sregex_iterator it(bytes.begin(), bytes.end(), font_file), end; it != end; ++it) {
    ids.push_back((*it)[1]);
  }
  for (std::sregex_iterator it(bytes.begin(), bytes.end(), font_name), end; it != end; ++it) {
    names.push_back((*it)[1]);
  }
  ASSERT_EQ(ids.size(), 2u);
  ASSERT_EQ(names.size(), 2u);
  // Every character of the sample, per face (the header line is bold).
  std::u32string bold_text = DecodeUtf8(std::string(kSampleLines[0]) + kSampleLines[3] +
                                        "ContentsMedicinesContacts and notes");
  for (size_t i = 0; i < ids.size(); ++i) {
    ToolResult data = Tool("qpdf --filtered-stream-data --show-object=" + ids[i], path);
    ASSERT_EQ(data.exit_code, 0) << data.err;
    Status status;
    auto font = font::TrueTypeFont::Parse(data.out, "embedded", &status);
    ASSERT_NE(font, nullptr) << status.message();
    EXPECT_EQ(font->description().postscript_name, names[i]);
    EXPECT_LT(font->num_glyphs(), 120) << names[i];
    EXPECT_LT(data.out.size(), 16000u) << names[i];
    if (names[i] == "NotoSans-Bold") {
      for (char32_t c : bold_text) EXPECT_NE(font->GlyphId(c), 0) << static_cast<unsigned>(c);
    }
  }
}

// One-byte codes give 255 characters a font: a face with more gets more
// fonts, and a line whose characters are in two of them is drawn in pieces
// that still read as one line.
TEST_F(PdfWriterTest, OverTwoHundredCharactersInAFaceGetMoreFonts) {
  layout::PagedDocument document = SampleDocument();
  std::vector<std::string> lines;
  std::string line;
  for (char32_t c = 0x100; c < 0x500; ++c) {
    if (c == 0x180) c = 0x400;  // Latin Extended-A, then Cyrillic
    AppendUtf8(c, &line);
    if (CountCodePoints(line) == 32) lines.push_back("x " + line), line.clear();
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    document.pages[1].items.push_back(testing::Text(56.7, 400 + 14.0 * i, lines[i]));
  }
  std::string path = ToFile(WriteOrDie(document));
  EXPECT_EQ(Tool("qpdf --check", path).exit_code, 0);
  ToolResult fonts = Tool("pdffonts", path);
  std::regex regular(R"(\n[A-Z]{6}\+NotoSans-Regular +CID TrueType +Custom +yes yes yes )");
  EXPECT_EQ(std::distance(std::sregex_iterator(fonts.out.begin(), fonts.out.end(), regular),
                          std::sregex_iterator()),
            3)
      << fonts.out;
  ToolResult text = Tool("pdftotext -enc UTF-8", path, "-");
  EXPECT_EQ(text.err, "");
  for (const std::string& expected : lines) {
    EXPECT_NE(text.out.find(expected + "\n"), std::string::npos) << expected << "\nin:\n"
                                                                 << text.out;
  }
}

TEST_F(PdfWriterTest, PdfinfoShowsSizeTitleAndMetadata) {
  std::string path = ToFile(WriteOrDie(SampleDocument()));
  ToolResult info = Tool("pdfinfo -enc UTF-8", path);
  EXPECT_EQ(info.exit_code, 0) << info.err;
  EXPECT_EQ(info.err, "");
  for (const char* expected : {
           "Title:           Care plan – María Ñúñez\n",
           "Subject:         Care plan and monitoring schedule\n",
           "Keywords:        care plan, Ωμέγα, Жизнь\n",
           "Author:          Clinique Sainte-Thérèse\n",
           "Creator:         careplan 0.1.0\n",
           "Producer:        careplan, libHaru 2.3.0\n",
           "Pages:           3\n",
           "Page size:       595.276 x 841.89 pts (A4)\n",
       }) {
    EXPECT_NE(info.out.find(expected), std::string::npos) << expected << "in:\n" << info.out;
  }
  // pdfinfo prints dates in local time; the raw form is fixed.
  ToolResult raw = Tool("pdfinfo -rawdates", path);
  EXPECT_NE(raw.out.find("CreationDate:    D:20261124000000Z\n"), std::string::npos) << raw.out;
}

TEST_F(PdfWriterTest, TitleBeyondTheBasicPlaneSurvives) {
  layout::PagedDocument sample = SampleDocument();
  sample.info.title = "Plan 😀 for (Zoë) \\ done";
  std::string path = ToFile(WriteOrDie(sample));
  ToolResult info = Tool("pdfinfo -enc UTF-8", path);
  EXPECT_NE(info.out.find("Title:           Plan 😀 for (Zoë) \\ done\n"), std::string::npos)
      << info.out;
  sample.info.title = "ASCII (with parentheses) and \\ backslash";
  path = ToFile(WriteOrDie(sample));
  info = Tool("pdfinfo", path);
  EXPECT_NE(info.out.find("Title:           ASCII (with parentheses) and \\ backslash\n"),
            std::string::npos)
      << info.out;
}

TEST_F(PdfWriterTest, OutlineIsNestedWithUnicodeTitles) {
  std::string path = ToFile(WriteOrDie(SampleDocument()));
  // qpdf --json lists the outline tree with decoded titles and target pages.
  ToolResult json = Tool("qpdf --json --json-key=outlines", path);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const std::string& out = json.out;
  // qpdf sorts keys, so an entry's "kids" come before its "title"; the
  // indentation gives the depth (6 spaces at the top level, 10 one below).
  size_t kid1 = out.find("\n          \"title\": \"Medicines – Ωμέγα\"");
  size_t kid2 = out.find("\n          \"title\": \"Контакты\"");
  size_t top1 = out.find("\n      \"title\": \"Ánh’s care plan\"");
  size_t top2 = out.find("\n      \"title\": \"Notes (😀 beyond the BMP)\"");
  ASSERT_NE(kid1, std::string::npos) << out;
  ASSERT_NE(kid2, std::string::npos) << out;
  ASSERT_NE(top1, std::string::npos) << out;
  ASSERT_NE(top2, std::string::npos) << out;
  EXPECT_LT(kid1, kid2);
  EXPECT_LT(kid2, top1);
  EXPECT_LT(top1, top2);
  // The target page of an entry without kids is the last one named before
  // its title.
  auto page_before = [&out](size_t title) {
    size_t at = out.rfind("\"destpageposfrom1\": ", title);
    return out.substr(at + 20, out.find(',', at) - at - 20);
  };
  EXPECT_EQ(page_before(kid1), "2");
  EXPECT_EQ(page_before(kid2), "3");
  EXPECT_EQ(page_before(top2), "3");
}

TEST_F(PdfWriterTest, LinksGoToTheirTargetPage) {
  std::string path = ToFile(WriteOrDie(SampleDocument()));
  ToolResult shown = Tool("qpdf --qdf --object-streams=disable", path, "-");
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  std::regex link(R"(/Subtype /Link)");
  EXPECT_EQ(std::distance(std::sregex_iterator(shown.out.begin(), shown.out.end(), link),
                          std::sregex_iterator()),
            2);
  EXPECT_NE(shown.out.find("/Border [\n    0\n    0\n    0\n  ]"), std::string::npos);
  // Destinations, written inside the link: /XYZ with left 0, top = 841.89 -
  // 56.7 in whole points, zoom null (kept).
  EXPECT_NE(shown.out.find("/Dest [\n    7 0 R\n    /XYZ\n    0\n    785\n    null\n  ]"),
            std::string::npos)
      << shown.out;
}

TEST_F(PdfWriterTest, DrawingOperatorsForEveryItemKind) {
  std::string path = ToFile(WriteOrDie(SampleDocument()));
  ToolResult qdf = Tool("qpdf --qdf --object-streams=disable", path, "-");
  ASSERT_EQ(qdf.exit_code, 0) << qdf.err;
  const std::string& out = qdf.out;
  EXPECT_NE(out.find("\n[3 2] 0 d\n"), std::string::npos);  // dashed line and outline
  // Pattern fills: drawn clipped to the rectangle, inside q ... Q.
  EXPECT_NE(out.find("q\n216.7 631.89 60 90 re\nW n\n"), std::string::npos);
  EXPECT_NE(out.find("0.784 0 0 rg"), std::string::npos) << "polygon colour";
  // y is flipped: the title's baseline at 80 pt from the top is at 761.89.
  EXPECT_NE(out.find("\n56.7 761.89 Td\n"), std::string::npos);
  // Text has one-byte codes; printable ASCII is itself.
  EXPECT_NE(out.find("(Contacts and notes) Tj"), std::string::npos);
}

TEST_F(PdfWriterTest, TypicalSizeIsSmall) {
  std::string bytes = WriteOrDie(SampleDocument());
  RecordProperty("pdf_bytes", static_cast<int>(bytes.size()));
  EXPECT_LT(bytes.size(), 25000u);  // libharu's own fonts made it 45 KB
}

TEST_F(PdfWriterTest, CharactersTheFontsLackStillGiveAValidFile) {
  layout::PagedDocument sample = SampleDocument();
  // CJK (no glyph), an emoji (beyond the BMP), a control character and a
  // broken UTF-8 sequence: all print as .notdef or U+FFFD, none is an error.
  sample.pages[2].items.push_back(testing::Text(56.7, 300, "中文 😀 tab\there \xC3( end"));
  std::string path = ToFile(WriteOrDie(sample));
  EXPECT_EQ(Tool("qpdf --check", path).exit_code, 0);
  ToolResult text = Tool("pdftotext -enc UTF-8", path, "-");
  EXPECT_NE(text.out.find("�"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find(" end"), std::string::npos) << text.out;
}

TEST(PdfWriterCreateTest, MissingFontIsNotFound) {
  Status status;
  FontFiles fonts = BundledFonts();
  fonts.bold = "/nonexistent/NotoSans-Bold.ttf";
  auto writer = PdfWriter::Create(fonts, &status);
  EXPECT_EQ(writer, nullptr);
  EXPECT_EQ(status.code(), Status::Code::kNotFound);
  EXPECT_EQ(status.message(), "cannot open font file '/nonexistent/NotoSans-Bold.ttf'");
}

TEST(PdfWriterCreateTest, FileThatIsNotAFontIsAnError) {
  Status status;
  FontFiles fonts = BundledFonts();
  fonts.regular = CAREPLAN_SOURCE_DIR "/fonts/LICENSE-OFL.txt";
  auto writer = PdfWriter::Create(fonts, &status);
  EXPECT_EQ(writer, nullptr);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument) << status.message();
  EXPECT_NE(status.message().find("LICENSE-OFL.txt"), std::string::npos) << status.message();
}

TEST_F(PdfWriterTest, BadInputIsInvalidArgument) {
  struct Case {
    std::function<void(layout::PagedDocument*)> spoil;
    std::string message;
  };
  std::vector<Case> cases = {
      {[](auto* d) { d->pages.clear(); }, "the document has no pages"},
      {[](auto* d) { d->page_width = 0; }, "out of range"},
      {[](auto* d) {
         d->pages[1].links.push_back({0, 0, 10, 10, 7, 0});
       },
       "link 1 on page 2 points to page 8 of 3"},
      {[](auto* d) { d->bookmarks[0].page = -1; }, "points to page 0 of 3"},
      {[](auto* d) { std::get<layout::TextItem>(d->pages[0].items[0]).x = NAN; },
       "item 1 on page 1 has a coordinate out of range"},
      {[](auto* d) { std::get<layout::TextItem>(d->pages[0].items[1]).size_pt = 0; },
       "item 2 on page 1 has a bad font size"},
      {[](auto* d) { d->info.language = "en GB"; }, "is not a language tag"},
  };
  for (const Case& c : cases) {
    layout::PagedDocument document = SampleDocument();
    c.spoil(&document);
    std::string bytes;
    Status status = writer_->Write(document, &bytes);
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument) << c.message;
    EXPECT_NE(status.message().find(c.message), std::string::npos) << status.message();
  }
  // The writer is still fine afterwards.
  EXPECT_FALSE(WriteOrDie(SampleDocument()).empty());
}

TEST_F(PdfWriterTest, LibharuErrorInsideAWriteBecomesAStatus) {
  // libharu's arrays hold at most 32767 items, so a page with more links
  // makes HPDF_Page_CreateLinkAnnot call the error handler, whose exception
  // unwinds through libharu's C frames.
  layout::PagedDocument too_many = SampleDocument();
  too_many.pages[0].links.assign(32768, layout::LinkItem{10, 10, 5, 5, 1, 0});
  std::string bytes;
  Status status = writer_->Write(too_many, &bytes);
  EXPECT_EQ(status.code(), Status::Code::kInternal);
  EXPECT_EQ(status.message(),
            "PDF writer: libharu reported HPDF_ARRAY_COUNT_ERR (0x1001, detail 0)");
  // The next document gets a fresh handle and is the same as ever.
  std::string after = WriteOrDie(SampleDocument());
  Status fresh_status;
  std::string expected;
  ASSERT_TRUE(
      PdfWriter::Create(BundledFonts(), &fresh_status)->Write(SampleDocument(), &expected).ok());
  EXPECT_EQ(after, expected);
}

TEST(PdfWriterRecoveryTest, FontFilesChangedAfterCreateDoNotChangeTheOutput) {
  // The writer reads the font files once, when it is created (libharu kept
  // them open and read the glyphs when it saved, so a file changed in the
  // meantime made fonts go missing).
  namespace fs = std::filesystem;
  const std::string copy =
      ::testing::TempDir() + "careplan_recovery_" + std::to_string(getpid()) + ".ttf";
  fs::copy_file(BundledFonts().regular, copy, fs::copy_options::overwrite_existing);
  Status status;
  auto writer = PdfWriter::Create({copy, BundledFonts().bold}, &status);
  ASSERT_TRUE(status.ok()) << status.message();
  std::string before;
  ASSERT_TRUE(writer->Write(SampleDocument(), &before).ok());

  WriteFile(copy, "");
  std::string after;
  status = writer->Write(SampleDocument(), &after);
  EXPECT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(after, before);
  std::remove(copy.c_str());
}

}  // namespace
}  // namespace careplan::pdf
