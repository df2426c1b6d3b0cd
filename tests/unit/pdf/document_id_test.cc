#include "pdf/document_id.h"

#include <gtest/gtest.h>

#include <functional>

#include "unit/pdf/sample_document.h"

namespace careplan::pdf {
namespace {

TEST(DocumentIdTest, SameDocumentSameId) {
  EXPECT_EQ(ComputeDocumentId(testing::SampleDocument()),
            ComputeDocumentId(testing::SampleDocument()));
}

TEST(DocumentIdTest, EveryPartOfTheInputCounts) {
  const DocumentId original = ComputeDocumentId(testing::SampleDocument());
  const std::vector<std::pair<std::string, std::function<void(layout::PagedDocument*)>>> changes = {
      {"page size", [](auto* d) { d->page_height = 792; }},
      {"title", [](auto* d) { d->info.title += "."; }},
      {"language", [](auto* d) { d->info.language = "vi"; }},
      {"date", [](auto* d) { d->info.creation_date = Date(2026, 11, 25); }},
      {"text", [](auto* d) { std::get<layout::TextItem>(d->pages[0].items[1]).text += "!"; }},
      {"colour", [](auto* d) { std::get<layout::TextItem>(d->pages[0].items[1]).color.r = 1; }},
      {"face",
       [](auto* d) { std::get<layout::TextItem>(d->pages[0].items[1]).face = font::Face::kBold; }},
      {"fill",
       [](auto* d) { std::get<layout::RectItem>(d->pages[1].items[4]).fill = {}; }},  // solid
      {"item order", [](auto* d) { std::swap(d->pages[0].items[1], d->pages[0].items[2]); }},
      {"link", [](auto* d) { d->pages[0].links[0].target_page = 2; }},
      {"bookmark", [](auto* d) { d->bookmarks[1].level = 1; }},
      {"empty page", [](auto* d) { d->pages.emplace_back(); }},
      // Text moved between two adjacent strings must not collide.
      {"split",
       [](auto* d) {
         d->info.subject = d->info.title.substr(1) + d->info.subject;
         d->info.title = d->info.title.substr(0, 1);
       }},
  };
  for (const auto& [what, change] : changes) {
    layout::PagedDocument document = testing::SampleDocument();
    change(&document);
    EXPECT_NE(ComputeDocumentId(document), original) << what;
  }
}

}  // namespace
}  // namespace careplan::pdf
