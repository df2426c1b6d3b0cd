#include "serve/render_pool.h"

namespace careplan::serve {

std::unique_ptr<RenderPool> RenderPool::Create(const app::RenderResources& resources, int workers,
                                               int queue_capacity, Diagnostics* diagnostics) {
  std::unique_ptr<RenderPool> pool(new RenderPool());
  pool->queue_capacity_ = queue_capacity;
  for (int i = 0; i < workers; ++i) {
    auto renderer = app::Renderer::Create(resources, diagnostics);
    if (!renderer) return nullptr;
    pool->idle_.push_back(renderer.get());
    pool->all_.push_back(std::move(renderer));
  }
  return pool;
}

bool RenderPool::Run(const std::function<void(app::Renderer&)>& job) {
  app::Renderer* renderer = nullptr;
  {
    std::unique_lock lock(mutex_);
    if (idle_.empty() && waiting_ >= queue_capacity_) return false;
    ++waiting_;
    freed_.wait(lock, [this] { return !idle_.empty(); });
    --waiting_;
    renderer = idle_.back();
    idle_.pop_back();
  }
  // Given back even when the job throws, so a failure cannot shrink the pool.
  struct GiveBack {
    RenderPool* pool;
    app::Renderer* renderer;
    ~GiveBack() {
      {
        std::lock_guard lock(pool->mutex_);
        pool->idle_.push_back(renderer);
      }
      pool->freed_.notify_one();
    }
  } give_back{this, renderer};
  job(*renderer);
  return true;
}

}  // namespace careplan::serve
