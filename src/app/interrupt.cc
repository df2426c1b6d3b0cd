#include "app/interrupt.h"

#include <atomic>
#include <csignal>

namespace careplan::app {
namespace {

// A lock-free atomic is safe to write from a signal handler.
std::atomic<int> received_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void OnSignal(int signal) { received_signal.store(signal); }

}  // namespace

void InstallInterruptHandlers() {
  struct sigaction action = {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool Interrupted() { return received_signal.load() != 0; }

int InterruptSignal() { return received_signal.load(); }

}  // namespace careplan::app
