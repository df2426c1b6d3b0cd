// The pieces behind `careplan init` and `--theme NAME`: bundled themes by
// name, the starter profiles (as data, with their schema comment pointed at
// the installed schema) and the write that never overwrites.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/data_paths.h"
#include "app/help.h"
#include "app/starter.h"
#include "app/write_new_file.h"

namespace careplan::app {
namespace {

namespace fs = std::filesystem;

DataPaths SourcePaths() {
  DataPaths paths;
  paths.templates_dir = std::string(CAREPLAN_SOURCE_DIR) + "/templates";
  paths.fonts_dir = std::string(CAREPLAN_SOURCE_DIR) + "/fonts";
  return paths;
}

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ThemeByNameTest, BareNameIsABundledTheme) {
  const DataPaths paths = SourcePaths();
  EXPECT_EQ(ResolveThemeFile(paths, "example-clinic"),
            paths.templates_dir + "/themes/example-clinic.yaml");
}

TEST(ThemeByNameTest, PathsAndEmptyStayAsGiven) {
  const DataPaths paths = SourcePaths();
  EXPECT_EQ(ResolveThemeFile(paths, ""), "");
  EXPECT_EQ(ResolveThemeFile(paths, "clinic.yaml"), "clinic.yaml");
  EXPECT_EQ(ResolveThemeFile(paths, "themes/clinic"), "themes/clinic");
  EXPECT_EQ(ResolveThemeFile(paths, "/etc/clinic.yml"), "/etc/clinic.yml");
}

TEST(ThemeByNameTest, ListsTheBundledThemes) {
  EXPECT_EQ(BundledThemeNames(SourcePaths()),
            (std::vector<std::string>{"default", "example-clinic"}));
}

TEST(StarterTest, PatientStarterPointsItsSchemaCommentAtTheSchema) {
  std::string text;
  ASSERT_TRUE(StarterProfile(SourcePaths(), StarterKind::kPatient, &text).ok());
  const std::string expected =
      "# yaml-language-server: $schema=" +
      fs::canonical(fs::path(CAREPLAN_SOURCE_DIR) / "schema/careplan-profile.schema.json")
          .string() +
      "\n";
  EXPECT_EQ(text.substr(0, expected.size()), expected);
  EXPECT_NE(text.find("patient:\n  name: ALEX SAMPLE"), std::string::npos);
}

TEST(StarterTest, PacketStarterIsAPacket) {
  std::string text;
  ASSERT_TRUE(StarterProfile(SourcePaths(), StarterKind::kPacket, &text).ok());
  EXPECT_NE(text.find("\npacket:\n"), std::string::npos);
  EXPECT_EQ(text.find("\npatient:"), std::string::npos);
}

TEST(StarterTest, MissingStarterIsNotFound) {
  DataPaths paths = SourcePaths();
  paths.templates_dir = "/nonexistent-careplan-templates";
  std::string text;
  EXPECT_EQ(StarterProfile(paths, StarterKind::kPatient, &text).code(), Status::Code::kNotFound);
}

TEST(WriteNewFileTest, WritesANewFileButNeverOverwrites) {
  const fs::path folder = fs::temp_directory_path() / "careplan-write-new-test";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path target = folder / "anna.yaml";
  ASSERT_TRUE(WriteNewFile(target.string(), "first\n").ok());
  const Status again = WriteNewFile(target.string(), "second\n");
  EXPECT_EQ(again.code(), Status::Code::kCannotCreate);
  EXPECT_NE(again.message().find("already exists"), std::string::npos);
  EXPECT_EQ(Slurp(target), "first\n");
  fs::remove_all(folder);
}

TEST(HelpTest, EveryCommandHasHelpAndUnknownHasNone) {
  for (const char* command :
       {"init", "validate", "render", "batch", "explain", "readability", "schema", "help"}) {
    EXPECT_NE(CommandHelp(command).find(std::string("Usage: careplan ") + command),
              std::string_view::npos)
        << command;
  }
  EXPECT_TRUE(CommandHelp("paint").empty());
  EXPECT_NE(OverviewHelp().find("Exit codes"), std::string_view::npos);
}

}  // namespace
}  // namespace careplan::app
