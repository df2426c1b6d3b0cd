// Progress: how far a batch has got, on stderr. A live bar (done/total,
// rate, time left) when stderr is a terminal; a plain line every few seconds
// when it is not (logs, CI); nothing when quiet. Safe to call from workers.
#pragma once

#include <Poco/Stopwatch.h>

#include <mutex>
#include <ostream>

namespace careplan::app {

enum class ProgressMode { kTerminal, kLines, kQuiet };

class Progress {
 public:
  Progress(int total, ProgressMode mode, std::ostream& out);

  // One more profile is finished (rendered or failed).
  void Advance(bool failed);
  // Ends the live bar's line.
  void Finish();

  static ProgressMode ModeFor(bool quiet);

 private:
  void Draw();

  std::mutex mutex_;
  const int total_;
  const ProgressMode mode_;
  std::ostream& out_;
  int done_ = 0;
  int failed_ = 0;
  Poco::Stopwatch clock_;
  double last_drawn_seconds_ = -1;
};

}  // namespace careplan::app
