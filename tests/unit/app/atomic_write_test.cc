#include "app/atomic_write.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace careplan::app {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(AtomicWriteTest, WritesTheBytesAndLeavesNoTemporaryFile) {
  const fs::path folder = fs::temp_directory_path() / "careplan-atomic-test";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path target = folder / "plan.pdf";
  ASSERT_TRUE(AtomicWriteFile(target.string(), "first").ok());
  ASSERT_TRUE(AtomicWriteFile(target.string(), std::string("second\0bytes", 12)).ok());
  EXPECT_EQ(Slurp(target), std::string("second\0bytes", 12));
  EXPECT_EQ(std::distance(fs::directory_iterator(folder), fs::directory_iterator()), 1);
  fs::remove_all(folder);
}

TEST(AtomicWriteTest, MissingFolderIsCannotCreate) {
  const Status status = AtomicWriteFile("/nonexistent-careplan-folder/plan.pdf", "x");
  EXPECT_EQ(status.code(), Status::Code::kCannotCreate);
  EXPECT_NE(status.message().find("/nonexistent-careplan-folder/plan.pdf"), std::string::npos);
}

}  // namespace
}  // namespace careplan::app
