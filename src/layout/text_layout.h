// Layout of the running-text blocks: headings, paragraphs, bulleted and
// numbered lists, and ruled lines to write on. Each returns the block's boxes
// with their keep rules (see box.h); the flow decides the gaps between blocks.
#pragma once

#include "doc/document.h"
#include "layout/box.h"
#include "layout/layout_context.h"

namespace careplan::layout {

// A list item of at most this many lines is one box (kept on one page);
// longer items break between lines like a paragraph.
inline constexpr size_t kMaxKeptItemLines = 5;

// Level is clamped to 1..3. `anchor` (or -1) marks the box for bookmarks and
// contents links. The heading keeps two lines of what follows with it.
BlockBoxes LayoutHeading(const doc::Heading& heading, int anchor, const LayoutContext& context);

BlockBoxes LayoutParagraph(const doc::Paragraph& paragraph, const LayoutContext& context);

BlockBoxes LayoutList(const doc::List& list, const LayoutContext& context);

BlockBoxes LayoutWriteInLines(const doc::WriteInLines& lines, const LayoutContext& context);

// Bulleted items inside a narrower column (call-outs): one box per line, the
// marker on the first line of each item, text at x + indent.
std::vector<Box> BulletLineBoxes(const std::vector<doc::RichText>& items, double x, double width,
                                 const LayoutContext& context);

}  // namespace careplan::layout
