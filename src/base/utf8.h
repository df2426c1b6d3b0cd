// UTF-8 helpers: validation with the position of the first bad byte, and
// decoding to code points for measuring and font coverage checks.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careplan {

// Byte offset of the first invalid UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// Code points of valid UTF-8; invalid bytes decode as U+FFFD.
std::u32string DecodeUtf8(std::string_view text);

void AppendUtf8(char32_t code_point, std::string* out);
std::string EncodeUtf8(std::u32string_view text);

// Number of code points (not bytes); invalid bytes count one each.
size_t CountCodePoints(std::string_view text);

}  // namespace careplan
