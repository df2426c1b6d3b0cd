#include "content/theme_loader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "base/safe_path.h"
#include "base/suggest.h"
#include "base/utf8.h"
#include "yaml/yaml_tree.h"
#include "yaml/yaml_value.h"

namespace careplan::content {
namespace {

using yaml::YamlNode;
using yaml::YamlValue;

constexpr yaml::FileKind kThemeFile{"a theme", "themes"};

std::string Quote(const std::string& text) { return "\"" + text + "\""; }

std::vector<std::string> KeyNames() { return {std::begin(kThemeKeys), std::end(kThemeKeys)}; }

// "#1f4e79" (either case) to a colour.
std::optional<Color> ParseHexColor(const std::string& text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  uint8_t channels[3];
  for (int i = 0; i < 3; ++i) {
    const char* begin = text.data() + 1 + 2 * i;
    if (!std::isxdigit(static_cast<unsigned char>(begin[0])) ||
        !std::isxdigit(static_cast<unsigned char>(begin[1]))) {
      return std::nullopt;
    }
    std::from_chars(begin, begin + 2, channels[i], 16);
  }
  return Color{channels[0], channels[1], channels[2]};
}

std::string FormatRatio(double ratio) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", std::floor(ratio * 100) / 100);
  return buffer;
}

class ThemeParser {
 public:
  ThemeParser(const std::string& file, const FileReader& read, Diagnostics* diagnostics)
      : file_(file), read_(read), diagnostics_(diagnostics) {}

  void Parse(YamlValue root, Theme* theme) {
    if (!root.is_mapping()) {
      Error(root, "a theme is a mapping with the keys " + JoinChoices(KeyNames(), "and"));
      return;
    }
    const std::vector<std::string> names = KeyNames();
    for (const yaml::YamlEntry& entry : root.entries()) {
      const std::string& key = YamlValue(entry.key).text();
      if (std::find(names.begin(), names.end(), key) == names.end()) {
        std::vector<std::string> hints;
        if (auto match = ClosestMatch(key, names)) {
          hints.push_back("did you mean " + Quote(*match) + "?");
        }
        Error(entry.key, "unknown key " + Quote(key) + "; expected " + JoinChoices(names),
              std::move(hints));
        continue;
      }
      // An empty value has no place of its own: point at its key.
      const YamlValue value = entry.value;
      const YamlValue at = value.is_null() ? entry.key : entry.value;
      if (key == "organisation") theme->organisation = ReadLine(value, key);
      if (key == "contact") theme->contact = ReadLine(value, key);
      if (key == "logo") ReadLogo(value, at, theme);
      if (key == "accent_colour") ReadAccent(value, at, theme);
      if (key == "emergency_number") theme->emergency_number = ReadLine(value, key);
      if (key == "out_of_hours") theme->out_of_hours = ReadLine(value, key);
    }
  }

 private:
  void Error(YamlValue node, std::string message, std::vector<std::string> hints = {}) {
    diagnostics_->Error(yaml::MakeLoc(file_, node), std::move(message), std::move(hints));
  }

  // One line of text; null or "" is no text.
  std::string ReadLine(YamlValue value, const std::string& key) {
    if (value.is_null()) return "";
    if (!value.is_scalar()) {
      Error(value, key + ": expected one line of text");
      return "";
    }
    const std::string& text = value.text();
    if (FindInvalidUtf8(text)) {
      Error(value, key + ": is not valid UTF-8 text");
      return "";
    }
    if (std::any_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
      Error(value, key + ": must be one line, without tabs or control characters");
      return "";
    }
    return text;
  }

  void ReadLogo(YamlValue value, YamlValue at, Theme* theme) {
    if (value.text().empty()) {
      Error(at, "logo: expected the name of a PNG or JPEG file, relative to the theme file");
      return;
    }
    const std::string& name = value.text();
    const std::string what = "logo: " + Quote(name);
    std::string folder = std::filesystem::path(file_).parent_path().string();
    // push_back, not folder = ".": GCC 12 at -O2 and above reports a false
    // -Wrestrict for assigning a one-character literal (GCC bug 105329).
    if (folder.empty()) folder.push_back('.');
    std::string path;
    if (Status status = ResolveInside(folder, name, &path); !status.ok()) {
      if (status.code() == Status::Code::kInvalidArgument) {
        Error(value, what + " is outside the theme's folder",
              {"put the logo in the theme's folder (or a folder inside it) and name it from "
               "there"});
      } else {
        Error(value, what + " cannot be found: " + status.message());
      }
      return;
    }
    std::string bytes;
    if (Status status = read_(path, &bytes); !status.ok()) {
      Error(value, what + (status.code() == Status::Code::kNotFound
                               ? std::string(" does not exist")
                               : " cannot be read: " + status.message()));
      return;
    }
    Status status;
    theme->logo = CheckedImage::Check(bytes, &status);
    if (!status.ok()) {
      Error(value, what + " " + status.message());
      return;
    }
    theme->logo_name = name;
  }

  void ReadAccent(YamlValue value, YamlValue at, Theme* theme) {
    const std::vector<std::string> example = {
        "write it in quotes, e.g. accent_colour: \"#1f4e79\""};
    if (value.is_null()) {
      // accent_colour: #1f4e79 without quotes is a comment in YAML.
      Error(at, "accent_colour: expected a colour as \"#rrggbb\"",
            {"in YAML an unquoted # starts a comment: " + example[0]});
      return;
    }
    const std::optional<Color> colour =
        value.is_scalar() ? ParseHexColor(value.text()) : std::nullopt;
    if (!colour) {
      Error(value,
            "accent_colour: expected a colour as \"#rrggbb\" (six hexadecimal digits), not " +
                (value.is_scalar() ? Quote(value.text()) : std::string("a list or mapping")),
            example);
      return;
    }
    const double ratio = ContrastRatio(*colour, kWhite);
    if (ratio < kMinAccentContrast) {
      Error(value,
            "accent_colour: " + Quote(value.text()) +
                " is too light to read as text on white: "
                "its contrast ratio is " +
                FormatRatio(ratio) + ":1 and must be at least 4.5:1",
            {"choose a darker shade, e.g. \"#1f4e79\" (" +
             FormatRatio(ContrastRatio(Theme().accent, kWhite)) + ":1)"});
      return;
    }
    theme->accent = *colour;
  }

  const std::string& file_;
  const FileReader& read_;
  Diagnostics* diagnostics_;
};

// A UTF-16 file, or a stray UTF-16 byte order mark, must not read as
// nonsense; themes are UTF-8 like every other file careplan reads. Checked
// here, before the YAML reader, so that the messages name themes.
bool CheckUtf8(const std::string& text, const std::string& file, Diagnostics* diagnostics) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    diagnostics->Error(SourceLoc{file, 1, 1}, "the file is in UTF-16; themes are UTF-8",
                       {"save the file as UTF-8"});
    return false;
  }
  const auto bad = FindInvalidUtf8(text);
  if (!bad) return true;
  const size_t newline = text.rfind('\n', *bad);
  const size_t line_start = newline == std::string::npos ? 0 : newline + 1;
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + *bad, '\n'));
  const int column = 1 + static_cast<int>(*bad - line_start);
  diagnostics->Error(SourceLoc{file, line, column}, "invalid UTF-8",
                     {"save the file as UTF-8; it may be in Latin-1 or Windows-1252"});
  return false;
}

}  // namespace

std::optional<Theme> ParseTheme(const std::string& text, const std::string& file,
                                const FileReader& read, Diagnostics* diagnostics) {
  if (!CheckUtf8(text, file, diagnostics)) return std::nullopt;
  const int errors_before = diagnostics->error_count();
  const std::optional<YamlNode> root = yaml::ReadYamlText(text, file, diagnostics, kThemeFile);
  if (!root) return std::nullopt;
  Theme theme;
  theme.file = file;
  if (root->is_null()) {  // an empty theme: careplan's own look
    if (diagnostics->error_count() > errors_before) return std::nullopt;
    return theme;
  }
  ThemeParser(file, read, diagnostics).Parse(*root, &theme);
  if (diagnostics->error_count() > errors_before) return std::nullopt;
  return theme;
}

std::optional<Theme> LoadTheme(const std::string& file, const FileReader& read,
                               Diagnostics* diagnostics) {
  std::string text;
  if (Status status = read(file, &text); !status.ok()) {
    diagnostics->Error(SourceLoc{file, 0, 0}, status.message());
    return std::nullopt;
  }
  return ParseTheme(text, file, read, diagnostics);
}

}  // namespace careplan::content
