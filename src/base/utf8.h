// UTF-8 helpers: validation with the position of the first bad byte,
// decoding to code points for measuring and font coverage checks, Unicode
// NFC normalisation (through utf8proc, which stays inside utf8.cc) and the
// classes of invisible characters that must not reach a terminal or the PDF
// metadata unseen.
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

// `text` in Unicode Normalization Form C: a letter followed by a combining
// accent (as macOS writes file names and some editors save text) becomes the
// one precomposed letter that fonts have a glyph for. Invalid UTF-8 is
// returned unchanged.
std::string NormalizeNfc(std::string_view text);

// C0 controls (U+0000-U+001F), DEL (U+007F) and C1 controls (U+0080-U+009F).
bool IsControlCharacter(char32_t code_point);

// The invisible characters that change the direction text is displayed in:
// U+061C, U+200E, U+200F, U+202A-U+202E and U+2066-U+2069.
bool IsBidiControl(char32_t code_point);

}  // namespace careplan
