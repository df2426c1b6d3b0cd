#include "app/interrupt.h"

#include <atomic>
#include <csignal>

namespace careplan::app {
namespace {

// A lock-free atomic is safe to write from a signal handler.
std::atomic<int> received_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void OnSignal(int signal) { received_signal.store(signal); }

// A signal the program was started ignoring stays ignored: `nohup` ignores
// SIGHUP and a shell ignores SIGINT for background jobs, and both mean it.
void Handle(int signal, const struct sigaction& action) {
  struct sigaction previous = {};
  if (sigaction(signal, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN) return;
  sigaction(signal, &action, nullptr);
}

}  // namespace

void InstallInterruptHandlers() {
  struct sigaction action = {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  Handle(SIGINT, action);
  Handle(SIGTERM, action);
  // A closed terminal or a dropped SSH session stops a batch the same way.
  Handle(SIGHUP, action);
}

bool Interrupted() { return received_signal.load() != 0; }

int InterruptSignal() { return received_signal.load(); }

}  // namespace careplan::app
