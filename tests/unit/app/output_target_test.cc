#include "app/output_target.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace careplan::app {
namespace {

namespace fs = std::filesystem;

class OutputTargetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("careplan-target-test-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string Path(const std::string& name) const { return (folder_ / name).string(); }
  std::string Touch(const std::string& name, mode_t mode) const {
    std::ofstream(Path(name)) << "old";
    ::chmod(Path(name).c_str(), mode);
    return Path(name);
  }

  fs::path folder_;
};

TEST_F(OutputTargetTest, NothingThereIsANewFile) {
  EXPECT_EQ(ClassifyOutputTarget(Path("plan.pdf")).kind, TargetKind::kNewFile);
  // A missing folder is found out when the file is created (with its message).
  EXPECT_EQ(ClassifyOutputTarget(Path("none/plan.pdf")).kind, TargetKind::kNewFile);
}

TEST_F(OutputTargetTest, ARegularFileIsReplacedKeepingItsMode) {
  const OutputTarget target = ClassifyOutputTarget(Touch("plan.pdf", 0640));
  EXPECT_EQ(target.kind, TargetKind::kRegularFile);
  EXPECT_EQ(target.replaced.mode & 0777, 0640u);
  EXPECT_EQ(target.path, Path("plan.pdf"));
}

TEST_F(OutputTargetTest, AFifoIsWrittenThrough) {
  ASSERT_EQ(::mkfifo(Path("pipe").c_str(), 0600), 0);
  EXPECT_EQ(ClassifyOutputTarget(Path("pipe")).kind, TargetKind::kWriteThrough);
}

TEST_F(OutputTargetTest, ACharacterDeviceIsWrittenThrough) {
  // Only looked at, never written: /dev/null is always there.
  EXPECT_EQ(ClassifyOutputTarget("/dev/null").kind, TargetKind::kWriteThrough);
}

TEST_F(OutputTargetTest, DashIsStandardOutput) {
  EXPECT_EQ(ClassifyOutputTarget("-").kind, TargetKind::kStandardOutput);
  EXPECT_EQ(ClassifyOutputTarget("./-").kind, TargetKind::kNewFile);
}

TEST_F(OutputTargetTest, AFolderIsRefused) {
  const OutputTarget target = ClassifyOutputTarget(folder_.string());
  EXPECT_EQ(target.kind, TargetKind::kRefused);
  EXPECT_EQ(target.refusal, "is a folder");
  const Status status = WriteOutput(folder_.string(), "x");
  EXPECT_EQ(status.code(), Status::Code::kCannotCreate);
  EXPECT_EQ(status.message().rfind(folder_.string() + ": is a folder", 0), 0u) << status.message();
}

TEST_F(OutputTargetTest, ALinkIsJudgedByWhatItNames) {
  const std::string real = Touch("real.pdf", 0600);
  fs::create_symlink("real.pdf", Path("link.pdf"));
  const OutputTarget to_file = ClassifyOutputTarget(Path("link.pdf"));
  EXPECT_EQ(to_file.kind, TargetKind::kRegularFile);
  EXPECT_EQ(to_file.path, fs::canonical(real).string());

  fs::create_symlink("/dev/null", Path("null-link"));
  EXPECT_EQ(ClassifyOutputTarget(Path("null-link")).kind, TargetKind::kWriteThrough);
  fs::create_symlink(folder_, Path("folder-link"));
  EXPECT_EQ(ClassifyOutputTarget(Path("folder-link")).kind, TargetKind::kRefused);
  fs::create_symlink("missing.pdf", Path("dangling.pdf"));
  EXPECT_EQ(ClassifyOutputTarget(Path("dangling.pdf")).kind, TargetKind::kRefused);
}

TEST_F(OutputTargetTest, WritingThroughALinkKeepsTheLinkAndTheMode) {
  const std::string real = Touch("real.pdf", 0640);
  fs::create_symlink("real.pdf", Path("link.pdf"));
  ASSERT_TRUE(WriteOutput(Path("link.pdf"), "new").ok());
  EXPECT_TRUE(fs::is_symlink(Path("link.pdf")));
  std::ifstream in(real);
  std::string text;
  in >> text;
  EXPECT_EQ(text, "new");
  struct stat info = {};
  ASSERT_EQ(::stat(real.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0640u);
}

}  // namespace
}  // namespace careplan::app
