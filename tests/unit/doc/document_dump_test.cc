#include "doc/document_dump.h"

#include <gtest/gtest.h>

#include <sstream>

namespace careplan::doc {
namespace {

std::string Dump(const Document& document) {
  std::ostringstream out;
  DumpDocument(document, out);
  return out.str();
}

TEST(DocumentDumpTest, PrintsMetadataThenEveryBlockInOrder) {
  Document document;
  document.info.title = "Care plan for Ana";
  document.info.creation_date = Date(2026, 11, 24);
  document.blocks.push_back(Heading{1, "My plan", false, true});
  RichText text = Plain("Call ");
  text.push_back(Span{"now", TextStyle::kBold});
  document.blocks.push_back(Paragraph{text, true});
  document.blocks.push_back(
      Callout{CalloutKind::kWarning, "Call 999 if", {}, {Plain("chest pain")}});
  document.blocks.push_back(
      Table{{Plain("Test"), Plain("Due")}, {1, 1}, {{Plain("Echo"), Plain("Now")}}});
  const std::string dump = Dump(document);
  EXPECT_NE(dump.find("title \"Care plan for Ana\"\n"), std::string::npos) << dump;
  EXPECT_NE(dump.find("created 2026-11-24\n"), std::string::npos) << dump;
  const size_t heading = dump.find("heading 1 new-page not-in-contents \"My plan\"\n");
  const size_t paragraph = dump.find("paragraph keep-with-next \"Call **now**\"\n");
  const size_t callout = dump.find("callout warning \"Call 999 if\"\n  - \"chest pain\"\n");
  const size_t table =
      dump.find("table 1 rows\n  header \"Test\" | \"Due\"\n  row \"Echo\" | \"Now\"\n");
  ASSERT_NE(heading, std::string::npos) << dump;
  ASSERT_NE(paragraph, std::string::npos) << dump;
  ASSERT_NE(callout, std::string::npos) << dump;
  ASSERT_NE(table, std::string::npos) << dump;
  EXPECT_LT(heading, paragraph);
  EXPECT_LT(paragraph, callout);
  EXPECT_LT(callout, table);
}

TEST(DocumentDumpTest, QuotesAndNewlinesAreEscapedSoEachBlockIsOneLine) {
  Document document;
  document.blocks.push_back(Paragraph{Plain("She said \"two\nlines\""), false});
  EXPECT_NE(Dump(document).find("paragraph \"She said \\\"two\\nlines\\\"\"\n"), std::string::npos)
      << Dump(document);
}

TEST(DocumentDumpTest, ChartsShowTheirWordsAndCountTheirShapes) {
  Document document;
  Chart chart;
  chart.width_pt = 400;
  chart.height_pt = 120.5;
  chart.description = "Treatments over time";
  chart.items.push_back(ChartRect{});
  chart.items.push_back(ChartText{0, 10, "2024"});
  document.blocks.push_back(chart);
  EXPECT_NE(Dump(document).find("chart 400.00 x 120.50, 1 shapes \"Treatments over time\"\n"
                                "  words \"2024\"\n"),
            std::string::npos)
      << Dump(document);
}

TEST(DocumentDumpTest, HeadingIconsAndNamedPicturesAreShown) {
  Document document;
  Heading heading{1, "My medicines", true, true};
  heading.icon = Icon::kMedicine;
  document.blocks.push_back(heading);
  document.blocks.push_back(Heading{3, "Who to call", false, false, Icon::kPhone});
  document.blocks.push_back(Picture{PictureKind::kRaynaudColourChange});
  const std::string dump = Dump(document);
  EXPECT_NE(dump.find("heading 1 new-page icon medicine \"My medicines\"\n"
                      "heading 3 not-in-contents icon phone \"Who to call\"\n"
                      "picture raynaud-colour-change\n"),
            std::string::npos)
      << dump;
}

}  // namespace
}  // namespace careplan::doc
