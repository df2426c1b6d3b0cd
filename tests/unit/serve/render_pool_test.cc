#include "serve/render_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "app/data_paths.h"

namespace careplan::serve {
namespace {

std::unique_ptr<const app::RenderResources> LoadResources() {
  app::DataPaths paths;
  EXPECT_TRUE(app::FindDataPaths(CAREPLAN_SOURCE_DIR "/templates", &paths).ok());
  Diagnostics diagnostics;
  return app::RenderResources::Load(paths, &diagnostics);
}

TEST(RenderPoolTest, FullQueueTurnsRequestsAwayAndNeverRunsMoreThanTheWorkers) {
  auto resources = LoadResources();
  ASSERT_TRUE(resources);
  Diagnostics diagnostics;
  auto pool = RenderPool::Create(*resources, 2, 1, &diagnostics);
  ASSERT_TRUE(pool);
  std::atomic<int> running{0}, most{0}, done{0}, refused{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < 8; ++i) {
    clients.emplace_back([&] {
      const bool ran = pool->Run([&](app::Renderer&) {
        const int now = ++running;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        --running;
      });
      ++(ran ? done : refused);
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_LE(most.load(), 2);
  EXPECT_GE(done.load(), 2);
  EXPECT_GE(refused.load(), 1);
  EXPECT_EQ(done + refused, 8);
}

TEST(RenderPoolTest, AJobThatThrowsGivesItsRendererBack) {
  auto resources = LoadResources();
  ASSERT_TRUE(resources);
  Diagnostics diagnostics;
  auto pool = RenderPool::Create(*resources, 1, 0, &diagnostics);
  ASSERT_TRUE(pool);
  EXPECT_THROW(pool->Run([](app::Renderer&) { throw std::runtime_error("boom"); }),
               std::runtime_error);
  bool ran = false;
  EXPECT_TRUE(pool->Run([&](app::Renderer&) { ran = true; }));
  EXPECT_TRUE(ran);
}

}  // namespace
}  // namespace careplan::serve
