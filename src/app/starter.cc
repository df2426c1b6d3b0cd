#include "app/starter.h"

#include <filesystem>
#include <string_view>
#include <system_error>

#include "base/file_reader.h"

namespace careplan::app {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSchemaComment = "# yaml-language-server: $schema=";
constexpr const char* kSchemaName = "careplan-profile.schema.json";

// The starters name the schema relative to their own folder (as installed:
// share/careplan/templates/starters -> share/careplan/schema); a profile
// written elsewhere needs the absolute path.
std::string PointSchemaAt(std::string text, const fs::path& starter_dir) {
  if (text.rfind(kSchemaComment, 0) != 0) return text;
  const size_t line_end = text.find('\n');
  const std::string relative = text.substr(kSchemaComment.size(), line_end - kSchemaComment.size());
  std::error_code error;
  const fs::path schema = fs::weakly_canonical(starter_dir / relative, error);
  std::string line;
  if (!error && fs::is_regular_file(schema, error)) {
    line = std::string(kSchemaComment) + schema.string();
  } else {
    line = std::string(kSchemaComment) + kSchemaName + "\n# (write " + kSchemaName +
           " beside this file with: careplan schema -o " + kSchemaName + ")";
  }
  return line + text.substr(line_end == std::string::npos ? text.size() : line_end);
}

}  // namespace

Status StarterProfile(const DataPaths& paths, StarterKind kind, std::string* text) {
  const fs::path dir = fs::path(paths.templates_dir) / "starters";
  const fs::path file = dir / (kind == StarterKind::kPacket ? "packet.yaml" : "patient.yaml");
  std::string starter;
  if (Status status = ReadFileFromDisk(file.string(), &starter, 1 << 20); !status.ok()) {
    return status;
  }
  *text = PointSchemaAt(std::move(starter), dir);
  return Status::Ok();
}

}  // namespace careplan::app
