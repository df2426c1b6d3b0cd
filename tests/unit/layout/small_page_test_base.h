// A test fixture that lays out a document on the small page of SmallPage()
// (ten 18 pt lines a page, body from y = 60 to 240) with fixed metrics, and
// checks that everything stays inside the margins. Shared by the pagination,
// spill-page and keep-with-next tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "doc/document.h"
#include "layout/layout.h"
#include "testutil/fixed_metrics.h"
#include "unit/layout/layout_checks.h"

namespace careplan::layout::testing {

class SmallPageTest : public ::testing::Test {
 protected:
  // `count` one-line paragraphs "f1".."fN", filling count * 18 pt.
  void Fill(int count) {
    for (int i = 1; i <= count; ++i) Add(doc::Paragraph{doc::Plain("f" + std::to_string(i))});
  }
  void Add(doc::Block block) { document_.blocks.push_back(std::move(block)); }

  PagedDocument Layout() {
    PagedDocument out = LayoutDocument(document_, metrics_, style_);
    EXPECT_TRUE(WithinMargins(out, style_, metrics_));
    return out;
  }

  testutil::FixedMetrics metrics_;
  PageStyle style_ = SmallPage();
  doc::Document document_;
};

}  // namespace careplan::layout::testing
