// Layout of the blocks that are kept whole: checklists (a drawn tick box, the
// text, and ruled lines to write on under it) and call-outs (a framed box with
// a title, paragraphs and bulleted items). Each checklist item and each
// call-out is one box; only one taller than a whole page is cut, between
// lines, into several. A call-out with may_split is one box per item instead,
// each drawing its stretch of the frame, so that it can continue overleaf.
#pragma once

#include "doc/document.h"
#include "layout/box.h"
#include "layout/layout_context.h"

namespace careplan::layout {

BlockBoxes LayoutChecklist(const doc::Checklist& checklist, const LayoutContext& context);

// A warning has a thick black frame and a bold title after a drawn warning
// sign (icon_layout.h), so it reads as a warning in black and white;
// information has a thin accent frame.
BlockBoxes LayoutCallout(const doc::Callout& callout, const LayoutContext& context);

}  // namespace careplan::layout
