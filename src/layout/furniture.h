// Page furniture, added to every page after pagination: the running header
// (info.header_left at the top left, info.header_right at the top right, a
// thin rule under them) above the top margin, and the footer (info.footer_left
// at the left, "Page X of Y" at the right) below the bottom margin, all in the
// small size. The header's left text (who the plan is for) is never cut
// short: when it and the right text do not share one line, the header takes
// two or three lines and the body starts lower (HeaderExtraHeight). Other
// texts too long for their room are cut short with "…".
#pragma once

#include <string>
#include <string_view>

#include "layout/layout_context.h"
#include "layout/paged_document.h"

namespace careplan::layout {

// REQUIRES: context's top margin already includes HeaderExtraHeight.
void AddPageFurniture(const LayoutContext& context, PagedDocument* document);

// How much lower the body must start so that a header of several lines fits
// above it (0 when the header fits on one line).
double HeaderExtraHeight(const doc::DocumentInfo& info, const LayoutContext& context);

// `text` on one line (newlines and tabs become spaces), cut short with an
// ellipsis so that it is at most max_width wide at size_pt. Never cuts
// inside a UTF-8 sequence nor before a combining mark.
std::string FitText(std::string_view text, font::Face face, double size_pt, double max_width,
                    const LayoutContext& context);

}  // namespace careplan::layout
