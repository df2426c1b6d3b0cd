// RunBatch: renders many profiles in parallel into one folder. Resources
// (guides, rules, fonts) are shared read-only; each worker thread has its
// own Renderer. A bad profile does not stop the others. Each PDF is
// byte-identical to what `render` makes of the same profile, whatever the
// number of workers, and is written atomically, so an interrupted run
// leaves only complete PDFs.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/batch_inputs.h"
#include "app/renderer.h"
#include "profile/profile_loader.h"

namespace careplan::app {

struct BatchRequest {
  std::vector<std::string> inputs;  // profiles or folders
  std::string output_dir;           // created when missing
  int jobs = 1;                     // worker threads, >= 1
  std::string manifest_path;        // empty: no manifest
  std::optional<Shard> shard;
  bool quiet = false;
  profile::LoadOptions load_options;
  RenderOptions render_options;
};

// Prints diagnostics (grouped by profile), progress and the summary
// "N rendered, M failed" to `err`. Returns the exit code: 0 when every
// profile rendered; 65 when any failed; 66 when an input is missing; 73
// when the folder, a PDF or the manifest cannot be written (a full disk
// too) or the manifest would replace an input; 128+signal if interrupted
// (SIGINT, SIGTERM, SIGHUP). Removes stale temporary files from the output
// folder first.
int RunBatch(const RenderResources& resources, const BatchRequest& request, std::ostream& err);

}  // namespace careplan::app
