#include "base/file_reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace careplan {

Status ReadFileFromDisk(const std::string& path, std::string* text, size_t max_bytes) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) return Status::NotFound(path + ": no such file");
  if (std::filesystem::is_directory(status)) return Status::InvalidArgument(path + ": is a folder");
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > max_bytes) {
    return Status::InvalidArgument(path + ": file is " + std::to_string(size) +
                                   " bytes; the limit is " + std::to_string(max_bytes) + " bytes");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot be read");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  *text = std::move(buffer).str();
  return Status::Ok();
}

FileReader DiskFileReader() {
  return [](const std::string& path, std::string* text) { return ReadFileFromDisk(path, text); };
}

}  // namespace careplan
