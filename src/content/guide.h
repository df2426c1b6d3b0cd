// Guide: a patient guide split into sections, each with the condition that
// says when it applies to a person. Loaded from templates/guides/<id>/ by
// LoadGuide (guide_loader.h); sections are chosen per person by selection.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/source_loc.h"
#include "content/condition.h"
#include "doc/document.h"
#include "profile/profile.h"

namespace careplan::content {

// A "::: when CONDITION" block in a section's Markdown (guide_when.h): its
// lines print in a personal plan only when the condition holds for the person.
struct WhenBlock {
  Condition when;
  int first_line = 0;  // 0-based line indexes into the Markdown: [first_line, end_line)
  int end_line = 0;
};

struct GuideSection {
  std::string id;
  std::string title;
  Condition applies_when;
  std::vector<std::string> sources;  // source ids from rules/sources.yaml
  std::vector<doc::Block> body;      // from the section's Markdown, as a personal plan prints it
  SourceLoc loc;                     // the section file
  // As a packet prints it, when the Markdown has "::: plan" / "::: packet"
  // blocks (guide_audience.h); otherwise a packet prints `body`.
  std::optional<std::vector<doc::Block>> packet_body = std::nullopt;
  // The "::: when" blocks, and the plan's Markdown they index (kept only when
  // there are some), from `body_loc`. `body` holds every block's text.
  std::vector<WhenBlock> when_blocks = {};
  std::string plan_markdown = {};
  SourceLoc body_loc = {};

  // The body printed in a document made from a profile of this kind.
  const std::vector<doc::Block>& BodyFor(profile::ProfileKind kind) const;
};

struct Guide {
  std::string id;
  std::string title;  // for everyone: plans, packets, the index
  // guide.yaml's optional `treatment_resistant_title`: the title a personal
  // plan prints for someone whose scleroderma is treatment-resistant. Others
  // get `title`, so that a newly diagnosed reader is not told by the title
  // that their disease resists treatment.
  std::string treatment_resistant_title;
  std::string language;
  std::string version;
  std::string review_date;
  std::vector<std::string> sources;
  std::vector<GuideSection> sections;  // in the guide's order
  // The folder of this guide's rules and vocabulary: guide.yaml's `rules`
  // (relative to the guide's folder), or empty for the templates' rules/.
  std::string rules_dir;

  // The title printed in a document made from `profile`.
  const std::string& PrintedTitle(const profile::Profile& profile) const;
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
