// A call-out with may_split (the same-day signs) runs onto the next page
// between items rather than leaving the rest of a page empty; its frame
// closes at the foot of the first page and its title returns, "(continued)",
// at the top of the next. A call-out without it moves whole, unless it is
// taller than half a page.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <variant>

#include "unit/layout/small_page_test_base.h"

namespace careplan::layout {
namespace {

using testing::FindAll;
using testing::FindOne;
using testing::Found;

class SplitCalloutTest : public testing::SmallPageTest {
 protected:
  void AddCallout(bool may_split, int items = 6) {
    doc::Callout callout;
    callout.title = "Same day";
    for (int i = 1; i <= items; ++i) callout.items.push_back(doc::Plain("s" + std::to_string(i)));
    callout.may_split = may_split;
    Add(std::move(callout));
  }

  // The lowest horizontal rule on a page that is at least `width` long.
  static double LowestRule(const Page& page, double width) {
    double lowest = -1;
    for (const PlacedItem& item : page.items) {
      const auto* line = std::get_if<LineItem>(&item);
      if (line && line->y1 == line->y2 && line->x2 - line->x1 >= width) {
        lowest = std::max(lowest, line->y1);
      }
    }
    return lowest;
  }
};

TEST_F(SplitCalloutTest, RunsOntoTheNextPageBetweenItemsWithItsTitleRepeated) {
  Fill(4);
  AddCallout(true);
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 2u);
  // The title, then again at the top of page 2 (on this narrow page,
  // "(continued)" wraps onto a line of its own).
  const std::vector<Found> titles = FindAll(out, "Same day");
  ASSERT_EQ(titles.size(), 2u);
  EXPECT_EQ(titles[0].page, 0);
  EXPECT_EQ(titles[1].page, 1);
  EXPECT_EQ(FindOne(out, "s1").page, 0);
  EXPECT_EQ(FindOne(out, "s2").page, 0);
  EXPECT_EQ(FindOne(out, "s6").page, 1);
  const Found continued = FindOne(out, "(continued)");
  EXPECT_EQ(continued.page, 1);
  EXPECT_LT(continued.item.baseline_y, FindOne(out, "s6").item.baseline_y);
  // The frame is closed under the last item of page 1, inside the body.
  double last_baseline = 0;
  for (int i = 1; i <= 6; ++i) {
    const Found item = FindOne(out, "s" + std::to_string(i));
    if (item.page == 0) last_baseline = std::max(last_baseline, item.item.baseline_y);
  }
  const double foot = LowestRule(out.pages[0], 100);
  EXPECT_GT(foot, last_baseline);
  EXPECT_LE(foot, 240);
}

TEST_F(SplitCalloutTest, ACalloutWithoutMaySplitNoTallerThanHalfAPageMovesWhole) {
  Fill(8);
  AddCallout(false, 2);
  const PagedDocument out = Layout();
  EXPECT_EQ(FindOne(out, "Same day").page, 1);
  EXPECT_EQ(FindOne(out, "s1").page, 1);
  EXPECT_EQ(FindOne(out, "s2").page, 1);
  EXPECT_TRUE(FindAll(out, "Same day (continued)").empty());
}

// The emergency signs in large print can be taller than a page: moving them
// whole to a new page would leave page 1 nearly empty and split them anyway,
// so they run on from where they start, as a may_split call-out does.
TEST_F(SplitCalloutTest, ACalloutTallerThanAPageStartsWhereItIsAndRunsOn) {
  Fill(4);
  AddCallout(false, 14);
  const PagedDocument out = Layout();
  const std::vector<Found> titles = FindAll(out, "Same day");
  ASSERT_GE(titles.size(), 2u);  // repeated on each page it reaches
  EXPECT_EQ(titles[0].page, 0);
  EXPECT_EQ(FindOne(out, "s1").page, 0);
  EXPECT_EQ(FindOne(out, "s2").page, 0);
  EXPECT_FALSE(FindAll(out, "(continued)").empty());
  EXPECT_EQ(FindOne(out, "s14").page, static_cast<int>(out.pages.size()) - 1);
}

TEST_F(SplitCalloutTest, AShortCalloutThatFitsIsOneFrameWithNoRepeatedTitle) {
  Fill(1);
  AddCallout(true);
  const PagedDocument out = Layout();
  ASSERT_EQ(out.pages.size(), 1u);
  EXPECT_TRUE(FindAll(out, "Same day (continued)").empty());
  EXPECT_GT(LowestRule(out.pages[0], 100), FindOne(out, "s6").item.baseline_y);
}

}  // namespace
}  // namespace careplan::layout
