#include "content/yaml_location.h"

#include <algorithm>
#include <utility>

namespace careplan::content {
namespace {

thread_local const YamlTextScope* current_scope = nullptr;

int Column(const YAML::Mark& mark, const std::string& file) {
  for (const YamlTextScope* scope = current_scope; scope; scope = scope->outer()) {
    if (scope->file() == file) return scope->CharacterColumn(mark.line, mark.column);
  }
  return mark.column + 1;
}

}  // namespace

YamlTextScope::YamlTextScope(std::string file, std::string text)
    : file_(std::move(file)), text_(std::move(text)), outer_(current_scope) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  current_scope = this;
}

YamlTextScope::~YamlTextScope() { current_scope = outer_; }

int YamlTextScope::CharacterColumn(int line0, int byte_column) const {
  if (line0 < 0 || static_cast<size_t>(line0) >= line_starts_.size() || byte_column < 0) {
    return byte_column + 1;
  }
  const size_t start = line_starts_[static_cast<size_t>(line0)];
  const size_t end = std::min(text_.size(), start + static_cast<size_t>(byte_column));
  int column = 1;
  // Every byte that does not continue a UTF-8 sequence starts a character.
  for (size_t i = start; i < end; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  return column;
}

SourceLoc LocOf(const YAML::Mark& mark, const std::string& file, int line_offset) {
  if (mark.line < 0) return SourceLoc{file, 0, 0};
  return SourceLoc{file, mark.line + 1 + line_offset, Column(mark, file)};
}

SourceLoc LocOf(const YAML::Node& node, const std::string& file, int line_offset) {
  return LocOf(node.Mark(), file, line_offset);
}

}  // namespace careplan::content
