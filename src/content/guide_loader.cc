#include "content/guide_loader.h"

#include <yaml-cpp/yaml.h>

#include "base/safe_path.h"
#include "content/condition_parser.h"
#include "content/guide_audience.h"
#include "content/yaml_keys.h"
#include "content/yaml_location.h"

namespace careplan::content {
namespace {

// The key table of each kind of file. Keys that ReadString reads report
// their own absence, so only the others are marked required here.
const std::vector<YamlKey> kIndexKeys = {{"default_guide", false}, {"guides", true}};
const std::vector<YamlKey> kIndexEntryKeys = {{"id", false}, {"title", false}, {"language", false}};
const std::vector<YamlKey> kGuideKeys = {
    {"id", false},          {"title", false}, {"language", false}, {"version", false},
    {"review_date", false}, {"rules", false}, {"sources", false},  {"sections", true}};
const std::vector<YamlKey> kSectionKeys = {
    {"id", false}, {"title", false}, {"applies_when", false}, {"sources", false}};

// Parses YAML text, turning yaml-cpp's exceptions into a located error.
std::optional<YAML::Node> ParseYaml(const std::string& text, const std::string& file,
                                    int line_offset, Diagnostics* diagnostics) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& error) {
    diagnostics->Error(LocOf(error.mark, file, line_offset), error.msg);
    return std::nullopt;
  }
}

std::string ReadString(const YAML::Node& map, const char* key, const std::string& file,
                       int line_offset, Diagnostics* diagnostics) {
  const YAML::Node value = map[key];
  if (!value) {
    diagnostics->Error(LocOf(map, file, line_offset),
                       std::string("missing required key \"") + key + "\"");
    return "";
  }
  if (!value.IsScalar() || value.Scalar().empty()) {
    diagnostics->Error(LocOf(value, file, line_offset),
                       std::string(key) + ": expected a non-empty text");
    return "";
  }
  return value.Scalar();
}

std::vector<std::string> ReadStringList(const YAML::Node& map, const char* key,
                                        const std::string& file, int line_offset,
                                        Diagnostics* diagnostics) {
  std::vector<std::string> items;
  const YAML::Node value = map[key];
  if (!value) return items;
  if (value.IsScalar()) return {value.Scalar()};
  if (!value.IsSequence()) {
    diagnostics->Error(LocOf(value, file, line_offset), std::string(key) + ": expected a list");
    return items;
  }
  for (const auto& item : value) {
    if (item.IsScalar()) {
      items.push_back(item.Scalar());
    } else {
      diagnostics->Error(LocOf(item, file, line_offset), std::string(key) + ": expected words");
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
  const YamlTextScope columns(file, yaml);
  const auto front = ParseYaml(yaml, file, 1, diagnostics);
  if (!front) return std::nullopt;
  if (!front->IsMap()) {
    diagnostics->Error(SourceLoc{file, 2, 1},
                       "front matter: expected keys id, title, applies_when");
    return std::nullopt;
  }
  CheckYamlKeys(*front, "the front matter", kSectionKeys, file, 1, diagnostics);
  GuideSection section;
  section.loc = SourceLoc{file, 1, 1};
  section.id = ReadString(*front, "id", file, 1, diagnostics);
  section.title = ReadString(*front, "title", file, 1, diagnostics);
  section.sources = ReadStringList(*front, "sources", file, 1, diagnostics);
  if (const YAML::Node condition = (*front)["applies_when"]) {
    section.applies_when = ParseCondition(condition, file, 1, diagnostics);
  } else {
    diagnostics->Error(LocOf(*front, file, 1), "missing required key \"applies_when\"");
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
  const YamlTextScope columns(file, text);
  const auto root = ParseYaml(text, file, 0, diagnostics);
  if (!root || !root->IsMap()) {
    if (root) diagnostics->Error(SourceLoc{file, 1, 1}, "expected default_guide and guides");
    return std::nullopt;
  }
  CheckYamlKeys(*root, "the guide index", kIndexKeys, file, 0, diagnostics);
  GuideIndex index;
  index.default_guide = ReadString(*root, "default_guide", file, 0, diagnostics);
  for (const auto& entry : (*root)["guides"]) {
    if (!CheckYamlKeys(entry, "a guide entry", kIndexEntryKeys, file, 0, diagnostics)) continue;
    GuideEntry guide;
    guide.id = ReadString(entry, "id", file, 0, diagnostics);
    guide.title = ReadString(entry, "title", file, 0, diagnostics);
    guide.language = entry["language"] ? entry["language"].as<std::string>("en") : "en";
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
  const YamlTextScope columns(file, text);
  const auto root = ParseYaml(text, file, 0, diagnostics);
  if (!root) return std::nullopt;
  if (!CheckYamlKeys(*root, "guide.yaml", kGuideKeys, file, 0, diagnostics)) return std::nullopt;
  Guide guide;
  guide.id = ReadString(*root, "id", file, 0, diagnostics);
  guide.title = ReadString(*root, "title", file, 0, diagnostics);
  guide.language = ReadString(*root, "language", file, 0, diagnostics);
  guide.version = ReadString(*root, "version", file, 0, diagnostics);
  guide.review_date = ReadString(*root, "review_date", file, 0, diagnostics);
  guide.sources = ReadStringList(*root, "sources", file, 0, diagnostics);
  if (const YAML::Node rules = (*root)["rules"]) {
    const std::string rules_path = ReadString(*root, "rules", file, 0, diagnostics);
    if (rules_path.empty() || rules_path.front() == '/') {
      diagnostics->Error(LocOf(rules, file),
                         "rules: expected a folder relative to the guide's folder, such as "
                         "rules or ../../rules");
    } else {
      guide.rules_dir = dir + "/" + rules_path;
    }
  }
  const YAML::Node sections = (*root)["sections"];
  for (const auto& id_node : sections) {
    const std::string section_file = dir + "/sections/" + id_node.as<std::string>("") + ".md";
    // A section id names a file: it must not lead out of the sections folder.
    std::string confined;
    if (Status inside =
            ResolveInside(dir + "/sections", id_node.as<std::string>("") + ".md", &confined);
        !inside.ok()) {
      diagnostics->Error(LocOf(id_node, file), "section \"" + id_node.as<std::string>("") +
                                                   "\" names a file outside the sections folder");
      continue;
    }
    std::string section_text;
    if (Status status = read(section_file, &section_text); !status.ok()) {
      diagnostics->Error(LocOf(id_node, file), "section file " + section_file + " is missing");
      continue;
    }
    if (auto section = ParseGuideSection(section_text, section_file, diagnostics)) {
      if (section->id != id_node.as<std::string>("")) {
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
