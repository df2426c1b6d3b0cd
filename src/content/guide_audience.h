// Audience blocks in a guide section: a personal plan speaks to one person
// about "this plan"; a packet is handed to many people and speaks of "this
// packet". A section writes only the words that differ twice, in fenced
// blocks (see templates/README.md, 6.3):
//
//   ::: plan        what follows is printed only in a personal plan
//   ::: packet      what follows is printed only in a packet
//   ::: when COND   what follows is printed in a personal plan only when the
//                   condition (the rules' language, YAML flow) holds for the
//                   person; a packet prints it always (guide_when.h)
//   ::: plan when COND   the same, but a packet leaves it out (for words
//                   about "this plan" that hold only for some people)
//   :::             ends the block
//
// A "::: picture NAME" line is no block (picture_directive.h).
//
// Everything outside the blocks is printed in both. Blocks do not nest.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "content/guide.h"

namespace careplan::content {

struct AudienceTexts {
  std::string plan;                    // the Markdown a personal plan prints
  std::string packet;                  // the Markdown a packet prints
  bool differ = false;                 // the Markdown had audience blocks
  std::vector<WhenBlock> when_blocks;  // "::: when" blocks (lines of `plan`)
};

// Splits a section's Markdown into the plan's and the packet's text. Fence
// lines and the other audience's lines become blank lines, so that line
// numbers stay right and a block always starts a new paragraph. A fence that
// names another audience, a nested or unclosed block, or a stray ":::" is an
// error at its line (`loc` is where the Markdown starts); returns nullopt.
std::optional<AudienceTexts> SplitAudiences(std::string_view markdown, const SourceLoc& loc,
                                            Diagnostics* diagnostics);

// Fills section->body (plan) and, when the Markdown has audience blocks,
// section->packet_body.
void ConvertSectionBody(std::string_view markdown, const SourceLoc& loc, Diagnostics* diagnostics,
                        GuideSection* section);

}  // namespace careplan::content
