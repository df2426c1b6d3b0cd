// Plain words for YAML syntax errors. yaml-cpp names the rule it tripped on
// ("illegal map value", "end of map not found") and often notices a mistake
// a line later than it was made. This layer looks at the source text around
// the error for the usual causes and says what is wrong, where it is:
// a U+00A0 non-breaking space where YAML needs a space, quoted text not
// closed on its line (at the opening quote), a missing space after a key's
// colon (`name:Anna`), and a list entry without its "- ". Anything else gets
// yaml-cpp's message in plain words at yaml-cpp's position. Used by
// ReadYamlTree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "yaml/source_text.h"

namespace careplan::yaml {

struct SyntaxProblem {
  TextPosition position;
  std::string message;
  std::vector<std::string> hints;
};

// Explains the error yaml-cpp reported as `parser_message` at 0-based line
// `line0`, byte column `byte_column`.
SyntaxProblem ExplainSyntaxError(const SourceText& source, int line0, int byte_column,
                                 std::string_view parser_message);

// The byte column of a U+00A0 non-breaking space in `line` where YAML needs
// an ordinary space (in the indentation, or right after a ':' or "-"), if any.
std::optional<size_t> FindMisplacedNbsp(std::string_view line);

inline constexpr std::string_view kNbspMessage =
    "a U+00A0 non-breaking space is used here; YAML needs an ordinary space";
inline constexpr std::string_view kNbspHint =
    "delete it and type an ordinary space (word processors and some keyboards put in "
    "non-breaking ones)";

}  // namespace careplan::yaml
