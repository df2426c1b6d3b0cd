// Small text helpers shared by the stage dumps (`careplan render --dump`):
// stable across machines and locales, so golden files compare byte for byte.
#pragma once

#include <string>

namespace careplan {

// Fixed two decimals whatever the locale, and never "-0.00".
std::string DumpNumber(double value);

// Text in double quotes with \ and " escaped, and newlines as \n; other
// bytes as they are.
std::string DumpQuote(const std::string& text);

}  // namespace careplan
