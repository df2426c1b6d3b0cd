#include "serve/static_files.h"

#include <filesystem>

#include "base/file_reader.h"

namespace careplan::serve {
namespace {

constexpr size_t kMaxStaticFileBytes = 4 << 20;

std::string ContentType(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  if (extension == ".html") return "text/html; charset=utf-8";
  if (extension == ".css") return "text/css; charset=utf-8";
  if (extension == ".js") return "text/javascript; charset=utf-8";
  if (extension == ".svg") return "image/svg+xml";
  if (extension == ".png") return "image/png";
  if (extension == ".json") return "application/json";
  return "text/plain; charset=utf-8";
}

}  // namespace

Status StaticFiles::Load(const std::string& folder) {
  std::error_code error;
  std::filesystem::directory_iterator entries(folder, error);
  if (error) return Status::NotFound(folder + ": the print station's page is not installed");
  for (const auto& entry : entries) {
    if (!entry.is_regular_file(error)) continue;
    StaticFile file{ContentType(entry.path()), ""};
    if (Status status = ReadFileFromDisk(entry.path().string(), &file.bytes, kMaxStaticFileBytes);
        !status.ok()) {
      return status;
    }
    files_[entry.path().filename().string()] = std::move(file);
  }
  return Status::Ok();
}

const StaticFile* StaticFiles::Find(const std::string& name) const {
  const auto file = files_.find(name);
  return file == files_.end() ? nullptr : &file->second;
}

}  // namespace careplan::serve
