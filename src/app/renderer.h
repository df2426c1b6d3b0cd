// Renderer: the whole pipeline for one profile, from YAML text to PDF bytes:
// load + validate -> select + compute -> compose -> layout -> pdf. Created
// once per thread with the knowledge (guides) and fonts loaded, then used for
// many profiles. Writing the bytes to a file is the caller's job.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "app/data_paths.h"
#include "base/diagnostics.h"
#include "content/guide.h"
#include "font/font_metrics.h"
#include "layout/paged_document.h"
#include "pdf/pdf_writer.h"
#include "profile/profile.h"
#include "profile/profile_loader.h"

namespace careplan::app {

struct RenderOptions {
  std::optional<Date> creation_date;  // default: the plan date
};

struct RenderOutput {
  std::string pdf;
  int pages = 0;
};

class Renderer {
 public:
  // Loads the guides and fonts; errors (bad templates) go to diagnostics.
  static std::unique_ptr<Renderer> Create(const DataPaths& paths, Diagnostics* diagnostics);

  // Loads and checks a profile against the format and the knowledge.
  std::optional<profile::Profile> LoadProfile(const std::string& text, const std::string& file,
                                              const profile::LoadOptions& options,
                                              Diagnostics* diagnostics) const;

  // Renders a loaded profile. Returns false (with a diagnostic) on failure.
  bool Render(const profile::Profile& profile, const RenderOptions& options, RenderOutput* output,
              Diagnostics* diagnostics);

  // Options for the profile loader that reflect the installed knowledge.
  profile::LoadOptions MakeLoadOptions() const;

 private:
  Renderer() = default;
  const content::Guide* GuideFor(const profile::Profile& profile) const;
  void WarnAboutMissingGlyphs(const profile::Profile& profile, Diagnostics* diagnostics) const;

  content::GuideIndex index_;
  std::map<std::string, content::Guide> guides_;
  std::unique_ptr<font::FontMetrics> metrics_;
  std::unique_ptr<pdf::PdfWriter> writer_;
};

}  // namespace careplan::app
