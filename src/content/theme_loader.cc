#include "content/theme_loader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <vector>

#include "base/safe_path.h"
#include "base/suggest.h"
#include "base/utf8.h"
#include "content/yaml_location.h"

namespace careplan::content {
namespace {

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

  void Parse(const YAML::Node& root, Theme* theme) {
    if (!root.IsMap()) {
      Error(root, "a theme is a mapping with the keys " + JoinChoices(KeyNames(), "and"));
      return;
    }
    std::set<std::string> seen;
    const std::vector<std::string> names = KeyNames();
    for (const auto& entry : root) {
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
      if (std::find(names.begin(), names.end(), key) == names.end()) {
        std::vector<std::string> hints;
        if (auto match = ClosestMatch(key, names)) {
          hints.push_back("did you mean " + Quote(*match) + "?");
        }
        Error(entry.first, "unknown key " + Quote(key) + "; expected " + JoinChoices(names),
              std::move(hints));
        continue;
      }
      if (!seen.insert(key).second) {
        Error(entry.first, "duplicate key " + Quote(key));
        continue;
      }
      // An empty value has no place of its own: point at its key.
      const YAML::Node& value = entry.second;
      const YAML::Node& at = value.IsNull() ? entry.first : entry.second;
      if (key == "organisation") theme->organisation = ReadLine(value, key);
      if (key == "contact") theme->contact = ReadLine(value, key);
      if (key == "logo") ReadLogo(value, at, theme);
      if (key == "accent_colour") ReadAccent(value, at, theme);
      if (key == "emergency_number") theme->emergency_number = ReadLine(value, key);
      if (key == "out_of_hours") theme->out_of_hours = ReadLine(value, key);
    }
  }

 private:
  void Error(const YAML::Node& node, std::string message, std::vector<std::string> hints = {}) {
    diagnostics_->Error(LocOf(node, file_), std::move(message), std::move(hints));
  }

  // One line of text; null or "" is no text.
  std::string ReadLine(const YAML::Node& value, const std::string& key) {
    if (value.IsNull()) return "";
    if (!value.IsScalar()) {
      Error(value, key + ": expected one line of text");
      return "";
    }
    const std::string& text = value.Scalar();
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

  void ReadLogo(const YAML::Node& value, const YAML::Node& at, Theme* theme) {
    if (!value.IsScalar() || value.Scalar().empty()) {
      Error(at, "logo: expected the name of a PNG or JPEG file, relative to the theme file");
      return;
    }
    const std::string& name = value.Scalar();
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

  void ReadAccent(const YAML::Node& value, const YAML::Node& at, Theme* theme) {
    const std::vector<std::string> example = {
        "write it in quotes, e.g. accent_colour: \"#1f4e79\""};
    if (value.IsNull()) {
      // accent_colour: #1f4e79 without quotes is a comment in YAML.
      Error(at, "accent_colour: expected a colour as \"#rrggbb\"",
            {"in YAML an unquoted # starts a comment: " + example[0]});
      return;
    }
    const std::optional<Color> colour =
        value.IsScalar() ? ParseHexColor(value.Scalar()) : std::nullopt;
    if (!colour) {
      Error(value,
            "accent_colour: expected a colour as \"#rrggbb\" (six hexadecimal digits), not " +
                (value.IsScalar() ? Quote(value.Scalar()) : std::string("a list or mapping")),
            example);
      return;
    }
    const double ratio = ContrastRatio(*colour, kWhite);
    if (ratio < kMinAccentContrast) {
      Error(value,
            "accent_colour: " + Quote(value.Scalar()) +
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

// yaml-cpp would read a UTF-16 file, or take a stray UTF-16 byte order mark
// for one, and so accept nonsense as an empty theme; themes are UTF-8 like
// every other file careplan reads.
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
  const YamlTextScope columns(file, text);
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& error) {
    diagnostics->Error(LocOf(error.mark, file), error.msg);
    return std::nullopt;
  }
  Theme theme;
  theme.file = file;
  if (root.IsNull()) return theme;  // an empty theme: careplan's own look
  const int errors_before = diagnostics->error_count();
  ThemeParser(file, read, diagnostics).Parse(root, &theme);
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
