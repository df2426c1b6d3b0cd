#include "app/progress.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace careplan::app {
namespace {

constexpr double kLineIntervalSeconds = 2.0;      // plain lines: at most this often
constexpr double kTerminalIntervalSeconds = 0.1;  // live bar: redraw rate
constexpr int kBarWidth = 30;

std::string FormatDuration(double seconds) {
  const long total = std::lround(seconds);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%ld:%02ld", total / 60, total % 60);
  return buffer;
}

}  // namespace

Progress::Progress(int total, ProgressMode mode, std::ostream& out)
    : total_(total), mode_(mode), out_(out) {
  clock_.start();
}

ProgressMode Progress::ModeFor(bool quiet) {
  if (quiet) return ProgressMode::kQuiet;
  return ::isatty(STDERR_FILENO) ? ProgressMode::kTerminal : ProgressMode::kLines;
}

void Progress::Advance(bool failed) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++done_;
  if (failed) ++failed_;
  if (mode_ == ProgressMode::kQuiet) return;
  const double now = static_cast<double>(clock_.elapsed()) / 1e6;
  const double interval =
      mode_ == ProgressMode::kTerminal ? kTerminalIntervalSeconds : kLineIntervalSeconds;
  if (done_ == total_ || last_drawn_seconds_ < 0 || now - last_drawn_seconds_ >= interval) {
    last_drawn_seconds_ = now;
    Draw();
  }
}

void Progress::Draw() {
  const double seconds = static_cast<double>(clock_.elapsed()) / 1e6;
  const double rate = seconds > 0 ? done_ / seconds : 0;
  const double left = rate > 0 ? (total_ - done_) / rate : 0;
  char figures[128];
  std::snprintf(figures, sizeof figures, "%d/%d done, %d failed, %.1f/s, %s left", done_, total_,
                failed_, rate, FormatDuration(left).c_str());
  if (mode_ == ProgressMode::kTerminal) {
    const int filled = total_ > 0 ? done_ * kBarWidth / total_ : kBarWidth;
    out_ << "\r[" << std::string(filled, '#') << std::string(kBarWidth - filled, '-') << "] "
         << figures << "\x1b[K" << std::flush;
  } else {
    out_ << "careplan: " << figures << "\n" << std::flush;
  }
}

void Progress::Finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (mode_ == ProgressMode::kTerminal) out_ << "\n" << std::flush;
}

}  // namespace careplan::app
