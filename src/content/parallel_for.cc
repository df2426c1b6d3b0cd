#include "content/parallel_for.h"

#include <atomic>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace careplan::content {

void ParallelFor(size_t count, const std::function<void(size_t)>& work) {
  std::vector<std::exception_ptr> errors(count);
  std::atomic<size_t> next{0};
  auto drain = [&] {
    for (size_t i = next++; i < count; i = next++) {
      try {
        work(i);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  // One helper: careplan's start-up work splits into few large pieces (the
  // largest rules file is over a third of it), so more threads would add
  // their own start-up cost and gain little.
  std::thread helper;
  if (count > 1 && std::thread::hardware_concurrency() > 1) {
    try {
      helper = std::thread(drain);
    } catch (const std::system_error&) {  // no thread to be had: do it all here
    }
  }
  drain();
  if (helper.joinable()) helper.join();
  for (const std::exception_ptr& error : errors) {
    if (error) std::rethrow_exception(error);
  }
}

}  // namespace careplan::content
