// Face: which of the bundled font faces a run of text uses.
#pragma once

namespace careplan::font {

enum class Face { kRegular, kBold };

}  // namespace careplan::font
