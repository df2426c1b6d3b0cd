// ParallelFor, and the rules loaded on two threads (LoadKnowledge with work
// alongside): problems come out in the same order as when the files were
// read and checked one by one, whatever thread parsed them.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include "content/parallel_for.h"
#include "content_fixtures.h"

namespace careplan::content {
namespace {

using testing::kTemplatesDir;

TEST(ParallelForTest, CallsEveryIndexOnce) {
  std::vector<std::atomic<int>> calls(100);
  ParallelFor(calls.size(), [&](size_t i) { ++calls[i]; });
  for (size_t i = 0; i < calls.size(); ++i) EXPECT_EQ(calls[i], 1) << i;
}

TEST(ParallelForTest, NoWorkAndOneItem) {
  ParallelFor(0, [](size_t) { FAIL() << "called"; });
  std::thread::id ran_on;
  ParallelFor(1, [&](size_t) { ran_on = std::this_thread::get_id(); });
  EXPECT_EQ(ran_on, std::this_thread::get_id());  // one item: no helper thread
}

TEST(ParallelForTest, RethrowsTheExceptionOfTheLowestIndexAfterAllRan) {
  std::vector<std::atomic<int>> calls(20);
  try {
    ParallelFor(calls.size(), [&](size_t i) {
      ++calls[i];
      if (i == 13 || i == 4) throw std::runtime_error("item " + std::to_string(i));
    });
    FAIL() << "no exception";
  } catch (const std::runtime_error& error) {
    EXPECT_STREQ(error.what(), "item 4");
  }
  for (size_t i = 0; i < calls.size(); ++i) EXPECT_EQ(calls[i], 1) << i;
}

// The shipped rules, with some files replaced (or removed, when empty).
FileReader ShippedRulesExcept(std::map<std::string, std::string> replaced) {
  return [replaced](const std::string& path, std::string* text) {
    const std::string name = path.substr(path.rfind('/') + 1);
    const auto found = replaced.find(name);
    if (found == replaced.end()) return ReadFileFromDisk(path, text);
    if (found->second.empty()) return Status::NotFound(path + ": no such file");
    *text = found->second;
    return Status::Ok();
  };
}

std::string ReadShipped(const std::string& name) {
  std::string text;
  EXPECT_TRUE(ReadFileFromDisk(kTemplatesDir + "/rules/" + name, &text).ok());
  return text;
}

// The messages in the order they were reported (not sorted by file).
std::vector<std::string> ReportedOrder(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    lines.push_back(FormatDiagnostic(diagnostic));
  }
  return lines;
}

TEST(ParallelRulesTest, ProblemsAreReportedInFileOrderEveryTime) {
  std::string sources = ReadShipped("sources.yaml");
  sources.replace(sources.find("    read:"), 9, "    reed:");
  std::string medicines = ReadShipped("medicines.yaml");
  medicines.replace(medicines.find("    class:"), 10, "    klass:");
  const FileReader read = ShippedRulesExcept({{"sources.yaml", sources},
                                              {"medicines.yaml", medicines},
                                              {"organs.yaml", ""},
                                              {"general.yaml", "monitoring: [unclosed\n"}});
  const std::string dir = kTemplatesDir + "/rules";
  Diagnostics first;
  EXPECT_FALSE(LoadKnowledge(dir, read, &first));
  const std::vector<std::string> order = ReportedOrder(first);
  ASSERT_GE(order.size(), 6u);
  // Checked in the order sources, tests, lifestyle, medicines, organs,
  // general, although medicines.yaml is parsed first.
  EXPECT_NE(order[0].find("sources.yaml:"), std::string::npos) << order[0];
  EXPECT_NE(order[0].find("unknown key \"reed\""), std::string::npos) << order[0];
  size_t i = 1;
  while (i < order.size() && order[i].find("sources.yaml:") != std::string::npos) ++i;
  ASSERT_LT(i + 2, order.size());
  EXPECT_NE(order[i].find("medicines.yaml:"), std::string::npos) << order[i];
  EXPECT_NE(order[i].find("unknown key \"klass\""), std::string::npos) << order[i];
  EXPECT_EQ(order[order.size() - 2],
            dir + "/organs.yaml: error: " + dir + "/organs.yaml: no such file");
  EXPECT_NE(order.back().find("general.yaml:2:1: error: end of sequence flow not found"),
            std::string::npos)
      << order.back();
  for (int run = 0; run < 10; ++run) {
    Diagnostics again;
    EXPECT_FALSE(LoadKnowledge(dir, read, &again, [] {}));
    EXPECT_EQ(ReportedOrder(again), order);
  }
}

TEST(ParallelRulesTest, RunsWorkAlongsideTheParsing) {
  std::atomic<int> calls = 0;
  Diagnostics diagnostics;
  const auto knowledge =
      LoadKnowledge(kTemplatesDir + "/rules", DiskFileReader(), &diagnostics, [&] { ++calls; });
  EXPECT_TRUE(knowledge) << FormatDiagnostics(diagnostics);
  EXPECT_EQ(calls, 1);
}

TEST(ParallelRulesTest, AnExceptionAlongsideIsThrownBeforeAnyFileIsChecked) {
  Diagnostics diagnostics;
  const FileReader read = ShippedRulesExcept({{"tests.yaml", ""}});
  EXPECT_THROW(LoadKnowledge(kTemplatesDir + "/rules", read, &diagnostics,
                             [] { throw std::runtime_error("guide"); }),
               std::runtime_error);
  EXPECT_EQ(FormatDiagnostics(diagnostics), "");  // tests.yaml's absence was not reported
}

}  // namespace
}  // namespace careplan::content
