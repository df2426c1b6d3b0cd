#include "app/batch.h"

#include <Poco/Thread.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>

#include "app/atomic_write.h"
#include "app/interrupt.h"
#include "app/manifest.h"
#include "app/output_guard.h"
#include "app/output_target.h"
#include "app/progress.h"
#include "base/file_reader.h"
#include "profile/profile_limits.h"

namespace careplan::app {
namespace {

constexpr int kExitDataError = 65;
constexpr int kExitNoInput = 66;
constexpr int kExitCannotCreate = 73;

struct Job {
  BatchInput input;
  ManifestEntry entry;
  std::string diagnostics_text;  // printed in input order once the job is done
  bool write_failed = false;     // the PDF could not be written (exit 73)
};

void RecordDiagnostics(const Diagnostics& diagnostics, Job* job) {
  for (const Diagnostic& d : diagnostics.Sorted()) {
    (d.severity == Severity::kError ? job->entry.errors : job->entry.warnings)
        .push_back(FormatDiagnostic(d));
  }
  job->diagnostics_text = FormatDiagnostics(diagnostics);
}

// Renders one profile into the output folder; fills the job's entry.
void RenderJob(const RenderResources& resources, Renderer* renderer, const BatchRequest& request,
               const InputFiles& input_files, Job* job) {
  ManifestEntry& entry = job->entry;
  entry.input = job->input.profile_path;
  entry.status = "failed";
  Diagnostics diagnostics;
  std::string text;
  if (Status status = ReadFileFromDisk(entry.input, &text, profile::kMaxFileBytes); !status.ok()) {
    diagnostics.Error(SourceLoc{entry.input, 0, 0}, status.message());
  } else if (auto profile =
                 resources.LoadProfile(text, entry.input, request.load_options, &diagnostics)) {
    RenderOutput output;
    if (renderer->Render(*profile, request.render_options, &output, &diagnostics)) {
      const std::string path =
          (std::filesystem::path(request.output_dir) / job->input.output_name).string();
      if (const std::string refusal = OutputRefusal(path, input_files); !refusal.empty()) {
        // A profile named *.pdf in the output folder: never overwrite it.
        diagnostics.Error(SourceLoc{entry.input, 0, 0}, "the output " + path + " " + refusal);
      } else if (Status status = WriteOutput(path, output.pdf); !status.ok()) {
        diagnostics.Error(SourceLoc{entry.input, 0, 0}, status.message());
        job->write_failed = true;
      } else {
        entry.status = "rendered";
        entry.output = path;
        entry.pages = output.pages;
        entry.bytes = output.pdf.size();
        // Hashing costs about 7% of a batch: only when a manifest will show it.
        if (!request.manifest_path.empty()) entry.sha256 = Sha256Hex(output.pdf);
      }
    }
  }
  RecordDiagnostics(diagnostics, job);
}

// Each worker takes the next job until none are left or a signal arrives.
void RunWorker(const RenderResources& resources, const BatchRequest& request,
               const InputFiles& input_files, std::vector<Job>* jobs, std::atomic<size_t>* next,
               Progress* progress, std::mutex* err_mutex, std::ostream& err) {
  Diagnostics setup;
  std::unique_ptr<Renderer> renderer = Renderer::Create(resources, &setup);
  for (size_t i = next->fetch_add(1); i < jobs->size(); i = next->fetch_add(1)) {
    Job& job = (*jobs)[i];
    if (Interrupted() || !renderer) {
      job.entry = ManifestEntry{};
      job.entry.input = job.input.profile_path;
      job.entry.status = "not started";
      if (!renderer) RecordDiagnostics(setup, &job);
      continue;
    }
    RenderJob(resources, renderer.get(), request, input_files, &job);
    if (!job.diagnostics_text.empty()) {
      std::lock_guard<std::mutex> lock(*err_mutex);
      err << job.diagnostics_text << std::flush;
    }
    progress->Advance(job.entry.status != "rendered");
  }
}

ManifestSummary Summarise(const std::vector<Job>& jobs, const BatchRequest& request) {
  ManifestSummary summary;
  for (const Job& job : jobs) {
    if (job.entry.status == "rendered") ++summary.rendered;
    if (job.entry.status == "failed") ++summary.failed;
    if (job.entry.status == "not started") ++summary.not_started;
  }
  summary.interrupted = Interrupted();
  if (request.shard) {
    summary.shard =
        std::to_string(request.shard->index) + "/" + std::to_string(request.shard->count);
  }
  return summary;
}

int ExitCode(const ManifestSummary& summary, const std::vector<Job>& jobs) {
  if (summary.interrupted) return 128 + InterruptSignal();
  for (const Job& job : jobs) {
    if (job.write_failed) return kExitCannotCreate;
  }
  return summary.failed > 0 ? kExitDataError : 0;
}

// Why the manifest may not be written, checked before any work so a slip in
// --manifest costs nothing: it would replace an input, one of this run's
// PDFs, or something that is not a file. "" when it may be written.
std::string ManifestRefusal(const BatchRequest& request, const std::vector<BatchInput>& inputs,
                            const InputFiles& input_files) {
  const std::string& manifest = request.manifest_path;
  if (std::string refusal = OutputRefusal(manifest, input_files); !refusal.empty()) return refusal;
  if (const OutputTarget target = ClassifyOutputTarget(manifest);
      target.kind == TargetKind::kRefused) {
    return target.refusal;
  }
  const std::filesystem::path path(manifest);
  std::error_code error;
  if (std::filesystem::equivalent(path.has_parent_path() ? path.parent_path() : ".",
                                  request.output_dir, error)) {
    for (const BatchInput& input : inputs) {
      if (input.output_name == path.filename().string()) {
        return "would overwrite the PDF of " + input.profile_path;
      }
    }
  }
  return "";
}

}  // namespace

int RunBatch(const RenderResources& resources, const BatchRequest& request, std::ostream& err) {
  std::vector<std::string> profiles;
  if (Status status = ExpandInputs(request.inputs, &profiles); !status.ok()) {
    err << "careplan: error: " << status.message() << "\n";
    return kExitNoInput;
  }
  std::vector<BatchInput> inputs = AssignOutputNames(profiles);
  if (request.shard) inputs = SelectShard(inputs, *request.shard);
  const InputFiles input_files(profiles);
  std::error_code error;
  std::filesystem::create_directories(request.output_dir, error);
  if (error) {
    err << "careplan: error: " << request.output_dir << ": " << error.message() << "\n";
    return kExitCannotCreate;
  }
  if (!request.manifest_path.empty()) {
    if (const std::string refusal = ManifestRefusal(request, inputs, input_files);
        !refusal.empty()) {
      err << "careplan: error: " << request.manifest_path << ": the manifest " << refusal << "\n";
      return kExitCannotCreate;
    }
  }
  // Temporary files left by a run that was killed (SIGKILL, a power cut).
  RemoveStaleTempFiles(request.output_dir);

  std::vector<Job> jobs(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) jobs[i].input = inputs[i];
  InstallInterruptHandlers();
  Progress progress(static_cast<int>(jobs.size()), Progress::ModeFor(request.quiet), err);
  std::atomic<size_t> next{0};
  std::mutex err_mutex;
  const int workers = std::max(1, std::min<int>(request.jobs, static_cast<int>(jobs.size())));
  std::vector<std::unique_ptr<Poco::Thread>> threads;
  for (int i = 0; i < workers; ++i) {
    threads.push_back(std::make_unique<Poco::Thread>());
    threads.back()->startFunc([&] {
      RunWorker(resources, request, input_files, &jobs, &next, &progress, &err_mutex, err);
    });
  }
  for (auto& thread : threads) thread->join();
  progress.Finish();

  const ManifestSummary summary = Summarise(jobs, request);
  err << summary.rendered << " rendered, " << summary.failed << " failed";
  if (summary.interrupted) err << ", " << summary.not_started << " not started (interrupted)";
  err << "\n";
  if (!request.manifest_path.empty()) {
    std::vector<ManifestEntry> entries;
    for (const Job& job : jobs) entries.push_back(job.entry);
    if (Status status = WriteOutput(request.manifest_path, ManifestJson(entries, summary));
        !status.ok()) {
      err << "careplan: error: " << status.message() << "\n";
      return kExitCannotCreate;
    }
  }
  return ExitCode(summary, jobs);
}

}  // namespace careplan::app
