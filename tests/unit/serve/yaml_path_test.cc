#include "serve/yaml_path.h"

#include <gtest/gtest.h>

namespace careplan::serve {
namespace {

constexpr const char* kProfile =
    "format: careplan/v1\n"      // 1
    "patient:\n"                 // 2
    "  name: Anna\n"             // 3
    "treatments:\n"              // 4
    "  - name: methotrexate\n"   // 5
    "    started: 2024-02-30\n"  // 6
    "  - name: mycophenolate\n"  // 7
    "    outcome: ongoing\n"     // 8
    "organs: [skin, lungs]\n";   // 9

TEST(YamlPathIndexTest, ValueAndKeyPositionsNameTheirField) {
  const YamlPathIndex paths(kProfile);
  EXPECT_EQ(paths.PathAt(3, 9), "patient.name");
  EXPECT_EQ(paths.PathAt(2, 1), "patient");
  EXPECT_EQ(paths.PathAt(6, 14), "treatments[0].started");
  EXPECT_EQ(paths.PathAt(8, 14), "treatments[1].outcome");
  EXPECT_EQ(paths.PathAt(9, 16), "organs[1]");
}

TEST(YamlPathIndexTest, ItemStartNamesTheItem) {
  // A missing key is reported where the item starts: the item, not its first key.
  const YamlPathIndex paths(kProfile);
  EXPECT_EQ(paths.PathAt(7, 5), "treatments[1]");
  EXPECT_EQ(paths.PathAt(3, 3), "patient");
}

TEST(YamlPathIndexTest, BetweenFieldsTheLastOneBefore) {
  const YamlPathIndex paths(kProfile);
  EXPECT_EQ(paths.PathAt(6, 30), "treatments[0].started");
  EXPECT_EQ(paths.PathAt(1, 1), "format");
}

TEST(YamlPathIndexTest, UnknownPositionsAndBrokenTextHaveNoPath) {
  EXPECT_EQ(YamlPathIndex(kProfile).PathAt(0, 0), "");
  EXPECT_EQ(YamlPathIndex("a: [unclosed\n").PathAt(1, 5), "");
}

TEST(YamlPathIndexTest, ColumnsCountCharactersAsTheLoaderDoes) {
  const YamlPathIndex paths("patient:\n  name: Ánh Tuyết\n  sex: x\n");
  EXPECT_EQ(paths.PathAt(3, 8), "patient.sex");
  EXPECT_EQ(paths.PathAt(2, 12), "patient.name");
}

}  // namespace
}  // namespace careplan::serve
