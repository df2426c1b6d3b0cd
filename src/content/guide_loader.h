// Loading guides from templates/guides/: the index (which guides exist, the
// default), and one guide: guide.yaml plus sections/<id>.md files with YAML
// front matter (id, title, applies_when, sources) and a Markdown body.
// Problems are reported like profile errors: FILE:LINE:COLUMN.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "base/file_reader.h"
#include "content/guide.h"

namespace careplan::content {

// Reads <guides_dir>/index.yaml.
std::optional<GuideIndex> LoadGuideIndex(const std::string& guides_dir, const FileReader& read,
                                         Diagnostics* diagnostics);

// Reads <guides_dir>/<guide_id>/guide.yaml and every section it lists.
std::optional<Guide> LoadGuide(const std::string& guides_dir, const std::string& guide_id,
                               const FileReader& read, Diagnostics* diagnostics);

// Parses one section file's text (front matter + Markdown). Public for tests.
std::optional<GuideSection> ParseGuideSection(const std::string& text, const std::string& file,
                                              Diagnostics* diagnostics);

}  // namespace careplan::content
