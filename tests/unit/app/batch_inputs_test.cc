#include "app/batch_inputs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace careplan::app {
namespace {

namespace fs = std::filesystem;

class BatchInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("careplan-batch-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "clinic" / "monday");
  }
  void TearDown() override { fs::remove_all(root_); }
  void Touch(const fs::path& path) { std::ofstream(root_ / path) << "x"; }

  fs::path root_;
};

TEST_F(BatchInputsTest, FoldersAreSearchedRecursivelyForYamlOnly) {
  Touch("clinic/a.yaml");
  Touch("clinic/monday/b.yml");
  Touch("clinic/monday/notes.txt");
  std::vector<std::string> profiles;
  ASSERT_TRUE(ExpandInputs({(root_ / "clinic").string()}, &profiles).ok());
  EXPECT_EQ(profiles, (std::vector<std::string>{(root_ / "clinic/a.yaml").string(),
                                                (root_ / "clinic/monday/b.yml").string()}));
}

TEST_F(BatchInputsTest, DuplicatesAreRemovedAndMissingInputsReported) {
  Touch("clinic/a.yaml");
  std::vector<std::string> profiles;
  ASSERT_TRUE(
      ExpandInputs({(root_ / "clinic/a.yaml").string(), (root_ / "clinic").string()}, &profiles)
          .ok());
  EXPECT_EQ(profiles.size(), 1u);
  const Status missing = ExpandInputs({(root_ / "nope").string()}, &profiles);
  EXPECT_EQ(missing.code(), Status::Code::kNotFound);
}

TEST(OutputNamesTest, ClashesGetNumberedSuffixesInSortedOrder) {
  const auto inputs =
      AssignOutputNames({"a/maria.yaml", "b/maria.yml", "c/maria.yaml", "d/x.yaml"});
  ASSERT_EQ(inputs.size(), 4u);
  EXPECT_EQ(inputs[0].output_name, "maria.pdf");
  EXPECT_EQ(inputs[1].output_name, "maria-2.pdf");
  EXPECT_EQ(inputs[2].output_name, "maria-3.pdf");
  EXPECT_EQ(inputs[3].output_name, "x.pdf");
}

TEST(ShardTest, ParsesOnlyValidShards) {
  Shard shard;
  EXPECT_TRUE(ParseShard("2/5", &shard));
  EXPECT_EQ(shard.index, 2);
  EXPECT_EQ(shard.count, 5);
  EXPECT_FALSE(ParseShard("0/5", &shard));
  EXPECT_FALSE(ParseShard("6/5", &shard));
  EXPECT_FALSE(ParseShard("2", &shard));
  EXPECT_FALSE(ParseShard("a/b", &shard));
  EXPECT_FALSE(ParseShard("1/0", &shard));
}

TEST(ShardTest, ShardsPartitionTheInputs) {
  std::vector<std::string> profiles;
  for (int i = 0; i < 23; ++i) profiles.push_back("p" + std::to_string(100 + i) + ".yaml");
  const auto inputs = AssignOutputNames(profiles);
  std::vector<std::string> seen;
  for (int k = 1; k <= 4; ++k) {
    for (const BatchInput& input : SelectShard(inputs, Shard{k, 4})) {
      seen.push_back(input.profile_path);
    }
  }
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, profiles);
}

}  // namespace
}  // namespace careplan::app
