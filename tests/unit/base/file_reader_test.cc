#include "base/file_reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace careplan {
namespace {

namespace fs = std::filesystem;

class FileReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("careplan-reader-test-" + std::to_string(::getpid()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string Path(const std::string& name) const { return (folder_ / name).string(); }

  fs::path folder_;
};

TEST_F(FileReaderTest, ReadsAFileUpToTheLimit) {
  std::ofstream(Path("p.yaml")) << "abcd";
  std::string text;
  ASSERT_TRUE(ReadFileFromDisk(Path("p.yaml"), &text, 4).ok());
  EXPECT_EQ(text, "abcd");
  const Status status = ReadFileFromDisk(Path("p.yaml"), &text, 3);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(status.message(), Path("p.yaml") + ": file is 4 bytes; the limit is 3 bytes");
}

TEST_F(FileReaderTest, MissingIsNotFound) {
  std::string text;
  EXPECT_EQ(ReadFileFromDisk(Path("none.yaml"), &text).code(), Status::Code::kNotFound);
}

TEST_F(FileReaderTest, AFolderIsNoFile) {
  std::string text;
  const Status status = ReadFileFromDisk(folder_.string(), &text);
  EXPECT_EQ(status.code(), Status::Code::kIoError);
  EXPECT_EQ(status.message(), folder_.string() + ": is a folder, not a file");
}

TEST_F(FileReaderTest, AFifoWithoutWriterIsRefusedAtOnce) {
  ASSERT_EQ(::mkfifo(Path("pipe.yaml").c_str(), 0600), 0);
  std::string text;
  const auto start = std::chrono::steady_clock::now();
  const Status status = ReadFileFromDisk(Path("pipe.yaml"), &text);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
  EXPECT_EQ(status.message(), Path("pipe.yaml") + ": is a FIFO (named pipe), not a file");
}

TEST_F(FileReaderTest, AnEndlessDeviceIsRefused) {
  std::string text;
  const Status status = ReadFileFromDisk("/dev/zero", &text, 1 << 20);
  EXPECT_EQ(status.message(), "/dev/zero: is a character device, not a file");
  EXPECT_TRUE(text.empty());
}

}  // namespace
}  // namespace careplan
