// The whole pipeline for one profile, from YAML text to PDF bytes:
// load + validate -> select + compute -> compose -> layout -> pdf.
// RenderResources holds what every render reads and nobody changes (guides,
// rules, font metrics), loaded once and shared read-only across threads.
// A Renderer adds what one thread needs for itself (a libharu writer).
// Writing the bytes to a file is the caller's job.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "app/data_paths.h"
#include "base/diagnostics.h"
#include "content/guide.h"
#include "content/knowledge.h"
#include "content/theme.h"
#include "font/font_metrics.h"
#include "pdf/pdf_writer.h"
#include "plan/care_plan.h"
#include "profile/profile.h"
#include "profile/profile_loader.h"

namespace careplan::app {

class RenderResources {
 public:
  // Loads the guides, rules, font metrics and the theme: `theme_file`, or
  // when empty <templates>/themes/default.yaml (careplan's own look when
  // that file does not exist). Errors (bad templates, a bad theme) go to
  // diagnostics and give nullptr.
  static std::unique_ptr<const RenderResources> Load(const DataPaths& paths,
                                                     Diagnostics* diagnostics,
                                                     const std::string& theme_file = "");

  // Loader options that reflect the installed guides; `today` and the
  // --date override are the caller's.
  profile::LoadOptions MakeLoadOptions() const;

  // Loads and checks a profile: the format, then the characters the fonts
  // lack (warnings).
  std::optional<profile::Profile> LoadProfile(const std::string& text, const std::string& file,
                                              const profile::LoadOptions& options,
                                              Diagnostics* diagnostics) const;

  // Computes the plan for a loaded profile (also used by validate and
  // explain). Problems (unknown section ids: errors; unknown names:
  // warnings) go to diagnostics; the plan is usable only without errors.
  plan::CarePlan ComputePlan(const profile::Profile& profile, Diagnostics* diagnostics) const;

  // The guide a profile asks for (or the default); nullptr when not installed.
  const content::Guide* GuideFor(const profile::Profile& profile) const;

  // The rules of the default guide.
  const content::Knowledge& knowledge() const;
  // The rules of `guide` (its own rules folder, or the templates' rules/).
  const content::Knowledge& KnowledgeFor(const content::Guide& guide) const;
  const font::FontMetrics& metrics() const { return *metrics_; }
  const pdf::FontFiles& font_files() const { return font_files_; }
  // The organisation's name, contact line, logo and accent colour.
  const content::Theme& theme() const { return theme_; }

 private:
  RenderResources() = default;
  void WarnAboutMissingGlyphs(const profile::Profile& profile, Diagnostics* diagnostics) const;
  void WarnAboutMissingGlyphs(const content::Theme& theme, Diagnostics* diagnostics) const;

  content::GuideIndex index_;
  std::map<std::string, content::Guide> guides_;
  // By rules folder: guides that share a folder share its rules.
  std::map<std::string, content::Knowledge> knowledge_;
  std::string default_rules_dir_;
  std::unique_ptr<font::FontMetrics> metrics_;
  pdf::FontFiles font_files_;
  content::Theme theme_;
};

// A stage of the pipeline whose result `careplan render --dump` prints as
// text instead of making the PDF (golden tests compare these).
enum class DumpStage {
  kNone,
  kPlan,    // the CarePlan: what was chosen and why (as `careplan explain`)
  kDoc,     // the Document: every block in order
  kLayout,  // the pages with every box drawn on them
};

// "plan", "doc" or "layout"; nullopt for anything else.
std::optional<DumpStage> ParseDumpStage(const std::string& name);

struct RenderOptions {
  std::optional<Date> creation_date;  // default: the plan date
  DumpStage dump = DumpStage::kNone;
  // Also warn, as validate does, about missing contact routes (no emergency
  // number, no out-of-hours route, pregnancy not recorded): for `render`,
  // where one person prints one plan.
  bool warn_about_routes = false;
};

struct RenderOutput {
  std::string pdf;  // empty when a stage was dumped instead
  std::string dump;
  int pages = 0;
};

// Not thread-safe: one Renderer per thread, all sharing one RenderResources.
class Renderer {
 public:
  // REQUIRES: resources outlives the renderer.
  static std::unique_ptr<Renderer> Create(const RenderResources& resources,
                                          Diagnostics* diagnostics);

  // Renders a loaded profile. Returns false (with a diagnostic) on failure.
  bool Render(const profile::Profile& profile, const RenderOptions& options, RenderOutput* output,
              Diagnostics* diagnostics);

 private:
  explicit Renderer(const RenderResources& resources) : resources_(resources) {}

  const RenderResources& resources_;
  std::unique_ptr<pdf::PdfWriter> writer_;
};

}  // namespace careplan::app
