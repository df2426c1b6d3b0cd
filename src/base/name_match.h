// NormalizeName: the form in which names written by people (medicines,
// tests) are compared: ASCII lowercase, white space trimmed and inner runs of
// white space collapsed to one space. "  Mycophenolate   Mofetil" and
// "mycophenolate mofetil" compare equal.
#pragma once

#include <string>
#include <string_view>

namespace careplan {

std::string NormalizeName(std::string_view text);

}  // namespace careplan
