#include "layout/contents_layout.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "layout/layout.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"

namespace careplan::layout {
namespace {

using testing::FindAll;
using testing::FindOne;

class ContentsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& blocks = document_.blocks;
    blocks.push_back(doc::Contents{});
    blocks.push_back(doc::PageBreak{});
    blocks.push_back(doc::Heading{1, "Alpha"});
    blocks.push_back(doc::Paragraph{doc::Plain("Text.")});
    blocks.push_back(doc::Heading{2, "Alpha detail"});
    blocks.push_back(doc::Heading{3, "Not listed, level 3"});
    blocks.push_back(doc::PageBreak{});
    blocks.push_back(doc::Heading{1, "Beta"});
    doc::Heading hidden{2, "Hidden"};
    hidden.in_contents = false;
    blocks.push_back(hidden);
    for (int i = 0; i < 60; ++i) blocks.push_back(doc::Paragraph{doc::Plain("Filler.")});
    doc::Heading gamma{1, "Gamma"};
    gamma.page_break_before = true;
    blocks.push_back(gamma);
    out_ = LayoutDocument(document_, metrics_, style_);
    EXPECT_TRUE(testing::WithinMargins(out_, style_, metrics_));
  }

  testutil::FixedMetrics metrics_;
  PageStyle style_ = PageStyle::Make(PaperSize::kA4, false);
  doc::Document document_;
  PagedDocument out_;
};

TEST_F(ContentsTest, BookmarksEveryLevelOneAndTwoHeadingInOrder) {
  ASSERT_EQ(out_.bookmarks.size(), 5u);
  const std::string titles[] = {"Alpha", "Alpha detail", "Beta", "Hidden", "Gamma"};
  const int levels[] = {1, 2, 1, 2, 1};
  for (size_t i = 0; i < 5; ++i) {
    const Bookmark& bookmark = out_.bookmarks[i];
    EXPECT_EQ(bookmark.title, titles[i]);
    EXPECT_EQ(bookmark.level, levels[i]);
    // The bookmark points at the top of the heading's line.
    const testing::Found heading = FindAll(out_, titles[i]).back();
    EXPECT_EQ(bookmark.page, heading.page) << titles[i];
    EXPECT_GT(heading.item.baseline_y, bookmark.y);
    EXPECT_LT(heading.item.baseline_y - bookmark.y, 2 * 20.0);
  }
  EXPECT_EQ(out_.bookmarks[0].page, 1);
  EXPECT_EQ(out_.bookmarks[2].page, 2);
  EXPECT_EQ(out_.bookmarks[4].page, 4);  // after two pages of filler
}

TEST_F(ContentsTest, ListsHeadingsInContentsWithPageNumbersAtTheRight) {
  const Page& page = out_.pages[0];
  EXPECT_EQ(FindOne(out_, "Contents").page, 0);
  // Entries: level 1 in bold at the margin, level 2 indented; "Hidden" and
  // level 3 are not listed.
  const std::vector<testing::Found> alpha = FindAll(out_, "Alpha");
  ASSERT_EQ(alpha.size(), 2u);  // the entry and the heading
  EXPECT_EQ(alpha[0].page, 0);
  EXPECT_EQ(alpha[0].item.face, font::Face::kBold);
  EXPECT_DOUBLE_EQ(alpha[0].item.x, style_.margin_left);
  const testing::Found detail = FindAll(out_, "Alpha detail").front();
  EXPECT_EQ(detail.page, 0);
  EXPECT_DOUBLE_EQ(detail.item.x, style_.margin_left + 18);
  EXPECT_EQ(FindAll(out_, "Hidden").size(), 1u);
  EXPECT_EQ(FindAll(out_, "Not listed, level 3").size(), 1u);

  // Page numbers (1-based), right-aligned at the margin, on the entry's line.
  std::vector<TextItem> numbers;
  for (const TextItem& text : testing::ItemsOf<TextItem>(page)) {
    if (!text.text.empty() && std::isdigit(static_cast<unsigned char>(text.text[0])) &&
        text.size_pt == style_.body_size) {
      numbers.push_back(text);
    }
  }
  ASSERT_EQ(numbers.size(), 4u);
  const std::string expected[] = {"2", "2", "3", "5"};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(numbers[i].text, expected[i]);
    EXPECT_NEAR(numbers[i].x + metrics_.MeasureUtf8(numbers[i].face, numbers[i].text, 12),
                style_.page_width - style_.margin_right, 1e-9);
  }
  EXPECT_DOUBLE_EQ(numbers[0].baseline_y, alpha[0].item.baseline_y);
  EXPECT_DOUBLE_EQ(numbers[1].baseline_y, detail.item.baseline_y);

  // Dot leaders between each entry and its number.
  int leaders = 0;
  for (const TextItem& text : testing::ItemsOf<TextItem>(page)) {
    if (text.text.rfind(". .", 0) == 0) ++leaders;
  }
  EXPECT_EQ(leaders, 4);
}

TEST_F(ContentsTest, EachEntryLinksToItsHeading) {
  const Page& page = out_.pages[0];
  ASSERT_EQ(page.links.size(), 4u);
  const int bookmark_of_entry[] = {0, 1, 2, 4};  // "Hidden" has no entry
  for (size_t i = 0; i < 4; ++i) {
    const Bookmark& target = out_.bookmarks[bookmark_of_entry[i]];
    EXPECT_EQ(page.links[i].target_page, target.page);
    EXPECT_DOUBLE_EQ(page.links[i].target_y, target.y);
    EXPECT_DOUBLE_EQ(page.links[i].x, style_.margin_left);
    EXPECT_DOUBLE_EQ(page.links[i].width, style_.content_width());
  }
  // The link covers the entry's line.
  const TextItem alpha = FindAll(out_, "Alpha").front().item;
  EXPECT_LT(page.links[0].y, alpha.baseline_y);
  EXPECT_GT(page.links[0].y + page.links[0].height, alpha.baseline_y);
}

TEST(ContentsLongTest, LongEntriesWrapBeforeTheNumberColumn) {
  testutil::FixedMetrics metrics;
  const PageStyle style = testing::SmallPage();
  doc::Document document;
  document.blocks.push_back(doc::Contents{});
  document.blocks.push_back(doc::Heading{1, "A heading long enough to wrap"});
  const PagedDocument out = LayoutDocument(document, metrics, style);
  EXPECT_TRUE(testing::WithinMargins(out, style, metrics));
  // 120 pt less room for "0000" in bold and a gap (26.4 + 6): 87.6 pt, 13
  // bold characters a line.
  EXPECT_EQ(FindAll(out, "A heading").size(), 1u);
  EXPECT_EQ(FindAll(out, "long enough").size(), 1u);
  EXPECT_EQ(FindAll(out, "to wrap").size(), 1u);
  // The number goes on the entry's last line.
  const std::vector<testing::Found> ones = FindAll(out, "1");
  ASSERT_EQ(ones.size(), 1u);
  EXPECT_DOUBLE_EQ(ones[0].item.baseline_y, FindOne(out, "to wrap").item.baseline_y);
}

}  // namespace
}  // namespace careplan::layout
