#include "app/cli.h"

#include <Poco/Environment.h>
#include <Poco/LocalDateTime.h>
#include <Poco/Util/Application.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>
#include <Poco/Util/OptionSet.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "app/batch.h"
#include "app/data_paths.h"
#include "app/help.h"
#include "app/output_guard.h"
#include "app/output_target.h"
#include "app/renderer.h"
#include "app/starter.h"
#include "app/write_new_file.h"
#include "base/file_reader.h"
#include "content/readability.h"
#include "plan/contact_routes.h"
#include "plan/explain.h"
#include "profile/profile_keys.h"
#include "profile/profile_limits.h"
#include "profile/profile_schema.h"

namespace careplan::app {
namespace {

using Poco::Util::Application;
using Poco::Util::Option;

constexpr int kExitOk = Application::EXIT_OK;
constexpr int kExitUsage = Application::EXIT_USAGE;
constexpr int kExitDataError = Application::EXIT_DATAERR;
constexpr int kExitNoInput = Application::EXIT_NOINPUT;
constexpr int kExitCannotCreate = Application::EXIT_CANTCREAT;
constexpr int kExitSoftware = Application::EXIT_SOFTWARE;

struct CliRequest {
  std::string command;
  std::vector<std::string> files;
  std::string output;
  std::string date;
  std::string templates;
  std::string theme;
  std::string jobs;
  std::string manifest;
  std::string shard;
  std::string dump;
  std::string guide_sections;
  bool quiet = false;
  bool packet = false;  // init: a packet profile
  bool help = false;    // --help: the command's help (the overview without one)
  bool version = false;
};

class UsageError : public std::runtime_error {
  using std::runtime_error::runtime_error;
};

Poco::Util::OptionSet MakeOptionSet() {
  Poco::Util::OptionSet options;
  options.addOption(Option("output", "o").argument("FILE"));
  options.addOption(Option("date", "d").argument("DATE"));
  options.addOption(Option("templates", "t").argument("DIR"));
  options.addOption(Option("theme", "T").argument("FILE"));
  options.addOption(Option("jobs", "j").argument("N"));
  options.addOption(Option("manifest", "m").argument("FILE"));
  options.addOption(Option("shard", "s").argument("K/N"));
  options.addOption(Option("guide-sections", "").argument("WHICH"));
  options.addOption(Option("quiet", "q"));
  options.addOption(Option("dump", "").argument("STAGE"));
  options.addOption(Option("packet", ""));
  options.addOption(Option("help", "h"));
  options.addOption(Option("version", "V"));
  return options;
}

CliRequest ParseArguments(int argc, char** argv) {
  const Poco::Util::OptionSet option_set = MakeOptionSet();
  Poco::Util::OptionProcessor processor(option_set);
  processor.setUnixStyle(true);
  CliRequest request;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    std::string name, value;
    try {
      if (processor.process(argument, name, value)) {
        if (name == "output") request.output = value;
        if (name == "date") request.date = value;
        if (name == "templates") request.templates = value;
        if (name == "theme") request.theme = value;
        if (name == "jobs") request.jobs = value;
        if (name == "manifest") request.manifest = value;
        if (name == "shard") request.shard = value;
        if (name == "guide-sections") request.guide_sections = value;
        if (name == "quiet") request.quiet = true;
        if (name == "dump") request.dump = value;
        if (name == "packet") request.packet = true;
        if (name == "help") request.help = true;
        if (name == "version") request.version = true;
        continue;
      }
    } catch (const Poco::Util::OptionException& error) {
      throw UsageError(error.displayText());
    }
    if (!name.empty()) continue;  // an option waiting for its argument
    if (request.command.empty()) {
      request.command = argument;
    } else {
      request.files.push_back(argument);
    }
  }
  try {
    processor.checkRequired();
  } catch (const Poco::Util::OptionException& error) {
    throw UsageError(error.displayText());
  }
  return request;
}

Date Today() {
  const Poco::LocalDateTime now;
  return Date(now.year(), now.month(), now.day());
}

// SOURCE_DATE_EPOCH (reproducible builds) fixes the PDF's creation date.
std::optional<Date> SourceDateEpoch() {
  if (!Poco::Environment::has("SOURCE_DATE_EPOCH")) return std::nullopt;
  const std::string value = Poco::Environment::get("SOURCE_DATE_EPOCH");
  char* end = nullptr;
  const long long seconds = std::strtoll(value.c_str(), &end, 10);
  // The last second a PDF date (and Date) can hold: 9999-12-31T23:59:59Z.
  constexpr long long kLastSecond = 253402300799;
  if (value.empty() || *end != '\0' || seconds < 0 || seconds > kLastSecond) {
    throw UsageError("SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to " +
                     std::to_string(kLastSecond) + ", not \"" + value + "\"");
  }
  return Date::FromDaysSinceEpoch(seconds / 86400);
}

// One error about `where` (a file, or "careplan"), shown as diagnostics are:
// a file name or message can never act on the terminal.
void PrintError(const std::string& where, const std::string& message) {
  std::cerr << FormatDiagnostic(Diagnostic{Severity::kError, SourceLoc{where, 0, 0}, message, {}})
            << "\n";
}

void PrintDiagnostics(const Diagnostics& diagnostics) {
  std::cerr << FormatDiagnostics(diagnostics);
}

std::string NoThemeMessage(const DataPaths& paths, const std::string& theme) {
  if (!IsBundledThemeName(theme)) return "no such file";
  std::string names;
  for (const std::string& name : BundledThemeNames(paths)) {
    names += (names.empty() ? "" : ", ") + name;
  }
  return "no such file, and no bundled theme of that name (bundled: " + names + ")";
}

std::unique_ptr<const RenderResources> LoadResources(const CliRequest& request, int* exit_code) {
  DataPaths paths;
  if (Status status = FindDataPaths(request.templates, &paths); !status.ok()) {
    PrintError("careplan", status.message());
    *exit_code = kExitNoInput;
    return nullptr;
  }
  const std::string theme = ResolveThemeFile(paths, request.theme);
  if (!theme.empty()) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(theme, error)) {
      PrintError("careplan",
                 "--theme " + request.theme + ": " + NoThemeMessage(paths, request.theme));
      *exit_code = kExitNoInput;
      return nullptr;
    }
  }
  Diagnostics diagnostics;
  auto resources = RenderResources::Load(paths, &diagnostics, theme);
  PrintDiagnostics(diagnostics);
  if (!resources) *exit_code = kExitDataError;
  return resources;
}

profile::LoadOptions MakeLoadOptions(const RenderResources& resources, const CliRequest& request) {
  profile::LoadOptions options = resources.MakeLoadOptions();
  options.today = Today();
  if (!request.date.empty()) {
    options.plan_date = Date::ParseIso(request.date);
    if (!options.plan_date) {
      throw UsageError("--date expects a real date as YYYY-MM-DD, not \"" + request.date + "\"");
    }
  }
  if (!request.guide_sections.empty()) {
    const std::vector<std::string>& words = profile::GuideSectionsWords();
    const auto word = std::find(words.begin(), words.end(), request.guide_sections);
    if (word == words.end()) {
      throw UsageError("--guide-sections expects relevant, none or all, not \"" +
                       request.guide_sections + "\"");
    }
    options.guide_sections = static_cast<profile::GuideSections>(word - words.begin());
  }
  return options;
}

// Reads and loads one profile; sets *exit_code on failure.
std::optional<profile::Profile> ReadProfile(const RenderResources& resources,
                                            const std::string& file,
                                            const profile::LoadOptions& options, int* exit_code) {
  std::string text;
  // Never more than the limit and a byte, whatever the file says its size is.
  if (Status status = ReadFileFromDisk(file, &text, profile::kMaxFileBytes); !status.ok()) {
    PrintError(file, status.message());
    // Too large is bad data; missing, a folder, a device or unreadable: no input.
    *exit_code = status.code() == Status::Code::kInvalidArgument ? kExitDataError : kExitNoInput;
    return std::nullopt;
  }
  Diagnostics diagnostics;
  auto profile = resources.LoadProfile(text, file, options, &diagnostics);
  PrintDiagnostics(diagnostics);
  if (!profile) *exit_code = kExitDataError;
  return profile;
}

int RunValidate(const CliRequest& request) {
  if (request.files.empty()) throw UsageError("validate needs at least one profile");
  int exit_code = kExitOk;
  auto resources = LoadResources(request, &exit_code);
  if (!resources) return exit_code;
  const profile::LoadOptions options = MakeLoadOptions(*resources, request);
  int worst = kExitOk;
  for (const std::string& file : request.files) {
    int file_exit = kExitOk;
    if (auto profile = ReadProfile(*resources, file, options, &file_exit)) {
      // Section ids and medicine names are checked against the knowledge.
      Diagnostics diagnostics;
      const plan::CarePlan plan = resources->ComputePlan(*profile, &diagnostics);
      if (!diagnostics.has_errors())
        plan::WarnAboutMissingRoutes(plan, resources->theme().file, &diagnostics);
      PrintDiagnostics(diagnostics);
      if (diagnostics.has_errors()) {
        file_exit = kExitDataError;
      } else {
        std::cout << PrintableText(file) << ": ok\n";
      }
    }
    // A missing file (66) outranks bad data (65) in the final exit code.
    if (file_exit != kExitOk && (worst == kExitOk || file_exit == kExitNoInput)) worst = file_exit;
  }
  return worst;
}

// Beside the profile, as Typst does: dir/anna.yaml -> dir/anna.pdf.
std::string DefaultOutputPath(const std::string& profile_path) {
  return std::filesystem::path(profile_path).replace_extension(".pdf").string();
}

RenderOptions MakeRenderOptions(const CliRequest& request) {
  RenderOptions options;
  options.creation_date = SourceDateEpoch();
  if (!request.dump.empty()) {
    const std::optional<DumpStage> stage = ParseDumpStage(request.dump);
    if (!stage)
      throw UsageError("--dump expects plan, doc or layout, not \"" + request.dump + "\"");
    options.dump = *stage;
  }
  return options;
}

// `render --dump STAGE`: the stage as text on standard output; no PDF.
int PrintStage(const RenderResources& resources, const profile::Profile& profile,
               const RenderOptions& render_options) {
  Diagnostics diagnostics;
  auto renderer = Renderer::Create(resources, &diagnostics);
  RenderOutput rendered;
  const bool ok = renderer && renderer->Render(profile, render_options, &rendered, &diagnostics);
  PrintDiagnostics(diagnostics);
  if (!ok) return diagnostics.has_errors() ? kExitDataError : kExitSoftware;
  std::cout << rendered.dump;
  return kExitOk;
}

int RunRender(const CliRequest& request) {
  if (request.files.size() != 1) throw UsageError("render needs exactly one profile");
  const std::string& input = request.files[0];
  const std::string output = request.output.empty() ? DefaultOutputPath(input) : request.output;
  RenderOptions render_options = MakeRenderOptions(request);
  // The person printing one plan sees what validate would say of its routes:
  // a plan with no emergency or out-of-hours number should not go out unseen.
  render_options.warn_about_routes = true;
  int exit_code = kExitOk;
  auto resources = LoadResources(request, &exit_code);
  if (!resources) return exit_code;
  auto profile = ReadProfile(*resources, input, MakeLoadOptions(*resources, request), &exit_code);
  if (!profile) return exit_code;
  if (render_options.dump != DumpStage::kNone)
    return PrintStage(*resources, *profile, render_options);
  if (const std::string refusal = OutputRefusal(output, InputFiles({input})); !refusal.empty()) {
    PrintError(output, "the output " + refusal);
    return kExitCannotCreate;
  }
  Diagnostics diagnostics;
  auto renderer = Renderer::Create(*resources, &diagnostics);
  RenderOutput rendered;
  const bool ok = renderer && renderer->Render(*profile, render_options, &rendered, &diagnostics);
  PrintDiagnostics(diagnostics);
  if (!ok) return diagnostics.has_errors() ? kExitDataError : kExitSoftware;
  if (Status status = WriteOutput(output, rendered.pdf); !status.ok()) {
    PrintError("careplan", status.message());
    return kExitCannotCreate;
  }
  // With -o - the PDF is on standard output, so the note goes to stderr.
  (output == "-" ? std::cerr : std::cout)
      << PrintableText(output) << ": " << rendered.pages << " pages\n";
  return kExitOk;
}

int RunExplain(const CliRequest& request) {
  if (request.files.size() != 1) throw UsageError("explain needs exactly one profile");
  int exit_code = kExitOk;
  auto resources = LoadResources(request, &exit_code);
  if (!resources) return exit_code;
  auto profile =
      ReadProfile(*resources, request.files[0], MakeLoadOptions(*resources, request), &exit_code);
  if (!profile) return exit_code;
  Diagnostics diagnostics;
  const plan::CarePlan plan = resources->ComputePlan(*profile, &diagnostics);
  PrintDiagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitDataError;
  std::cout << plan::FormatExplanation(plan);
  return kExitOk;
}

int RunReadability(const CliRequest& request) {
  int exit_code = kExitOk;
  auto resources = LoadResources(request, &exit_code);
  if (!resources) return exit_code;
  const profile::Profile packet_like;  // the default guide
  const content::Guide* guide = resources->GuideFor(packet_like);
  if (!guide) return kExitDataError;
  std::cout << content::FormatReadabilityReport(content::ReadabilityReport(*guide));
  return kExitOk;
}

int ParseJobs(const std::string& text) {
  if (text.empty()) return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  char* end = nullptr;
  const long jobs = std::strtol(text.c_str(), &end, 10);
  if (*end != '\0' || jobs < 1 || jobs > 256) {
    throw UsageError("--jobs expects a whole number from 1 to 256, not \"" + text + "\"");
  }
  return static_cast<int>(jobs);
}

int RunBatchCommand(const CliRequest& request) {
  if (request.files.empty()) throw UsageError("batch needs at least one profile or folder");
  if (request.output.empty()) throw UsageError("batch needs an output folder: -o DIR");
  BatchRequest batch;
  batch.inputs = request.files;
  batch.output_dir = request.output;
  batch.jobs = ParseJobs(request.jobs);
  batch.manifest_path = request.manifest;
  batch.quiet = request.quiet;
  if (!request.shard.empty()) {
    Shard shard;
    if (!ParseShard(request.shard, &shard)) {
      throw UsageError("--shard expects K/N with 1 <= K <= N, not \"" + request.shard + "\"");
    }
    batch.shard = shard;
  }
  if (!request.dump.empty()) throw UsageError("--dump goes with render, not batch");
  batch.render_options = MakeRenderOptions(request);
  int exit_code = kExitOk;
  auto resources = LoadResources(request, &exit_code);
  if (!resources) return exit_code;
  batch.load_options = MakeLoadOptions(*resources, request);
  return RunBatch(*resources, batch, std::cerr);
}

int RunInit(const CliRequest& request) {
  if (request.files.size() + (request.output.empty() ? 0 : 1) > 1) {
    throw UsageError("init takes at most one file");
  }
  const std::string target = request.files.empty() ? request.output : request.files[0];
  DataPaths paths;
  if (Status status = FindDataPaths(request.templates, &paths); !status.ok()) {
    PrintError("careplan", status.message());
    return kExitNoInput;
  }
  std::string text;
  const StarterKind kind = request.packet ? StarterKind::kPacket : StarterKind::kPatient;
  if (Status status = StarterProfile(paths, kind, &text); !status.ok()) {
    PrintError("careplan", status.message());
    return kExitNoInput;
  }
  if (target.empty()) {
    std::cout << text;
    return kExitOk;
  }
  if (Status status = WriteNewFile(target, text); !status.ok()) {
    PrintError("careplan", status.message());
    return kExitCannotCreate;
  }
  std::cout << target << ": written; edit it, then: careplan validate " << target << "\n";
  return kExitOk;
}

// The organs, subtypes and antibodies in the schema are the default guide's
// (its rules' vocabulary.yaml), so the templates are loaded.
int RunSchema(const CliRequest& request) {
  if (!request.files.empty()) throw UsageError("schema takes no file; use -o FILE");
  int exit_code = kExitOk;
  const auto resources = LoadResources(request, &exit_code);
  if (!resources) return exit_code;
  const std::string schema = profile::ProfileJsonSchema(&resources->knowledge().vocabulary);
  if (request.output.empty()) {
    std::cout << schema;
    return kExitOk;
  }
  if (Status status = AtomicWriteFile(request.output, schema); !status.ok()) {
    PrintError("careplan", status.message());
    return kExitCannotCreate;
  }
  return kExitOk;
}

// `careplan --help`, `careplan COMMAND --help` and `careplan help [COMMAND]`.
int RunHelp(const CliRequest& request) {
  std::string topic = request.command == "help" ? "" : request.command;
  if (request.command == "help" && !request.files.empty()) topic = request.files[0];
  if (topic.empty()) {
    std::cout << OverviewHelp();
    return kExitOk;
  }
  const std::string_view text = CommandHelp(topic);
  if (text.empty()) throw UsageError("unknown command \"" + topic + "\"");
  std::cout << text;
  return kExitOk;
}

int Run(const CliRequest& request) {
  if (request.help || request.command == "help") return RunHelp(request);
  if (request.version) {
    std::cout << "careplan " << CAREPLAN_VERSION << "\n";
    return kExitOk;
  }
  if (request.command == "validate") return RunValidate(request);
  if (request.command == "render") return RunRender(request);
  if (request.command == "batch") return RunBatchCommand(request);
  if (request.command == "explain") return RunExplain(request);
  if (request.command == "readability") return RunReadability(request);
  if (request.command == "init") return RunInit(request);
  if (request.command == "schema") return RunSchema(request);
  if (request.command.empty()) throw UsageError("no command given");
  throw UsageError("unknown command \"" + request.command + "\"");
}

}  // namespace

int RunCli(int argc, char** argv) {
  try {
    return Run(ParseArguments(argc, argv));
  } catch (const UsageError& error) {
    std::cerr << "careplan: " << error.what() << "\n\n" << OverviewHelp();
    return kExitUsage;
  } catch (const std::exception& error) {
    std::cerr << "careplan: internal error: " << error.what() << "\n";
    return kExitSoftware;
  }
}

}  // namespace careplan::app
