// The "Looking after yourself" part's weekly tracker: its heading, how to
// use it and the "Week starting" line are always on the page its chart
// starts on, wherever the part's earlier items end.
#include "compose/checklist_pages.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "layout/layout.h"
#include "layout/page_style.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using testing::PlanFixture;

// The page (0-based) of the first text item that starts with `text`, or -1.
int PageOf(const layout::PagedDocument& document, const std::string& text) {
  for (size_t p = 0; p < document.pages.size(); ++p) {
    for (const layout::PlacedItem& item : document.pages[p].items) {
      const auto* t = std::get_if<layout::TextItem>(&item);
      if (t != nullptr && t->text.rfind(text, 0) == 0) return static_cast<int>(p);
    }
  }
  return -1;
}

TEST(ChecklistPagesTest, TrackerIntroIsKeptWithItsChart) {
  PlanFixture fixture;
  for (int i = 1; i <= 5; ++i) {
    plan::ChecklistEntry entry;
    entry.text = "Daily habit number " + std::to_string(i);
    entry.daily = true;
    fixture.plan.checklist.push_back(entry);
  }
  std::vector<doc::Block> part;
  AppendChecklistPart(fixture.plan, fixture.Measure(), &part);
  const layout::PageStyle style = layout::PageStyle::Make(layout::PaperSize::kA4, false);
  // Push the tracker down a line at a time, across the foot of page 1.
  for (int filler = 0; filler < 40; ++filler) {
    doc::Document document;
    document.blocks.push_back(doc::Paragraph{doc::Plain("Start")});
    for (int i = 0; i < filler; ++i) document.blocks.push_back(doc::Paragraph{doc::Plain("x")});
    document.blocks.insert(document.blocks.end(), part.begin(), part.end());
    const layout::PagedDocument out = layout::LayoutDocument(document, fixture.metrics, style);
    const int chart = PageOf(out, "Daily habit");
    ASSERT_GE(chart, 0);
    EXPECT_EQ(PageOf(out, "My week"), chart) << filler << " lines before";
    EXPECT_EQ(PageOf(out, "How to use it"), chart) << filler << " lines before";
    EXPECT_EQ(PageOf(out, "Week starting"), chart) << filler << " lines before";
  }
}

}  // namespace
}  // namespace careplan::compose
