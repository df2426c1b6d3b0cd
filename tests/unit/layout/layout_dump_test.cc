#include "layout/layout_dump.h"

#include <gtest/gtest.h>

#include <sstream>

#include "layout/box.h"  // AddItem
#include "layout/layout.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"

namespace careplan::layout {
namespace {

TEST(LayoutDumpTest, DumpsEveryItemRoundedToHundredths) {
  PagedDocument document;
  document.page_width = 100;
  document.page_height = 200.004;
  Page page;
  AddItem(&page.items, TextItem{1.005, 2.5, font::Face::kBold, 12, Color{0x1f, 0x4e, 0x79},
                                "Say \"hi\" \\ Ánh"});
  AddItem(&page.items, LineItem{0, -0.001, 10, 10, 0.5, kBlack, true});
  AddItem(&page.items,
          RectItem{1, 2, 3, 4, doc::Fill::kHatched, Color{255, 0, 0}, true, 1.25, kBlack, false});
  AddItem(&page.items, RectItem{1, 2, 3, 4, doc::Fill::kNone, kBlack, false});
  AddItem(&page.items, PolygonItem{{{0, 0}, {1.234, 5.678}}, kWhite});
  page.links.push_back(LinkItem{1, 2, 3, 4, 0, 56.7});
  document.pages.push_back(page);
  document.bookmarks.push_back(Bookmark{2, "Part", 0, 56.7});

  std::ostringstream out;
  DumpLayout(document, out);
  EXPECT_EQ(out.str(),
            "document 100.00 x 200.00, 1 pages\n"
            "page 1\n"
            "  text 1.00 2.50 bold 12.00 #1f4e79 \"Say \\\"hi\\\" \\\\ Ánh\"\n"
            "  line 0.00 0.00 10.00 10.00 w=0.50 #000000 dashed\n"
            "  rect 1.00 2.00 3.00 4.00 fill=hatched #ff0000 stroke=1.25 #000000\n"
            "  rect 1.00 2.00 3.00 4.00 fill=none\n"
            "  polygon #ffffff 0.00,0.00 1.23,5.68\n"
            "  link 1.00 2.00 3.00 4.00 -> page 1 y 56.70\n"
            "bookmark 2 \"Part\" -> page 1 y 56.70\n");
}

// A golden dump of a small laid-out document: any change to the layout
// rules shows up here as a readable diff.
TEST(LayoutDumpTest, GoldenSmallDocument) {
  testutil::FixedMetrics metrics;
  const PageStyle style = testing::SmallPage();
  doc::Document document;
  document.info.header_left = "Ana";
  document.info.header_right = "2026";
  document.info.footer_left = "Plan";
  document.blocks.push_back(doc::Contents{"In this plan"});
  document.blocks.push_back(doc::Heading{1, "Part"});
  document.blocks.push_back(doc::Paragraph{{{"Bold", doc::TextStyle::kBold}, {" and plain."}}});
  doc::Table table;
  table.header = {doc::Plain("Test"), doc::Plain("Due")};
  table.rows = {{doc::Plain("Blood"), doc::Plain("May")}};
  document.blocks.push_back(table);
  document.blocks.push_back(doc::Checklist{{{doc::Plain("Tick"), 1}}});
  const PagedDocument out = LayoutDocument(document, metrics, style);
  std::ostringstream dump;
  DumpLayout(out, dump);
  EXPECT_EQ(dump.str(), R"(document 240.00 x 300.00, 1 pages
page 1
  text 60.00 71.10 bold 12.00 #1f4e79 "In this plan"
  line 60.00 77.55 180.00 77.55 w=1.50 #1f4e79
  text 60.00 94.50 bold 12.00 #000000 "Part"
  text 60.00 118.20 bold 12.00 #1f4e79 "Part"
  line 60.00 124.65 180.00 124.65 w=1.50 #1f4e79
  text 60.00 141.60 bold 12.00 #000000 "Bold"
  text 86.40 141.60 regular 12.00 #000000 " and plain."
  text 64.80 162.60 bold 12.00 #000000 "Test"
  text 124.80 162.60 bold 12.00 #000000 "Due"
  line 60.00 147.00 180.00 147.00 w=0.50 #808080
  line 60.00 147.00 60.00 171.00 w=0.50 #808080
  line 120.00 147.00 120.00 171.00 w=0.50 #808080
  line 180.00 147.00 180.00 171.00 w=0.50 #808080
  line 60.00 171.00 180.00 171.00 w=1.50 #000000
  text 64.80 186.60 regular 12.00 #000000 "Blood"
  text 124.80 186.60 regular 12.00 #000000 "May"
  line 60.00 171.00 60.00 195.00 w=0.50 #808080
  line 120.00 171.00 120.00 195.00 w=0.50 #808080
  line 180.00 171.00 180.00 195.00 w=0.50 #808080
  line 60.00 195.00 180.00 195.00 w=0.50 #808080
  text 76.80 207.60 regular 12.00 #000000 "Tick"
  rect 60.00 198.60 9.60 9.60 fill=none stroke=1.00 #000000
  line 76.80 238.51 180.00 238.51 w=0.50 #808080
  text 97.20 94.50 bold 12.00 #000000 ". . . . . ."
  text 173.40 94.50 bold 12.00 #000000 "1"
  text 60.00 50.00 regular 10.00 #000000 "Ana"
  text 160.00 50.00 regular 10.00 #000000 "2026"
  line 60.00 55.00 180.00 55.00 w=0.50 #808080
  text 125.00 254.00 regular 10.00 #000000 "Page 1 of 1"
  text 60.00 254.00 regular 10.00 #000000 "Plan"
  link 60.00 81.90 120.00 18.00 -> page 1 y 107.10
bookmark 1 "Part" -> page 1 y 107.10
)");
}

}  // namespace
}  // namespace careplan::layout
