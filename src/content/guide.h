// Guide: a patient guide split into sections, each with the condition that
// says when it applies to a person. Loaded from templates/guides/<id>/ by
// LoadGuide (guide_loader.h); sections are chosen per person by selection.
#pragma once

#include <string>
#include <vector>

#include "base/source_loc.h"
#include "content/condition.h"
#include "doc/document.h"

namespace careplan::content {

struct GuideSection {
  std::string id;
  std::string title;
  Condition applies_when;
  std::vector<std::string> sources;  // source ids from rules/sources.yaml
  std::vector<doc::Block> body;      // from the section's Markdown
  SourceLoc loc;                     // the section file
};

struct Guide {
  std::string id;
  std::string title;
  std::string language;
  std::string version;
  std::string review_date;
  std::vector<std::string> sources;
  std::vector<GuideSection> sections;  // in the guide's order

  const GuideSection* FindSection(const std::string& id) const;
  std::vector<std::string> SectionIds() const;
};

struct GuideEntry {
  std::string id;
  std::string title;
  std::string language;
};

// templates/guides/index.yaml
struct GuideIndex {
  std::string default_guide;
  std::vector<GuideEntry> guides;
};

}  // namespace careplan::content
