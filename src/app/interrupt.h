// Interrupt: SIGINT, SIGTERM and SIGHUP (a closed terminal or SSH session)
// ask a batch to stop. Work already started finishes (each PDF is written
// atomically), no new work starts, and the summary and manifest are still
// written.
#pragma once

namespace careplan::app {

// Installs the handlers, except for a signal the program was started
// ignoring (nohup); call once before starting workers.
void InstallInterruptHandlers();
// True once SIGINT, SIGTERM or SIGHUP has arrived.
bool Interrupted();
// The signal that arrived, or 0.
int InterruptSignal();

}  // namespace careplan::app
