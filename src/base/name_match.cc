#include "base/name_match.h"

#include <cctype>

namespace careplan {

std::string NormalizeName(std::string_view text) {
  std::string result;
  bool pending_space = false;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isspace(byte)) {
      pending_space = !result.empty();
      continue;
    }
    if (pending_space) result += ' ';
    pending_space = false;
    result += static_cast<char>(std::tolower(byte));
  }
  return result;
}

}  // namespace careplan
