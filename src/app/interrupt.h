// Interrupt: SIGINT and SIGTERM ask a batch to stop. Work already started
// finishes (each PDF is written atomically), no new work starts, and the
// summary and manifest are still written.
#pragma once

namespace careplan::app {

// Installs the handlers; call once before starting workers.
void InstallInterruptHandlers();
// True once SIGINT or SIGTERM has arrived.
bool Interrupted();
// The signal that arrived (SIGINT or SIGTERM), or 0.
int InterruptSignal();

}  // namespace careplan::app
