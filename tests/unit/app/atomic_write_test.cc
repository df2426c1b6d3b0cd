#include "app/atomic_write.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

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

mode_t ModeOf(const fs::path& path) {
  struct stat info = {};
  EXPECT_EQ(::stat(path.c_str(), &info), 0);
  return info.st_mode & 0777;
}

TEST(AtomicWriteTest, ANewFileFollowsTheUmask) {
  const fs::path folder = fs::temp_directory_path() / "careplan-atomic-umask-test";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const mode_t saved = ::umask(077);
  const Status status = AtomicWriteFile((folder / "private.pdf").string(), "x");
  ::umask(022);
  const Status ordinary = AtomicWriteFile((folder / "ordinary.pdf").string(), "x");
  ::umask(saved);
  ASSERT_TRUE(status.ok() && ordinary.ok());
  EXPECT_EQ(ModeOf(folder / "private.pdf"), 0600u);
  EXPECT_EQ(ModeOf(folder / "ordinary.pdf"), 0644u);
  fs::remove_all(folder);
}

TEST(AtomicWriteTest, AReplacementKeepsTheGivenModeWithoutSpecialBits) {
  const fs::path folder = fs::temp_directory_path() / "careplan-atomic-mode-test";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const ReplacedFile replaced{S_IFREG | S_ISUID | 0640, ::geteuid(), ::getegid()};
  ASSERT_TRUE(AtomicWriteFile((folder / "plan.pdf").string(), "x", replaced).ok());
  EXPECT_EQ(ModeOf(folder / "plan.pdf"), 0640u);
  fs::remove_all(folder);
}

TEST(AtomicWriteTest, TempNamesAreShortAndRecognised) {
  EXPECT_TRUE(IsTempFileName(std::string(kTempFilePrefix) + "aZ09xy"));
  EXPECT_FALSE(IsTempFileName(std::string(kTempFilePrefix) + "aZ09x"));
  EXPECT_FALSE(IsTempFileName(std::string(kTempFilePrefix) + "aZ09x."));
  EXPECT_FALSE(IsTempFileName("plan.pdf"));
  // Any name that fits (255 bytes) has a temporary name that fits.
  EXPECT_LE(std::string(kTempFilePrefix).size() + kTempFileRandomChars, 255u);
}

TEST(AtomicWriteTest, StaleTempFilesGoAndLockedOnesStay) {
  const fs::path folder = fs::temp_directory_path() / "careplan-atomic-stale-test";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path stale = folder / (std::string(kTempFilePrefix) + "stale1");
  const fs::path live = folder / (std::string(kTempFilePrefix) + "alive2");
  const fs::path other = folder / "plan.pdf";
  for (const fs::path& path : {stale, live, other}) std::ofstream(path.string()) << "x";
  const int held = ::open(live.c_str(), O_RDONLY);
  ASSERT_GE(held, 0);
  ASSERT_EQ(::flock(held, LOCK_EX), 0);
  EXPECT_EQ(RemoveStaleTempFiles(folder.string()), 1);
  ::close(held);
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_TRUE(fs::exists(other));
  fs::remove_all(folder);
}

}  // namespace
}  // namespace careplan::app
