#include "app/output_guard.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace careplan::app {

InputFiles::InputFiles(const std::vector<std::string>& paths) {
  for (const std::string& path : paths) {
    struct stat info = {};
    if (::stat(path.c_str(), &info) == 0) files_.emplace(std::pair(info.st_dev, info.st_ino), path);
  }
}

std::string InputFiles::Find(const std::string& path) const {
  struct stat info = {};
  if (::stat(path.c_str(), &info) != 0) return "";
  const auto found = files_.find(std::pair(info.st_dev, info.st_ino));
  return found == files_.end() ? "" : found->second;
}

bool HasProfileExtension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".yaml" || extension == ".yml";
}

std::string OutputRefusal(const std::string& output, const InputFiles& inputs) {
  if (output == "-") return "";  // standard output is never a profile
  if (const std::string input = inputs.Find(output); !input.empty()) {
    return "would overwrite the profile " + input;
  }
  if (HasProfileExtension(output)) {
    return "is named like a profile (" + std::filesystem::path(output).extension().string() +
           "); careplan never writes a file with a profile's extension";
  }
  return "";
}

}  // namespace careplan::app
