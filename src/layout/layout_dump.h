// DumpLayout: a readable, deterministic text form of a PagedDocument — every
// page's items, links and the bookmarks, numbers rounded to 0.01 pt — for
// golden tests and `--dump=layout`. Page numbers in it count from 1, as
// printed.
#pragma once

#include <ostream>

#include "layout/paged_document.h"

namespace careplan::layout {

void DumpLayout(const PagedDocument& document, std::ostream& out);

}  // namespace careplan::layout
