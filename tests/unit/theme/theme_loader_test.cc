// Theme files: a good theme, the shipped ones, and every error with its
// exact text and location, reported all at once.
#include "content/theme_loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "unit/theme/image_fixtures.h"

namespace careplan::content {
namespace {

namespace fs = std::filesystem;

const std::string kThemesDir = std::string(CAREPLAN_SOURCE_DIR) + "/templates/themes";
// In-memory files live under a folder that does not exist on disk, so that
// path resolution is purely lexical.
const std::string kDir = "/careplan-test-nowhere/themes";
const std::string kFile = kDir + "/clinic.yaml";

FileReader MemoryFiles(std::map<std::string, std::string> files) {
  return [files = std::move(files)](const std::string& path, std::string* text) {
    const auto found = files.find(path);
    if (found == files.end()) return Status::NotFound(path + ": no such file");
    *text = found->second;
    return Status::Ok();
  };
}

std::string Logo() {
  testing::PngSpec spec;
  spec.width = 400;
  spec.height = 100;
  spec.colour_type = 6;
  return testing::MakePng(spec);
}

// Loads `text` as kFile, with a logo at kDir/logo.png; returns the
// diagnostics text ("" when there are none) and the theme in *theme.
std::string Load(const std::string& text, std::optional<Theme>* theme = nullptr,
                 std::map<std::string, std::string> files = {{kDir + "/logo.png", Logo()}}) {
  Diagnostics diagnostics;
  auto loaded = ParseTheme(text, kFile, MemoryFiles(std::move(files)), &diagnostics);
  EXPECT_EQ(loaded.has_value(), !diagnostics.has_errors());
  if (theme) *theme = std::move(loaded);
  return FormatDiagnostics(diagnostics);
}

TEST(ThemeLoaderTest, ReadsEveryKey) {
  std::optional<Theme> theme;
  EXPECT_EQ(Load("# A clinic\n"
                 "organisation: \"Riverside Clinic\"\n"
                 "contact: \"020 7946 0958\"\n"
                 "logo: logo.png\n"
                 "accent_colour: \"#0B5E57\"\n",
                 &theme),
            "");
  ASSERT_TRUE(theme);
  EXPECT_EQ(theme->file, kFile);
  EXPECT_EQ(theme->organisation, "Riverside Clinic");
  EXPECT_EQ(theme->contact, "020 7946 0958");
  ASSERT_TRUE(theme->logo);
  EXPECT_EQ(theme->logo_name, "logo.png");
  EXPECT_EQ(theme->logo->info().width_px, 400);
  EXPECT_EQ(theme->logo->info().height_px, 100);
  EXPECT_EQ(theme->accent, (Color{0x0b, 0x5e, 0x57}));
}

TEST(ThemeLoaderTest, EveryKeyIsOptional) {
  std::optional<Theme> theme;
  EXPECT_EQ(Load("", &theme), "");
  ASSERT_TRUE(theme);
  EXPECT_EQ(theme->organisation, "");
  EXPECT_FALSE(theme->logo);
  EXPECT_EQ(theme->accent, (Color{0x1f, 0x4e, 0x79}));
  EXPECT_EQ(Load("# only a comment\n", &theme), "");
  EXPECT_EQ(Load("organisation:\ncontact: \"\"\n", &theme), "");
  EXPECT_EQ(theme->organisation, "");
}

TEST(ThemeLoaderTest, LogoInASubfolder) {
  std::optional<Theme> theme;
  EXPECT_EQ(Load("logo: images/logo.png\n", &theme, {{kDir + "/images/logo.png", Logo()}}), "");
  ASSERT_TRUE(theme && theme->logo);
  EXPECT_EQ(Load("logo: \"./images/../logo.png\"\n", &theme), "");
}

TEST(ThemeLoaderTest, ShippedDefaultThemeIsCareplansOwnLook) {
  Diagnostics diagnostics;
  const auto theme = LoadTheme(kThemesDir + "/default.yaml", DiskFileReader(), &diagnostics);
  ASSERT_TRUE(theme) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(diagnostics.items().size(), 0u);
  EXPECT_EQ(theme->organisation, "");
  EXPECT_EQ(theme->contact, "");
  EXPECT_FALSE(theme->logo);
  EXPECT_EQ(theme->accent, Theme().accent);
}

TEST(ThemeLoaderTest, ShippedExampleThemeHasItsLogo) {
  Diagnostics diagnostics;
  const auto theme = LoadTheme(kThemesDir + "/example-clinic.yaml", DiskFileReader(), &diagnostics);
  ASSERT_TRUE(theme) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(theme->organisation, "Riverside Scleroderma Clinic");
  ASSERT_TRUE(theme->logo);
  EXPECT_EQ(theme->logo->info().format, ImageFormat::kPng);
  EXPECT_EQ(theme->logo->info().width_px, 480);
  EXPECT_EQ(theme->logo->info().height_px, 240);
  EXPECT_GE(ContrastRatio(theme->accent, kWhite), kMinAccentContrast);
}

TEST(ThemeLoaderTest, UnknownKeysWithDidYouMean) {
  EXPECT_EQ(Load("organization: X\nlogo_file: logo.png\ncolour: \"#000000\"\n"),
            kFile +
                ":1:1: error: unknown key \"organization\"; expected organisation, contact, logo, "
                "accent_colour, emergency_number or out_of_hours\n  hint: did you mean "
                "\"organisation\"?\n" +
                kFile +
                ":2:1: error: unknown key \"logo_file\"; expected organisation, contact, logo, "
                "accent_colour, emergency_number or out_of_hours\n" +
                kFile +
                ":3:1: error: unknown key \"colour\"; expected organisation, contact, logo, "
                "accent_colour, emergency_number or out_of_hours\n");
}

// The YAML reader (src/yaml) reports a key written twice, as in profiles.
TEST(ThemeLoaderTest, DuplicateKey) {
  EXPECT_EQ(Load("organisation: A\norganisation: B\n"),
            kFile +
                ":2:1: error: duplicate key \"organisation\" (first written on line 1)\n"
                "  hint: each key may appear once in a mapping; remove or merge one of them\n");
}

// Columns count characters: "Hôpital Sainte-Thérèse" is 22 characters and
// 25 bytes.
TEST(ThemeLoaderTest, ColumnsCountCharacters) {
  EXPECT_EQ(Load("{organisation: \"Hôpital Sainte-Thérèse\", contact: [a]}\n"),
            kFile + ":1:51: error: contact: expected one line of text\n");
  EXPECT_EQ(Load("organisation: \"Hôpital Sainte-Thérèse\"\norganisation: B\n"),
            kFile +
                ":2:1: error: duplicate key \"organisation\" (first written on line 1)\n"
                "  hint: each key may appear once in a mapping; remove or merge one of them\n");
}

TEST(ThemeLoaderTest, NotAMapping) {
  EXPECT_EQ(Load("- organisation\n- logo\n"),
            kFile +
                ":1:1: error: a theme is a mapping with the keys organisation, contact, logo, "
                "accent_colour, emergency_number and out_of_hours\n");
}

// Syntax errors read in the same plain words as in a profile.
TEST(ThemeLoaderTest, YamlSyntaxError) {
  EXPECT_EQ(Load("organisation: [a, b\n"),
            kFile +
                ":2:1: error: a list that starts with [ is not closed\n"
                "  hint: a list that starts with [ must end with ]\n");
  EXPECT_EQ(
      Load("organisation: x\n  contact: y\n"),
      kFile +
          ":2:10: error: this \":\" cannot start a value here\n"
          "  hint: text that contains \": \" must be in quotes; otherwise check the indentation "
          "of this line and the one before\n");
}

// yaml-cpp alone takes "\xFF\xFE" for a UTF-16 byte order mark and the
// file for an empty (so valid) theme.
TEST(ThemeLoaderTest, TextMustBeUtf8) {
  EXPECT_EQ(Load("\xFF\xFE"), kFile +
                                  ":1:1: error: the file is in UTF-16; themes are UTF-8\n"
                                  "  hint: save the file as UTF-8\n");
  EXPECT_EQ(Load("organisation: x\ncontact: caf\xE9\n"),
            kFile +
                ":2:13: error: invalid UTF-8\n"
                "  hint: save the file as UTF-8; it may be in Latin-1 or Windows-1252\n");
}

TEST(ThemeLoaderTest, TextMustBeOneLine) {
  EXPECT_EQ(Load("organisation: [a, b]\ncontact: \"line one\\nline two\"\n"),
            kFile + ":1:15: error: organisation: expected one line of text\n" + kFile +
                ":2:10: error: contact: must be one line, without tabs or control characters\n");
}

TEST(ThemeLoaderTest, AccentContrastRule) {
  // #767676 is the lightest grey with 4.5:1 on white; #777777 is just below.
  EXPECT_EQ(Load("accent_colour: \"#767676\"\n"), "");
  EXPECT_EQ(Load("accent_colour: \"#777777\"\n"),
            kFile +
                ":1:16: error: accent_colour: \"#777777\" is too light to read as text on white: "
                "its contrast ratio is 4.47:1 and must be at least 4.5:1\n"
                "  hint: choose a darker shade, e.g. \"#1f4e79\" (8.66:1)\n");
  EXPECT_EQ(Load("accent_colour: \"#FFFF00\"\n"),
            kFile +
                ":1:16: error: accent_colour: \"#FFFF00\" is too light to read as text on white: "
                "its contrast ratio is 1.07:1 and must be at least 4.5:1\n"
                "  hint: choose a darker shade, e.g. \"#1f4e79\" (8.66:1)\n");
  EXPECT_EQ(Load("accent_colour: \"#000000\"\n"), "");
}

TEST(ThemeLoaderTest, AccentFormat) {
  EXPECT_EQ(Load("accent_colour: blue\n"),
            kFile +
                ":1:16: error: accent_colour: expected a colour as \"#rrggbb\" (six hexadecimal "
                "digits), not \"blue\"\n"
                "  hint: write it in quotes, e.g. accent_colour: \"#1f4e79\"\n");
  EXPECT_EQ(Load("accent_colour: \"#12345g\"\n"),
            kFile +
                ":1:16: error: accent_colour: expected a colour as \"#rrggbb\" (six hexadecimal "
                "digits), not \"#12345g\"\n"
                "  hint: write it in quotes, e.g. accent_colour: \"#1f4e79\"\n");
  // Without quotes, # starts a YAML comment and the value is empty.
  EXPECT_EQ(Load("accent_colour: #1f4e79\n"),
            kFile +
                ":1:1: error: accent_colour: expected a colour as \"#rrggbb\"\n"
                "  hint: in YAML an unquoted # starts a comment: write it in quotes, e.g. "
                "accent_colour: \"#1f4e79\"\n");
}

TEST(ThemeLoaderTest, LogoOutsideTheFolder) {
  const std::string hint =
      "  hint: put the logo in the theme's folder (or a folder inside it) and name it from "
      "there\n";
  EXPECT_EQ(
      Load("logo: \"../../etc/passwd\"\n"),
      kFile + ":1:7: error: logo: \"../../etc/passwd\" is outside the theme's folder\n" + hint);
  EXPECT_EQ(Load("logo: /etc/passwd\n"),
            kFile + ":1:7: error: logo: \"/etc/passwd\" is outside the theme's folder\n" + hint);
  EXPECT_EQ(Load("logo: images/../../logo.png\n"),
            kFile + ":1:7: error: logo: \"images/../../logo.png\" is outside the theme's folder\n" +
                hint);
}

TEST(ThemeLoaderTest, LogoMissingOrBad) {
  EXPECT_EQ(Load("logo: missing.png\n"),
            kFile + ":1:7: error: logo: \"missing.png\" does not exist\n");
  EXPECT_EQ(Load("logo:\n"),
            kFile +
                ":1:1: error: logo: expected the name of a PNG or JPEG file, relative to the "
                "theme file\n");
  EXPECT_EQ(Load("logo: logo.gif\n", nullptr, {{kDir + "/logo.gif", "GIF89a...."}}),
            kFile + ":1:7: error: logo: \"logo.gif\" is a GIF file, not a PNG or JPEG image\n");
  std::string cut = Logo();
  cut.resize(cut.size() / 2);
  EXPECT_EQ(Load("logo: logo.png\n", nullptr, {{kDir + "/logo.png", cut}}),
            kFile +
                ":1:7: error: logo: \"logo.png\" is a damaged PNG: it ends inside the IDAT chunk "
                "(is it cut short?)\n");
  EXPECT_EQ(Load("logo: logo.png\n", nullptr, {{kDir + "/logo.png", ""}}),
            kFile + ":1:7: error: logo: \"logo.png\" is empty\n");
}

TEST(ThemeLoaderTest, EveryProblemIsReportedAtOnce) {
  EXPECT_EQ(Load("organisaton: Riverside\n"
                 "logo: ../logo.png\n"
                 "accent_colour: \"#eeeeee\"\n"
                 "contact: {phone: 1}\n"),
            kFile +
                ":1:1: error: unknown key \"organisaton\"; expected organisation, contact, logo, "
                "accent_colour, emergency_number or out_of_hours\n  hint: did you mean "
                "\"organisation\"?\n" +
                kFile + ":2:7: error: logo: \"../logo.png\" is outside the theme's folder\n" +
                "  hint: put the logo in the theme's folder (or a folder inside it) and name it "
                "from there\n" +
                kFile +
                ":3:16: error: accent_colour: \"#eeeeee\" is too light to read as text on white: "
                "its contrast ratio is 1.16:1 and must be at least 4.5:1\n"
                "  hint: choose a darker shade, e.g. \"#1f4e79\" (8.66:1)\n" +
                kFile + ":4:10: error: contact: expected one line of text\n");
}

TEST(ThemeLoaderTest, MissingThemeFile) {
  Diagnostics diagnostics;
  EXPECT_FALSE(LoadTheme(kDir + "/none.yaml", MemoryFiles({}), &diagnostics));
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            kDir + "/none.yaml: error: " + kDir + "/none.yaml: no such file\n");
}

// On disk: a symbolic link in the theme's folder that points out of it.
TEST(ThemeLoaderTest, LogoSymlinkOutOfTheFolder) {
  const fs::path root = fs::temp_directory_path() / ("careplan-theme-" + std::to_string(getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "theme");
  fs::create_directories(root / "private");
  std::ofstream(root / "private" / "logo.png", std::ios::binary) << Logo();
  fs::create_symlink(root / "private" / "logo.png", root / "theme" / "logo.png");
  const std::string file = (root / "theme" / "clinic.yaml").string();
  std::ofstream(file) << "logo: logo.png\n";
  Diagnostics diagnostics;
  EXPECT_FALSE(LoadTheme(file, DiskFileReader(), &diagnostics));
  EXPECT_EQ(FormatDiagnostics(diagnostics),
            file +
                ":1:7: error: logo: \"logo.png\" is outside the theme's folder\n"
                "  hint: put the logo in the theme's folder (or a folder inside it) and name it "
                "from there\n");
  // A real file in its place is read.
  fs::remove(root / "theme" / "logo.png");
  fs::copy_file(root / "private" / "logo.png", root / "theme" / "logo.png");
  Diagnostics ok;
  EXPECT_TRUE(LoadTheme(file, DiskFileReader(), &ok)) << FormatDiagnostics(ok);
  fs::remove_all(root);
}

TEST(ContrastTest, WcagValues) {
  EXPECT_DOUBLE_EQ(ContrastRatio(kBlack, kWhite), 21.0);
  EXPECT_DOUBLE_EQ(ContrastRatio(kWhite, kWhite), 1.0);
  EXPECT_DOUBLE_EQ(ContrastRatio(kWhite, kBlack), ContrastRatio(kBlack, kWhite));
  EXPECT_NEAR(ContrastRatio(Color{0x76, 0x76, 0x76}, kWhite), 4.54, 0.01);
  EXPECT_NEAR(ContrastRatio(Color{0x1f, 0x4e, 0x79}, kWhite), 8.66, 0.01);
  EXPECT_NEAR(RelativeLuminance(Color{0xff, 0, 0}), 0.2126, 1e-9);
  EXPECT_EQ(ColorToHex(Color{0x0b, 0x5e, 0x57}), "#0b5e57");
}

}  // namespace
}  // namespace careplan::content
