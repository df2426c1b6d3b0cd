// ResolveInside: files named by a data file stay in its folder, whatever
// "..", absolute paths or symbolic links say.
#include "base/safe_path.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace careplan {
namespace {

namespace fs = std::filesystem;

class SafePathTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("careplan-safe-path-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "theme" / "images");
    fs::create_directories(root_ / "elsewhere");
    std::ofstream(root_ / "theme" / "logo.png") << "x";
    std::ofstream(root_ / "theme" / "images" / "logo.png") << "x";
    std::ofstream(root_ / "elsewhere" / "secret.png") << "x";
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string Folder() const { return (root_ / "theme").string(); }
  // "inside: <path relative to the root>", "outside" or "error: ...".
  std::string Resolve(const std::string& name) const {
    std::string resolved;
    const Status status = ResolveInside(Folder(), name, &resolved);
    if (status.ok()) return "inside: " + fs::relative(resolved, root_).string();
    if (status.code() == Status::Code::kInvalidArgument) return "outside";
    return "error";
  }

  fs::path root_;
};

TEST_F(SafePathTest, RelativeNamesInsideTheFolder) {
  EXPECT_EQ(Resolve("logo.png"), "inside: theme/logo.png");
  EXPECT_EQ(Resolve("./images/logo.png"), "inside: theme/images/logo.png");
  EXPECT_EQ(Resolve("images/../logo.png"), "inside: theme/logo.png");
  // A file that does not exist yet still resolves (reading it fails later).
  EXPECT_EQ(Resolve("missing.png"), "inside: theme/missing.png");
}

TEST_F(SafePathTest, DotDotThatLeavesTheFolder) {
  EXPECT_EQ(Resolve("../elsewhere/secret.png"), "outside");
  EXPECT_EQ(Resolve("../../../../../../etc/passwd"), "outside");
  EXPECT_EQ(Resolve("images/../../elsewhere/secret.png"), "outside");
  EXPECT_EQ(Resolve(".."), "outside");
  EXPECT_EQ(Resolve("."), "outside");  // the folder itself is not a file in it
}

TEST_F(SafePathTest, AbsolutePaths) {
  EXPECT_EQ(Resolve("/etc/passwd"), "outside");
  EXPECT_EQ(Resolve((root_ / "elsewhere" / "secret.png").string()), "outside");
  EXPECT_EQ(Resolve((root_ / "theme" / "logo.png").string()), "inside: theme/logo.png");
}

TEST_F(SafePathTest, SymbolicLinksAreFollowedBeforeChecking) {
  fs::create_symlink(root_ / "elsewhere" / "secret.png", root_ / "theme" / "link.png");
  fs::create_directory_symlink(root_ / "elsewhere", root_ / "theme" / "linked-folder");
  fs::create_symlink(root_ / "theme" / "images" / "logo.png", root_ / "theme" / "inner.png");
  EXPECT_EQ(Resolve("link.png"), "outside");
  EXPECT_EQ(Resolve("linked-folder/secret.png"), "outside");
  EXPECT_EQ(Resolve("inner.png"), "inside: theme/images/logo.png");
}

TEST_F(SafePathTest, TheFolderMayItselfBeALink) {
  fs::create_directory_symlink(root_ / "theme", root_ / "theme-link");
  std::string resolved;
  ASSERT_TRUE(ResolveInside((root_ / "theme-link").string(), "logo.png", &resolved).ok());
  EXPECT_EQ(fs::path(resolved), fs::canonical(root_ / "theme" / "logo.png"));
  EXPECT_FALSE(
      ResolveInside((root_ / "theme-link/").string(), "../elsewhere/secret.png", &resolved).ok());
}

TEST_F(SafePathTest, SymbolicLinkLoopIsAnError) {
  fs::create_symlink(root_ / "theme" / "b.png", root_ / "theme" / "a.png");
  fs::create_symlink(root_ / "theme" / "a.png", root_ / "theme" / "b.png");
  EXPECT_EQ(Resolve("a.png"), "error");
}

TEST_F(SafePathTest, EmptyAndNulNamesAreRefused) {
  EXPECT_EQ(Resolve(""), "outside");
  EXPECT_EQ(Resolve(std::string("logo.png\0../../x", 16)), "outside");
}

}  // namespace
}  // namespace careplan
