// Whole documents: every kind of block, on A4 and letter, in normal and large
// print; margins, type sizes, determinism and speed.
#include "layout/layout.h"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <sstream>
#include <string>

#include "font/truetype_metrics.h"
#include "layout/layout_dump.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"

namespace careplan::layout {
namespace {

using testing::FindAll;
using testing::FindOne;

// A care plan with one or more of every block.
doc::Document KitchenSink() {
  doc::Document document;
  document.info.header_left = "Trần Thị Ánh (NHS 943 476 5919)";
  document.info.header_right = "Plan made 3 March 2026";
  document.info.footer_left = "Scleroderma care plan";
  auto& b = document.blocks;
  b.push_back(doc::Heading{1, "Your care plan"});
  b.push_back(doc::LabelValueList{{{"Name", doc::Plain("Trần Thị Ánh")},
                                   {"Date of birth", doc::Plain("12 April 1968")},
                                   {"Next appointment", doc::Strong("2 June 2026, 10:30")}}});
  doc::Callout warning;
  warning.title = "Call your care team now if";
  warning.paragraphs = {doc::Plain("Out of hours, call 111.")};
  warning.items = {doc::Plain("you are short of breath at rest"),
                   doc::Plain("a finger turns white and does not recover")};
  b.push_back(warning);
  b.push_back(doc::PageBreak{});
  b.push_back(doc::Contents{});
  doc::Heading condition{1, "My condition"};
  condition.page_break_before = true;
  b.push_back(condition);
  b.push_back(doc::Paragraph{
      {{"Systemic sclerosis ", doc::TextStyle::kBold},
       {"is a condition where the immune system causes thickening of the skin and sometimes "
        "of internal organs. See https://www.sruk.co.uk/scleroderma/what-is-scleroderma/ or "
        "write to enquiries.scleroderma-unit@royalfree.nhs.example.uk.",
        doc::TextStyle::kRegular}}});
  b.push_back(doc::Heading{2, "Treatments"});
  doc::Table table;
  table.header = {doc::Plain("Medicine"), doc::Plain("Dates"), doc::Plain("Why it stopped")};
  table.column_weights = {2, 2, 3};
  for (int i = 1; i <= 40; ++i) {
    table.rows.push_back({doc::Plain("Medicine " + std::to_string(i)),
                          doc::Plain("Jan 2020 – Mar 2021"),
                          doc::Plain(i % 3 ? "Side effects: nausea" : "Did not work well enough")});
  }
  b.push_back(table);
  b.push_back(doc::Heading{2, "Medicines now"});
  b.push_back(doc::List{
      true,
      {doc::Plain("Mycophenolate 1 g twice a day"), doc::Plain("Omeprazole 20 mg each morning")}});
  b.push_back(doc::Heading{3, "What to watch for"});
  b.push_back(doc::List{false, {doc::Plain("Sore throat or fever"), doc::Plain("Bruising")}});
  b.push_back(doc::Heading{2, "Self-care"});
  b.push_back(doc::Checklist{{{doc::Plain("Keep your hands warm"), 0},
                              {doc::Plain("Stop smoking: ask about support"), 2}}});
  doc::Callout info;
  info.kind = doc::CalloutKind::kInformation;
  info.title = "Good to know";
  info.paragraphs = {doc::Plain("Gloves and hand warmers help with Raynaud's.")};
  b.push_back(info);
  b.push_back(doc::Heading{2, "Blood pressure log"});
  b.push_back(
      doc::FormGrid{{"Date", "Time", "Reading", "Notes"}, {1, 1, 1, 3}, {"Mon", "Tue"}, 14, {}});
  doc::Chart chart;
  chart.width_pt = 700;
  chart.height_pt = 200;
  chart.items.push_back(doc::ChartLine{0, 180, 700, 180});
  chart.items.push_back(doc::ChartRect{10, 20, 200, 150, doc::Fill::kCrossHatched});
  chart.items.push_back(doc::ChartText{350, 195, "2020 2021 2022", 9});
  chart.items.push_back(
      doc::ChartText{700, 10, "right label", 9, doc::TextStyle::kBold, doc::TextAnchor::kEnd});
  chart.items.push_back(doc::ChartPolygon{{{0, 0}, {20, 0}, {10, 15}}});
  chart.description = "Bars show how long each medicine was taken.";
  b.push_back(doc::Heading{2, "Timeline"});
  b.push_back(chart);
  b.push_back(doc::Heading{2, "Questions for my next appointment"});
  b.push_back(doc::WriteInLines{"Write your questions here:", 12});
  b.push_back(doc::Heading{2, "Notes"});
  std::string notes;
  for (int i = 1; i <= 60; ++i)
    notes += (i > 1 ? "\n" : "") + std::string("Note line ") + std::to_string(i);
  b.push_back(doc::Paragraph{doc::Plain(notes)});
  return document;
}

struct Variant {
  PaperSize paper;
  bool large;
};

class WholeDocumentTest : public ::testing::TestWithParam<Variant> {
 protected:
  testutil::FixedMetrics metrics_;
};

TEST_P(WholeDocumentTest, EverythingIsInsideTheMarginsAndEveryPageIsNumbered) {
  const PageStyle style = PageStyle::Make(GetParam().paper, GetParam().large);
  const PagedDocument out = LayoutDocument(KitchenSink(), metrics_, style);
  EXPECT_DOUBLE_EQ(out.page_width, style.page_width);
  EXPECT_DOUBLE_EQ(out.page_height, style.page_height);
  EXPECT_TRUE(testing::WithinMargins(out, style, metrics_));
  const std::string total = std::to_string(out.pages.size());
  for (size_t p = 0; p < out.pages.size(); ++p) {
    EXPECT_EQ(FindOne(out, "Page " + std::to_string(p + 1) + " of " + total).page,
              static_cast<int>(p));
  }
  EXPECT_EQ(FindAll(out, "Scleroderma care plan").size(), out.pages.size());
  // Bookmarks: every level 1 and 2 heading, on the page where it is.
  ASSERT_EQ(out.bookmarks.size(), 9u);
  for (const Bookmark& bookmark : out.bookmarks) {
    bool found = false;
    for (const testing::Found& f : FindAll(out, bookmark.title)) found |= f.page == bookmark.page;
    EXPECT_TRUE(found) << bookmark.title;
  }
}

TEST_P(WholeDocumentTest, TextSizesFollowThePrintSize) {
  const PageStyle style = PageStyle::Make(GetParam().paper, GetParam().large);
  const PagedDocument out = LayoutDocument(KitchenSink(), metrics_, style);
  const double minimum = GetParam().large ? 16 : 9;  // chart labels are drawn at 9 pt
  for (const Page& page : out.pages) {
    for (const TextItem& text : testing::ItemsOf<TextItem>(page)) {
      EXPECT_GE(text.size_pt, minimum) << text.text;
    }
  }
  EXPECT_EQ(FindOne(out, "Bruising").item.size_pt, GetParam().large ? 18 : 12);
  EXPECT_GE(FindOne(out, "Page 1 of " + std::to_string(out.pages.size())).item.size_pt,
            GetParam().large ? 16 : 10);
  EXPECT_GE(FindOne(out, "right label").item.size_pt, GetParam().large ? 16 : 9);
}

TEST_P(WholeDocumentTest, LayoutIsDeterministic) {
  const PageStyle style = PageStyle::Make(GetParam().paper, GetParam().large);
  std::ostringstream first, second;
  DumpLayout(LayoutDocument(KitchenSink(), metrics_, style), first);
  DumpLayout(LayoutDocument(KitchenSink(), metrics_, style), second);
  EXPECT_EQ(first.str(), second.str());
}

// The bundled fonts are taller than the fixed metrics (ascent 1069, descent
// -293): header and footer must still stay clear of the edge and the body.
TEST_P(WholeDocumentTest, WithTheBundledFontsEverythingIsInsideTheMargins) {
  Status status;
  const std::unique_ptr<font::TrueTypeMetrics> metrics =
      font::TrueTypeMetrics::Load(CAREPLAN_SOURCE_DIR "/fonts/NotoSans-Regular.ttf",
                                  CAREPLAN_SOURCE_DIR "/fonts/NotoSans-Bold.ttf", &status);
  ASSERT_NE(metrics, nullptr) << status.message();
  const PageStyle style = PageStyle::Make(GetParam().paper, GetParam().large);
  const PagedDocument out = LayoutDocument(KitchenSink(), *metrics, style);
  EXPECT_TRUE(testing::WithinMargins(out, style, *metrics));
  EXPECT_GE(out.pages.size(), 5u);
}

INSTANTIATE_TEST_SUITE_P(PaperAndPrint, WholeDocumentTest,
                         ::testing::Values(Variant{PaperSize::kA4, false},
                                           Variant{PaperSize::kA4, true},
                                           Variant{PaperSize::kLetter, false},
                                           Variant{PaperSize::kLetter, true}));

TEST(LayoutTest, LetterAndA4DifferInPageAndColumnSize) {
  testutil::FixedMetrics metrics;
  doc::Document document;
  document.blocks.push_back(doc::Paragraph{doc::Plain(std::string(120, 'x'))});
  const PagedDocument a4 =
      LayoutDocument(document, metrics, PageStyle::Make(PaperSize::kA4, false));
  const PagedDocument letter =
      LayoutDocument(document, metrics, PageStyle::Make(PaperSize::kLetter, false));
  EXPECT_DOUBLE_EQ(a4.page_width, 595.276);
  EXPECT_DOUBLE_EQ(letter.page_height, 792);
  // Between 15 mm margins, 510.2 pt holds 85 characters of 6 pt, 527.0 pt holds 87.
  EXPECT_EQ(FindOne(a4, std::string(85, 'x')).page, 0);
  EXPECT_EQ(FindOne(letter, std::string(87, 'x')).page, 0);
}

TEST(LayoutTest, LargePrintUsesEighteenPointBodyWithWiderLineSpacing) {
  testutil::FixedMetrics metrics;
  doc::Document document;
  document.blocks.push_back(doc::Paragraph{doc::Plain("one\ntwo")});
  const PageStyle style = PageStyle::Make(PaperSize::kA4, true);
  const PagedDocument out = LayoutDocument(document, metrics, style);
  const TextItem one = FindOne(out, "one").item;
  EXPECT_EQ(one.size_pt, 18);
  EXPECT_DOUBLE_EQ(FindOne(out, "two").item.baseline_y - one.baseline_y, 27);
  EXPECT_EQ(FindOne(out, "Page 1 of 1").item.size_pt, 16);
}

TEST(LayoutTest, FortyRowsAndSixtyLinesOfNotesAreFast) {
  testutil::FixedMetrics metrics;
  const PageStyle style = PageStyle::Make(PaperSize::kA4, false);
  doc::Document document;
  for (int i = 0; i < 20; ++i) {  // 20 copies: about 150 pages
    for (doc::Block& block : KitchenSink().blocks) document.blocks.push_back(std::move(block));
  }
  const auto start = std::chrono::steady_clock::now();
  const PagedDocument out = LayoutDocument(document, metrics, style);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(out.pages.size(), 100u);
  // A generous bound that still catches quadratic work.
  EXPECT_LT(ms / out.pages.size(), 5.0) << ms << " ms for " << out.pages.size() << " pages";
  RecordProperty("ms_per_page", std::to_string(ms / out.pages.size()));
}

}  // namespace
}  // namespace careplan::layout
