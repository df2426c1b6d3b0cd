#include "content/guide_when.h"

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "content/markdown.h"

namespace careplan::content {

std::optional<std::vector<doc::Block>> PersonalBody(const GuideSection& section,
                                                    const PersonFacts& facts) {
  if (facts.is_packet) return std::nullopt;
  std::vector<const WhenBlock*> dropped;
  for (const WhenBlock& block : section.when_blocks) {
    if (!EvaluateCondition(block.when, facts)) dropped.push_back(&block);
  }
  if (dropped.empty()) return std::nullopt;
  // Blank the dropped lines (keeping line numbers) and convert again; the
  // loader already reported every problem of this Markdown.
  std::string text;
  std::string_view rest = section.plan_markdown;
  for (int line = 0; !rest.empty(); ++line) {
    const size_t end = rest.find('\n');
    const size_t length = end == std::string_view::npos ? rest.size() : end + 1;
    bool keep = true;
    for (const WhenBlock* block : dropped) {
      if (line >= block->first_line && line < block->end_line) keep = false;
    }
    text += keep ? rest.substr(0, length) : std::string_view("\n");
    rest.remove_prefix(length);
  }
  Diagnostics ignored;
  return ConvertMarkdown(text, section.body_loc, &ignored);
}

}  // namespace careplan::content
