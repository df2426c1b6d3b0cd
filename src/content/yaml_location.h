// Helpers for reading templates/ YAML with yaml-cpp: 1-based locations of
// nodes, and offsets for YAML embedded in a larger file (front matter).
//
// Columns count characters, not bytes, as in profiles (profile/source_text.h)
// and as editors show them: yaml-cpp counts bytes, so a loader opens a
// YamlTextScope for each text it parses, and while the scope is alive LocOf
// converts the columns of that file. Without a scope, columns are yaml-cpp's.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "base/source_loc.h"

namespace careplan::content {

// Where `node` starts; `line_offset` is added for YAML that starts part-way
// through its file (Markdown front matter).
SourceLoc LocOf(const YAML::Node& node, const std::string& file, int line_offset = 0);
SourceLoc LocOf(const YAML::Mark& mark, const std::string& file, int line_offset = 0);

// The text of `file` that yaml-cpp is reading, for character columns. Scopes
// nest (the innermost one of a file wins) and belong to one thread.
class YamlTextScope {
 public:
  YamlTextScope(std::string file, std::string text);
  ~YamlTextScope();
  YamlTextScope(const YamlTextScope&) = delete;
  YamlTextScope& operator=(const YamlTextScope&) = delete;

  // The 1-based character column of a 0-based line and byte column.
  int CharacterColumn(int line0, int byte_column) const;
  const std::string& file() const { return file_; }
  const YamlTextScope* outer() const { return outer_; }

 private:
  std::string file_;
  std::string text_;
  std::vector<size_t> line_starts_;
  const YamlTextScope* outer_;
};

}  // namespace careplan::content
