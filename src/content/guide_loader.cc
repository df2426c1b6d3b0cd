#include "content/guide_loader.h"

#include "base/safe_path.h"
#include "content/condition_parser.h"
#include "content/guide_audience.h"
#include "content/yaml_keys.h"
#include "yaml/yaml_tree.h"
#include "yaml/yaml_value.h"

namespace careplan::content {
namespace {

using yaml::YamlNode;
using yaml::YamlValue;

// The key table of each kind of file. Keys that ReadString reads report
// their own absence, so only the others are marked required here.
const std::vector<YamlKey> kIndexKeys = {{"default_guide", false}, {"guides", true}};
const std::vector<YamlKey> kIndexEntryKeys = {{"id", false}, {"title", false}, {"language", false}};
const std::vector<YamlKey> kGuideKeys = {
    {"id", false},       {"title", false},   {"treatment_resistant_title", false},
    {"language", false}, {"version", false}, {"review_date", false},
    {"rules", false},    {"sources", false}, {"sections", true}};
const std::vector<YamlKey> kSectionKeys = {
    {"id", false}, {"title", false}, {"applies_when", false}, {"sources", false}};

std::string ReadString(YamlValue map, const char* key, const std::string& file,
                       Diagnostics* diagnostics) {
  const YamlValue value = map[key];
  if (!value) {
    diagnostics->Error(yaml::MakeLoc(file, map),
                       std::string("missing required key \"") + key + "\"");
    return "";
  }
  if (value.text().empty()) {
    diagnostics->Error(yaml::MakeLoc(file, value),
                       std::string(key) + ": expected a non-empty text");
    return "";
  }
  return value.text();
}

std::vector<std::string> ReadStringList(YamlValue map, const char* key, const std::string& file,
                                        Diagnostics* diagnostics) {
  std::vector<std::string> items;
  const YamlValue value = map[key];
  if (!value) return items;
  if (value.is_scalar()) return {value.text()};
  if (!value.is_sequence()) {
    diagnostics->Error(yaml::MakeLoc(file, value), std::string(key) + ": expected a list");
    return items;
  }
  for (const YamlNode& item : value.items()) {
    if (item.is_scalar()) {
      items.push_back(item.value);
    } else {
      diagnostics->Error(yaml::MakeLoc(file, item), std::string(key) + ": expected words");
    }
  }
  return items;
}

// Splits "---\n<yaml>\n---\n<markdown>"; returns false when there is no
// front matter. body_line is the 1-based line where the Markdown starts.
bool SplitFrontMatter(const std::string& text, std::string* yaml, std::string* body,
                      int* body_line) {
  const bool crlf = text.rfind("---\r\n", 0) == 0;
  if (text.rfind("---\n", 0) != 0 && !crlf) return false;
  const size_t start = crlf ? 5 : 4;
  size_t end = text.find("\n---", start - 1);
  if (end == std::string::npos) return false;
  *yaml = text.substr(start, end + 1 - start);
  size_t body_start = text.find('\n', end + 1);
  body_start = body_start == std::string::npos ? text.size() : body_start + 1;
  *body = text.substr(body_start);
  *body_line = 1;
  for (size_t i = 0; i < body_start; ++i)
    if (text[i] == '\n') ++*body_line;
  return true;
}

}  // namespace

std::optional<GuideSection> ParseGuideSection(const std::string& text, const std::string& file,
                                              Diagnostics* diagnostics) {
  std::string yaml, body;
  int body_line = 1;
  if (!SplitFrontMatter(text, &yaml, &body, &body_line)) {
    diagnostics->Error(SourceLoc{file, 1, 1},
                       "a guide section starts with front matter between \"---\" lines");
    return std::nullopt;
  }
  const int errors_before = diagnostics->error_count();
  // The front matter starts on line 2, after its "---".
  const auto front = yaml::ReadYamlText(yaml, file, diagnostics, yaml::kTemplateFile, 2);
  if (!front) return std::nullopt;
  if (!front->is_mapping()) {
    diagnostics->Error(SourceLoc{file, 2, 1},
                       "front matter: expected keys id, title, applies_when");
    return std::nullopt;
  }
  CheckYamlKeys(*front, "the front matter", kSectionKeys, file, diagnostics);
  GuideSection section;
  section.loc = SourceLoc{file, 1, 1};
  section.id = ReadString(*front, "id", file, diagnostics);
  section.title = ReadString(*front, "title", file, diagnostics);
  section.sources = ReadStringList(*front, "sources", file, diagnostics);
  if (const YamlValue condition = YamlValue(*front)["applies_when"]) {
    section.applies_when = ParseCondition(condition, file, diagnostics);
  } else {
    diagnostics->Error(yaml::MakeLoc(file, *front), "missing required key \"applies_when\"");
  }
  ConvertSectionBody(body, SourceLoc{file, body_line, 1}, diagnostics, &section);
  if (diagnostics->error_count() > errors_before) return std::nullopt;
  return section;
}

std::optional<GuideIndex> LoadGuideIndex(const std::string& guides_dir, const FileReader& read,
                                         Diagnostics* diagnostics) {
  const std::string file = guides_dir + "/index.yaml";
  std::string text;
  if (Status status = read(file, &text); !status.ok()) {
    diagnostics->Error(SourceLoc{file, 0, 0}, status.message());
    return std::nullopt;
  }
  const auto root = yaml::ReadYamlText(text, file, diagnostics, yaml::kTemplateFile);
  if (!root || !root->is_mapping()) {
    if (root) diagnostics->Error(SourceLoc{file, 1, 1}, "expected default_guide and guides");
    return std::nullopt;
  }
  CheckYamlKeys(*root, "the guide index", kIndexKeys, file, diagnostics);
  GuideIndex index;
  index.default_guide = ReadString(*root, "default_guide", file, diagnostics);
  for (const YamlNode& entry : YamlValue(*root)["guides"].items()) {
    if (!CheckYamlKeys(entry, "a guide entry", kIndexEntryKeys, file, diagnostics)) continue;
    GuideEntry guide;
    guide.id = ReadString(entry, "id", file, diagnostics);
    guide.title = ReadString(entry, "title", file, diagnostics);
    const YamlValue language = YamlValue(entry)["language"];
    guide.language = language.is_scalar() ? language.text() : "en";
    index.guides.push_back(std::move(guide));
  }
  return index;
}

std::optional<Guide> LoadGuide(const std::string& guides_dir, const std::string& guide_id,
                               const FileReader& read, Diagnostics* diagnostics) {
  const std::string dir = guides_dir + "/" + guide_id;
  const std::string file = dir + "/guide.yaml";
  // A guide id names a folder: it must not lead out of the guides folder.
  if (std::string confined; !ResolveInside(guides_dir, guide_id + "/guide.yaml", &confined).ok()) {
    diagnostics->Error(SourceLoc{guides_dir + "/index.yaml", 0, 0},
                       "guide \"" + guide_id + "\" names a folder outside the guides folder");
    return std::nullopt;
  }
  std::string text;
  if (Status status = read(file, &text); !status.ok()) {
    diagnostics->Error(SourceLoc{file, 0, 0}, status.message());
    return std::nullopt;
  }
  const int errors_before = diagnostics->error_count();
  const auto root = yaml::ReadYamlText(text, file, diagnostics, yaml::kTemplateFile);
  if (!root) return std::nullopt;
  if (!CheckYamlKeys(*root, "guide.yaml", kGuideKeys, file, diagnostics)) return std::nullopt;
  Guide guide;
  guide.id = ReadString(*root, "id", file, diagnostics);
  guide.title = ReadString(*root, "title", file, diagnostics);
  if (YamlValue(*root)["treatment_resistant_title"]) {
    guide.treatment_resistant_title =
        ReadString(*root, "treatment_resistant_title", file, diagnostics);
  }
  guide.language = ReadString(*root, "language", file, diagnostics);
  guide.version = ReadString(*root, "version", file, diagnostics);
  guide.review_date = ReadString(*root, "review_date", file, diagnostics);
  guide.sources = ReadStringList(*root, "sources", file, diagnostics);
  if (const YamlValue rules = YamlValue(*root)["rules"]) {
    const std::string rules_path = ReadString(*root, "rules", file, diagnostics);
    if (rules_path.empty() || rules_path.front() == '/') {
      diagnostics->Error(yaml::MakeLoc(file, rules),
                         "rules: expected a folder relative to the guide's folder, such as "
                         "rules or ../../rules");
    } else {
      guide.rules_dir = dir + "/" + rules_path;
    }
  }
  for (const YamlNode& id_node : YamlValue(*root)["sections"].items()) {
    const std::string& id = YamlValue(id_node).text();
    const std::string section_file = dir + "/sections/" + id + ".md";
    // A section id names a file: it must not lead out of the sections folder.
    std::string confined;
    if (Status inside = ResolveInside(dir + "/sections", id + ".md", &confined); !inside.ok()) {
      diagnostics->Error(yaml::MakeLoc(file, id_node),
                         "section \"" + id + "\" names a file outside the sections folder");
      continue;
    }
    std::string section_text;
    if (Status status = read(section_file, &section_text); !status.ok()) {
      diagnostics->Error(yaml::MakeLoc(file, id_node),
                         "section file " + section_file + " is missing");
      continue;
    }
    if (auto section = ParseGuideSection(section_text, section_file, diagnostics)) {
      if (section->id != id) {
        diagnostics->Error(section->loc,
                           "section id \"" + section->id + "\" does not match its file name");
      }
      guide.sections.push_back(std::move(*section));
    }
  }
  if (diagnostics->error_count() > errors_before) return std::nullopt;
  return guide;
}

}  // namespace careplan::content
