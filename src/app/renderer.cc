#include "app/renderer.h"

#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

#include "base/file_reader.h"
#include "base/utf8.h"
#include "compose/compose.h"
#include "content/guide_loader.h"
#include "content/knowledge_loader.h"
#include "content/theme_loader.h"
#include "doc/document_dump.h"
#include "font/truetype_metrics.h"
#include "layout/layout.h"
#include "layout/layout_dump.h"
#include "plan/compute_plan.h"
#include "plan/contact_routes.h"
#include "plan/explain.h"

namespace careplan::app {
namespace {

// The most pages a plan may have (README, "Limits"): far above any real plan
// (the e2e stress profile has 58 pages), and low enough that a profile of
// maximal lists and notes (over 1,500 pages) is refused before libharu draws.
constexpr size_t kMaxPages = 500;

std::string CodePointName(char32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
  return buffer;
}

layout::PageStyle StyleFor(const profile::Profile& profile) {
  const auto paper = profile.preferences.page_size == profile::PageSize::kLetter
                         ? layout::PaperSize::kLetter
                         : layout::PaperSize::kA4;
  return layout::PageStyle::Make(paper, profile.preferences.large_print);
}

// Theme files and the logos they name; a logo over its limit (2 MB) is
// refused by the theme loader with its own message.
constexpr size_t kMaxThemeFileBytes = 16 << 20;

std::optional<content::Theme> LoadThemeFor(const DataPaths& paths, const std::string& theme_file,
                                           Diagnostics* diagnostics) {
  std::string file = theme_file;
  if (file.empty()) {
    file = paths.templates_dir + "/themes/default.yaml";
    std::error_code error;
    if (!std::filesystem::exists(file, error)) return content::Theme{};  // older templates
  }
  const FileReader read = [](const std::string& path, std::string* text) {
    return ReadFileFromDisk(path, text, kMaxThemeFileBytes);
  };
  return content::LoadTheme(file, read, diagnostics);
}

}  // namespace

std::unique_ptr<const RenderResources> RenderResources::Load(const DataPaths& paths,
                                                             Diagnostics* diagnostics,
                                                             const std::string& theme_file) {
  std::unique_ptr<RenderResources> resources(new RenderResources());
  const std::string guides_dir = paths.templates_dir + "/guides";
  const FileReader read = DiskFileReader();
  auto index = content::LoadGuideIndex(guides_dir, read, diagnostics);
  if (!index) return nullptr;
  resources->index_ = std::move(*index);
  for (const content::GuideEntry& entry : resources->index_.guides) {
    if (auto guide = content::LoadGuide(guides_dir, entry.id, read, diagnostics)) {
      resources->guides_.emplace(entry.id, std::move(*guide));
    }
  }
  resources->default_rules_dir_ = paths.templates_dir + "/rules";
  std::set<std::string> rules_dirs;
  for (const auto& [id, guide] : resources->guides_) {
    rules_dirs.insert(guide.rules_dir.empty() ? resources->default_rules_dir_ : guide.rules_dir);
  }
  for (const std::string& rules_dir : rules_dirs) {
    if (auto knowledge = content::LoadKnowledge(rules_dir, read, diagnostics)) {
      resources->knowledge_.emplace(rules_dir, std::move(*knowledge));
    }
  }
  for (const auto& [id, guide] : resources->guides_) {
    const std::string& rules_dir =
        guide.rules_dir.empty() ? resources->default_rules_dir_ : guide.rules_dir;
    if (const auto found = resources->knowledge_.find(rules_dir);
        found != resources->knowledge_.end()) {
      content::CheckGuideAgainstKnowledge(guide, found->second, diagnostics);
    }
  }
  resources->font_files_ = {paths.fonts_dir + "/NotoSans-Regular.ttf",
                            paths.fonts_dir + "/NotoSans-Bold.ttf"};
  Status status;
  resources->metrics_ = font::TrueTypeMetrics::Load(resources->font_files_.regular,
                                                    resources->font_files_.bold, &status);
  if (!status.ok()) diagnostics->Error(SourceLoc{paths.fonts_dir, 0, 0}, status.message());
  if (auto theme = LoadThemeFor(paths, theme_file, diagnostics)) {
    resources->theme_ = std::move(*theme);
    if (resources->metrics_) resources->WarnAboutMissingGlyphs(resources->theme_, diagnostics);
  }
  if (diagnostics->has_errors()) return nullptr;
  return resources;
}

profile::LoadOptions RenderResources::MakeLoadOptions() const {
  profile::LoadOptions options;
  for (const content::GuideEntry& entry : index_.guides) options.guides.push_back(entry.id);
  options.default_guide = index_.default_guide;
  for (const auto& [id, guide] : guides_) {
    options.vocabularies[id] =
        std::make_shared<const profile::Vocabulary>(KnowledgeFor(guide).vocabulary);
  }
  return options;
}

const content::Knowledge& RenderResources::KnowledgeFor(const content::Guide& guide) const {
  // Load() succeeded, so every guide's rules folder loaded.
  return knowledge_.at(guide.rules_dir.empty() ? default_rules_dir_ : guide.rules_dir);
}

const content::Knowledge& RenderResources::knowledge() const {
  const auto guide = guides_.find(index_.default_guide);
  if (guide != guides_.end()) return KnowledgeFor(guide->second);
  static const content::Knowledge kNone;
  return kNone;
}

std::optional<profile::Profile> RenderResources::LoadProfile(const std::string& text,
                                                             const std::string& file,
                                                             const profile::LoadOptions& options,
                                                             Diagnostics* diagnostics) const {
  auto profile = profile::LoadProfile(text, file, options, diagnostics);
  if (profile) WarnAboutMissingGlyphs(*profile, diagnostics);
  return profile;
}

const content::Guide* RenderResources::GuideFor(const profile::Profile& profile) const {
  const std::string& id = profile.guide.empty() ? index_.default_guide : profile.guide;
  const auto found = guides_.find(id);
  return found == guides_.end() ? nullptr : &found->second;
}

void RenderResources::WarnAboutMissingGlyphs(const profile::Profile& profile,
                                             Diagnostics* diagnostics) const {
  for (const profile::PrintedText& printed : profile.printed_texts) {
    for (char32_t code_point : DecodeUtf8(printed.text)) {
      if (code_point == '\n' || code_point == '\r' || code_point == '\t') continue;
      if (metrics_->HasGlyph(font::Face::kRegular, code_point)) continue;
      std::string character;
      AppendUtf8(code_point, &character);
      diagnostics->Warning(printed.loc, printed.field + ": the character \"" + character + "\" (" +
                                            CodePointName(code_point) +
                                            ") is not in the bundled fonts and will print as a "
                                            "box");
    }
  }
}

void RenderResources::WarnAboutMissingGlyphs(const content::Theme& theme,
                                             Diagnostics* diagnostics) const {
  const std::pair<const char*, const std::string*> fields[] = {
      {"organisation", &theme.organisation}, {"contact", &theme.contact}};
  for (const auto& [field, text] : fields) {
    for (char32_t code_point : DecodeUtf8(*text)) {
      if (metrics_->HasGlyph(font::Face::kRegular, code_point)) continue;
      std::string character;
      AppendUtf8(code_point, &character);
      diagnostics->Warning(SourceLoc{theme.file, 0, 0},
                           std::string(field) + ": the character \"" + character + "\" (" +
                               CodePointName(code_point) +
                               ") is not in the bundled fonts and will print as a box");
    }
  }
}

std::unique_ptr<Renderer> Renderer::Create(const RenderResources& resources,
                                           Diagnostics* diagnostics) {
  std::unique_ptr<Renderer> renderer(new Renderer(resources));
  Status status;
  renderer->writer_ = pdf::PdfWriter::Create(resources.font_files(), &status);
  if (!status.ok()) {
    diagnostics->Error(SourceLoc{resources.font_files().regular, 0, 0}, status.message());
    return nullptr;
  }
  return renderer;
}

plan::CarePlan RenderResources::ComputePlan(const profile::Profile& profile,
                                            Diagnostics* diagnostics) const {
  const content::Guide* guide = GuideFor(profile);
  if (!guide) {
    diagnostics->Error(SourceLoc{profile.file, 0, 0},
                       "guide \"" + profile.guide + "\" is not installed");
    return {};
  }
  plan::CarePlan plan = plan::ComputePlan(profile, *guide, KnowledgeFor(*guide), diagnostics);
  plan::ApplyClinicDefaults(theme_, &plan);
  return plan;
}

std::optional<DumpStage> ParseDumpStage(const std::string& name) {
  if (name == "plan") return DumpStage::kPlan;
  if (name == "doc") return DumpStage::kDoc;
  if (name == "layout") return DumpStage::kLayout;
  return std::nullopt;
}

bool Renderer::Render(const profile::Profile& profile, const RenderOptions& options,
                      RenderOutput* output, Diagnostics* diagnostics) {
  const plan::CarePlan plan = resources_.ComputePlan(profile, diagnostics);
  if (diagnostics->has_errors()) return false;
  if (options.warn_about_routes)
    plan::WarnAboutMissingRoutes(plan, resources_.theme().file, diagnostics);
  if (options.dump == DumpStage::kPlan) {
    output->dump = plan::FormatExplanation(plan);
    return true;
  }
  const content::Theme& theme = resources_.theme();
  layout::PageStyle style = StyleFor(profile);
  style.accent = theme.accent;
  compose::ComposeOptions compose_options;
  compose_options.creator = std::string("careplan ") + CAREPLAN_VERSION;
  compose_options.creation_date = options.creation_date;
  compose_options.metrics = &resources_.metrics();
  compose_options.content_width_pt = style.content_width();
  compose_options.content_height_pt = style.content_height();
  compose_options.body_size_pt = style.body_size;
  compose_options.theme = &theme;
  const doc::Document document = compose::BuildDocument(plan, compose_options);
  if (options.dump == DumpStage::kDoc) {
    std::ostringstream text;
    doc::DumpDocument(document, text);
    output->dump = text.str();
    return true;
  }
  const layout::PagedDocument paged = layout::LayoutDocument(document, resources_.metrics(), style);
  if (options.dump == DumpStage::kLayout) {
    std::ostringstream text;
    layout::DumpLayout(paged, text);
    output->dump = text.str();
    output->pages = static_cast<int>(paged.pages.size());
    return true;
  }
  if (paged.pages.size() > kMaxPages) {
    diagnostics->Error(SourceLoc{profile.file, 0, 0},
                       "the plan would have " + std::to_string(paged.pages.size()) +
                           " pages; the limit is " + std::to_string(kMaxPages),
                       {"shorten the longest notes, or leave out old treatments and tests"});
    return false;
  }
  if (Status status = writer_->Write(paged, &output->pdf); !status.ok()) {
    diagnostics->Error(SourceLoc{profile.file, 0, 0}, "cannot make the PDF: " + status.message());
    return false;
  }
  output->pages = static_cast<int>(paged.pages.size());
  return true;
}

}  // namespace careplan::app
