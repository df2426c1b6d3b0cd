#include "content/picture_directive.h"

#include <string>

#include "doc/picture_names.h"

namespace careplan::content {
namespace {

constexpr std::string_view kFence = ":::";
constexpr std::string_view kKeyword = "picture";

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The text after the fence and its spaces, and where it starts (0-based).
std::string_view AfterFence(std::string_view line, size_t* column) {
  if (line.substr(0, kFence.size()) != kFence) return {};
  size_t start = kFence.size();
  while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
  size_t end = line.size();
  while (end > start && IsBlank(line[end - 1])) --end;
  *column = start;
  return line.substr(start, end - start);
}

}  // namespace

bool IsPictureLine(std::string_view line) {
  size_t column = 0;
  const std::string_view rest = AfterFence(line, &column);
  return rest.substr(0, kKeyword.size()) == kKeyword &&
         (rest.size() == kKeyword.size() || rest[kKeyword.size()] == ' ' ||
          rest[kKeyword.size()] == '\t');
}

std::optional<doc::Picture> ReadPictureLine(std::string_view line, const SourceLoc& loc,
                                            Diagnostics* diagnostics) {
  size_t column = 0;
  const std::string_view rest = AfterFence(line, &column);
  size_t name_start = kKeyword.size();
  while (name_start < rest.size() && (rest[name_start] == ' ' || rest[name_start] == '\t')) {
    ++name_start;
  }
  const std::string_view name = rest.substr(name_start);
  const SourceLoc where{loc.file, loc.line, static_cast<int>(column + name_start) + 1};
  if (name.empty()) {
    diagnostics->Error(
        where, "\"::: picture\" needs a name, for example \"::: picture " +
                   std::string(doc::PictureName(doc::PictureKind::kRaynaudColourChange)) + "\"");
    return std::nullopt;
  }
  const std::optional<doc::PictureKind> kind = doc::PictureNamed(name);
  if (!kind) {
    diagnostics->Error(where, "unknown picture \"" + std::string(name) + "\"",
                       {"known pictures: " + doc::KnownPictureNames()});
    return std::nullopt;
  }
  return doc::Picture{*kind};
}

}  // namespace careplan::content
