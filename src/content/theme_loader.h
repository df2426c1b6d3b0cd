// Reading a theme file: a YAML mapping with the optional keys organisation,
// contact, logo and accent_colour (the format is in templates/README.md,
// "Themes"). The logo is named relative to the theme file and must lie in the
// theme's folder; it is read and checked (CheckedImage) here, once. Every
// problem is reported, FILE:LINE:COLUMN, in one go; unknown keys get a "did
// you mean" hint.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "base/file_reader.h"
#include "content/theme.h"

namespace careplan::content {

// The keys a theme file may have, in the order the README lists them.
inline constexpr const char* kThemeKeys[] = {"organisation",  "contact",          "logo",
                                             "accent_colour", "emergency_number", "out_of_hours"};

// Parses a theme file's text; `file` names it in messages and locates the
// logo (relative to its folder). Reads the logo with `read`.
std::optional<Theme> ParseTheme(const std::string& text, const std::string& file,
                                const FileReader& read, Diagnostics* diagnostics);

// Reads and parses the theme file `file`.
std::optional<Theme> LoadTheme(const std::string& file, const FileReader& read,
                               Diagnostics* diagnostics);

}  // namespace careplan::content
