// RenderPool: the bounded pool of render workers behind the print station.
// Each of `workers` Renderers (one libharu writer each) serves one request
// at a time; at most `queue_capacity` more requests wait for one. A request
// beyond that is turned away at once (the server answers 503 with
// Retry-After) rather than piling up threads and memory.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "app/renderer.h"

namespace careplan::serve {

class RenderPool {
 public:
  // Creates the renderers; nullptr (with a diagnostic) when one cannot be made.
  // REQUIRES: resources outlives the pool; workers >= 1, queue_capacity >= 0.
  static std::unique_ptr<RenderPool> Create(const app::RenderResources& resources, int workers,
                                            int queue_capacity, Diagnostics* diagnostics);

  // Runs `job` with a free renderer, waiting in the queue for one. Returns
  // false, without running it, when all workers are busy and the queue is full.
  bool Run(const std::function<void(app::Renderer&)>& job);

  int workers() const { return static_cast<int>(all_.size()); }

 private:
  RenderPool() = default;

  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<app::Renderer>> all_;
  std::vector<app::Renderer*> idle_;
  int waiting_ = 0;
  int queue_capacity_ = 0;
};

}  // namespace careplan::serve
