// SourceLoc: where in an input file something was written. Produced by every
// reader (profiles, rules, guides); consumed by Diagnostics for messages.
#pragma once

#include <string>

namespace careplan {

struct SourceLoc {
  std::string file;  // as the user named it
  int line = 0;      // 1-based; 0 = unknown
  int column = 0;    // 1-based; 0 = unknown
};

}  // namespace careplan
