// Limits of the YAML reader, the same for every file it reads (profiles and
// templates): they protect the program from oversized or hostile input, and
// each limit error names the limit. Real files stay far below them.
#pragma once

#include <cstddef>

namespace careplan::yaml {

// YAML values (scalars, lists, mappings) in one file, so that a file of tiny
// values cannot use unbounded memory. A full profile has about 2,000, the
// largest rules file about 4,000.
inline constexpr size_t kMaxYamlValues = 100000;

// Errors reported for one file; later ones are summarised in one line.
inline constexpr int kMaxErrorsPerFile = 100;

}  // namespace careplan::yaml
