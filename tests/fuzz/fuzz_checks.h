// What each fuzz target checks, as functions that the libFuzzer targets
// (fuzz_*.cc) and the regression tests (tests/unit/hardening/) share: a
// crash found by fuzzing is replayed in the unit tests through exactly the
// code that found it. Each Check* returns "" when the input was handled
// well, or what went wrong; crashes, leaks and undefined behaviour are the
// sanitizers' to report.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "app/data_paths.h"
#include "app/renderer.h"
#include "base/date.h"
#include "base/diagnostics.h"
#include "base/file_reader.h"
#include "base/image_info.h"
#include "content/guide_loader.h"
#include "content/knowledge_loader.h"
#include "content/theme_loader.h"
#include "font/truetype_metrics.h"
#include "layout/layout.h"
#include "pdf/pdf_writer.h"
#include "plan/compute_plan.h"
#include "profile/profile_loader.h"

namespace careplan::fuzz {

inline const std::string kSourceDir = CAREPLAN_SOURCE_DIR;
inline const std::string kGuideId = "scleroderma-treatment-resistance";

inline app::DataPaths RealDataPaths() { return {kSourceDir + "/templates", kSourceDir + "/fonts"}; }

// The plan date of every fuzzed profile that has none, so that runs repeat.
inline Date FuzzToday() { return Date(2026, 11, 24); }

// ---- fuzz_profile: the profile loader -------------------------------------

// LoadProfile returns a profile exactly when it reports no error, and every
// diagnostic formats (the printer quotes the line and points at the column).
inline std::string CheckProfileText(std::string_view text) {
  profile::LoadOptions options;
  options.today = FuzzToday();
  options.guides = {kGuideId};
  Diagnostics diagnostics;
  const auto loaded = profile::LoadProfile(text, "fuzz.yaml", options, &diagnostics);
  const std::string printed = FormatDiagnostics(diagnostics);
  if (loaded.has_value() == diagnostics.has_errors()) {
    return "LoadProfile returned a profile with errors, or none without:\n" + printed;
  }
  return "";
}

// ---- fuzz_guide_section: one guide section file ----------------------------

// A section that parses also lays out, with the real fonts' metrics.
inline std::string CheckGuideSectionText(const std::string& text, const font::FontMetrics& metrics,
                                         bool large_print) {
  Diagnostics diagnostics;
  const auto section = content::ParseGuideSection(text, "sections/fuzz.md", &diagnostics);
  const std::string printed = FormatDiagnostics(diagnostics);
  if (section.has_value() == diagnostics.has_errors()) {
    return "ParseGuideSection returned a section with errors, or none without:\n" + printed;
  }
  if (!section) return "";
  doc::Document document;
  document.info.title = section->title;
  document.blocks = section->body;
  const layout::PagedDocument paged = layout::LayoutDocument(
      document, metrics, layout::PageStyle::Make(layout::PaperSize::kA4, large_print));
  if (paged.pages.empty()) return "the section laid out into no pages";
  return "";
}

inline std::unique_ptr<font::TrueTypeMetrics> LoadRealMetrics() {
  Status status;
  auto metrics = font::TrueTypeMetrics::Load(kSourceDir + "/fonts/NotoSans-Regular.ttf",
                                             kSourceDir + "/fonts/NotoSans-Bold.ttf", &status);
  if (!status.ok()) return nullptr;
  return metrics;
}

// ---- fuzz_rules: the rules loader --------------------------------------------

// The six rule files; the first byte of a fuzz input picks one (modulo 6).
inline constexpr const char* kRuleFiles[] = {"sources.yaml",   "tests.yaml",  "lifestyle.yaml",
                                             "medicines.yaml", "organs.yaml", "general.yaml"};
inline constexpr size_t kRuleFileCount = sizeof kRuleFiles / sizeof kRuleFiles[0];

// The real rules, guide and an example profile, read once. Rules that load
// and agree with the guide must compute a plan for the example.
class RulesChecker {
 public:
  // Returns null (and says why in *error) when the real files do not load.
  static std::unique_ptr<RulesChecker> Create(std::string* error) {
    std::unique_ptr<RulesChecker> checker(new RulesChecker());
    for (const char* name : kRuleFiles) {
      const std::string path = checker->rules_dir_ + "/" + name;
      if (Status status = ReadFileFromDisk(path, &checker->files_[path]); !status.ok()) {
        *error = status.message();
        return nullptr;
      }
    }
    Diagnostics diagnostics;
    auto guide = content::LoadGuide(kSourceDir + "/templates/guides", kGuideId, DiskFileReader(),
                                    &diagnostics);
    profile::LoadOptions options;
    options.today = FuzzToday();
    const std::string example_path = kSourceDir + "/examples/maria-diffuse-ild.yaml";
    std::string example_text;
    (void)ReadFileFromDisk(example_path, &example_text);
    auto example = profile::LoadProfile(example_text, example_path, options, &diagnostics);
    if (!guide || !example) {
      *error = FormatDiagnostics(diagnostics);
      return nullptr;
    }
    checker->guide_ = std::move(*guide);
    checker->example_ = std::move(*example);
    return checker;
  }

  // `input`: the selector byte, then the text of that rule file.
  std::string Check(std::string_view input) const {
    if (input.empty()) return "";
    std::map<std::string, std::string> files = files_;
    const size_t which = static_cast<unsigned char>(input[0]) % kRuleFileCount;
    files[rules_dir_ + "/" + kRuleFiles[which]] = std::string(input.substr(1));
    const FileReader read = [&files](const std::string& path, std::string* text) {
      const auto found = files.find(path);
      if (found == files.end()) return Status::NotFound(path + ": no such file");
      *text = found->second;
      return Status::Ok();
    };
    Diagnostics diagnostics;
    const auto knowledge = content::LoadKnowledge(rules_dir_, read, &diagnostics);
    const std::string printed = FormatDiagnostics(diagnostics);
    if (knowledge.has_value() == diagnostics.has_errors()) {
      return "LoadKnowledge returned rules with errors, or none without:\n" + printed;
    }
    if (!knowledge) return "";
    content::CheckGuideAgainstKnowledge(guide_, *knowledge, &diagnostics);
    if (diagnostics.has_errors()) return "";
    (void)plan::ComputePlan(example_, guide_, *knowledge, &diagnostics);
    return "";
  }

 private:
  RulesChecker() = default;

  const std::string rules_dir_ = kSourceDir + "/templates/rules";
  std::map<std::string, std::string> files_;
  content::Guide guide_;
  profile::Profile example_;
};

// ---- fuzz_render: the whole pipeline ------------------------------------------

// A profile the loader accepts either renders to a complete PDF or is
// refused with an error (an unknown section id, the page limit); libharu
// never fails on it.
inline std::string CheckRenderText(const app::RenderResources& resources, app::Renderer* renderer,
                                   const std::string& text) {
  profile::LoadOptions options = resources.MakeLoadOptions();
  options.today = FuzzToday();
  Diagnostics diagnostics;
  const auto profile = resources.LoadProfile(text, "fuzz.yaml", options, &diagnostics);
  if (!profile) return "";
  app::RenderOutput output;
  if (renderer->Render(*profile, app::RenderOptions{}, &output, &diagnostics)) {
    const std::string_view pdf = output.pdf;
    if (output.pages < 1 || !pdf.starts_with("%PDF-") ||
        pdf.find("%%EOF", pdf.size() - 8) == std::string_view::npos) {
      return "an incomplete PDF";
    }
    return "";
  }
  const std::string printed = FormatDiagnostics(diagnostics);
  if (!diagnostics.has_errors()) return "Render failed without an error";
  // Match the message's start, not the text: the profile's own words (which
  // the fuzzer learns from this very string) are quoted in other messages.
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    if (diagnostic.message.starts_with("cannot make the PDF")) {
      return "libharu failed on an accepted profile:\n" + printed;
    }
  }
  return "";
}

// ---- fuzz_image: a clinic's logo ----------------------------------------------

// Sets the checksum (CRC-32) of every whole chunk of a PNG, so that mutated
// inputs get past the checksum test to the checks of the chunks' contents.
inline void FixPngChecksums(std::string* png) {
  static const std::string kMagic = "\x89PNG\r\n\x1a\n";
  if (png->compare(0, kMagic.size(), kMagic) != 0) return;
  const auto byte = [png](size_t i) {
    return static_cast<uint32_t>(static_cast<uint8_t>((*png)[i]));
  };
  for (size_t at = kMagic.size(); at + 12 <= png->size();) {
    const uint32_t length = byte(at) << 24 | byte(at + 1) << 16 | byte(at + 2) << 8 | byte(at + 3);
    if (length > png->size() - at - 12) return;
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = at + 4; i < at + 8 + length; ++i) {
      crc ^= byte(i);
      for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xFFFFFFFFu;
    for (int i = 0; i < 4; ++i)
      (*png)[at + 8 + length + i] = static_cast<char>(crc >> (24 - 8 * i));
    at += 12 + length;
  }
}

// CheckedImage::Check accepts an image or says why not; an image it accepts
// is drawn into a one-page PDF by the real writer (libharu), which must
// succeed: the check exists so that libharu never sees a file it would
// crash or hang on.
inline std::string CheckImageBytes(std::string bytes, pdf::PdfWriter* writer) {
  FixPngChecksums(&bytes);
  Status status;
  const auto image = CheckedImage::Check(bytes, &status);
  if (!image) {
    if (status.ok()) return "Check refused an image without saying why";
    return "";
  }
  const ImageInfo& info = image->info();
  if (info.width_px < 1 || info.height_px < 1 || info.width_px > kMaxImageSide ||
      info.height_px > kMaxImageSide) {
    return "Check accepted an image of " + std::to_string(info.width_px) + " x " +
           std::to_string(info.height_px) + " pixels";
  }
  layout::PagedDocument document;
  document.info.title = "Logo";
  document.info.creation_date = FuzzToday();
  document.pages.resize(1);
  document.pages[0].items.push_back(layout::ImageItem{56.7, 56.7, 113.4, 56.7, image});
  std::string pdf;
  if (Status written = writer->Write(document, &pdf); !written.ok()) {
    return "libharu refused an image the check accepted: " + written.message();
  }
  return "";
}

inline pdf::FontFiles RealFontFiles() {
  return {kSourceDir + "/fonts/NotoSans-Regular.ttf", kSourceDir + "/fonts/NotoSans-Bold.ttf"};
}

// ---- fuzz_theme: a clinic's theme file ---------------------------------------

// The fuzzed theme is read as if it were a file in templates/themes/, so that
// a logo it names can be the real example logo (or any other file there,
// which the loader must then refuse or check).
inline const std::string kFuzzThemeFile = kSourceDir + "/templates/themes/fuzz-theme.yaml";

// ParseTheme returns a theme exactly when it reports no error; a theme it
// returns keeps the promises the renderer relies on: the accent colour is
// readable on white and a logo is an image the check accepted.
inline std::string CheckThemeText(const std::string& text) {
  Diagnostics diagnostics;
  const auto theme = content::ParseTheme(text, kFuzzThemeFile, DiskFileReader(), &diagnostics);
  const std::string printed = FormatDiagnostics(diagnostics);
  if (theme.has_value() == diagnostics.has_errors()) {
    return "ParseTheme returned a theme with errors, or none without:\n" + printed;
  }
  if (!theme) return "";
  const double contrast = content::ContrastRatio(theme->accent, Color{0xff, 0xff, 0xff});
  if (contrast < content::kMinAccentContrast) {
    return "accepted an accent colour of contrast " + std::to_string(contrast) + " on white";
  }
  if (theme->logo && (theme->logo->info().width_px <= 0 || theme->logo->info().height_px <= 0)) {
    return "accepted a logo with no pixels";
  }
  return "";
}

}  // namespace careplan::fuzz
