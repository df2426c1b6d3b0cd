#include "app/output_guard.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace careplan::app {
namespace {

namespace fs = std::filesystem;

TEST(OutputGuardTest, ProfileExtensionsInAnyCase) {
  EXPECT_TRUE(HasProfileExtension("a/b.yaml"));
  EXPECT_TRUE(HasProfileExtension("b.YML"));
  EXPECT_FALSE(HasProfileExtension("b.yaml.pdf"));
  EXPECT_FALSE(HasProfileExtension("yaml"));
}

TEST(OutputGuardTest, AnotherNameForAnInputIsThatInput) {
  const fs::path folder =
      fs::temp_directory_path() / ("careplan-guard-test-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder / "sub");
  std::ofstream((folder / "anna.yaml").string()) << "x";
  std::ofstream((folder / "plan.pdf").string()) << "x";
  fs::create_symlink(folder / "anna.yaml", folder / "sub" / "link.json");
  const std::string anna = (folder / "anna.yaml").string();
  const InputFiles inputs({anna, (folder / "plan.pdf").string()});
  EXPECT_EQ(inputs.Find((folder / "sub" / ".." / "anna.yaml").string()), anna);
  EXPECT_EQ(OutputRefusal((folder / "sub" / "link.json").string(), inputs),
            "would overwrite the profile " + anna);
  EXPECT_EQ(OutputRefusal((folder / "plan.pdf").string(), inputs).rfind("would overwrite", 0), 0u);
  EXPECT_EQ(OutputRefusal((folder / "new.pdf").string(), inputs), "");
  EXPECT_NE(OutputRefusal((folder / "new.yml").string(), inputs), "");
  EXPECT_EQ(OutputRefusal("-", inputs), "");
  fs::remove_all(folder);
}

}  // namespace
}  // namespace careplan::app
