#include "app/data_paths.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

namespace careplan::app {
namespace {

namespace fs = std::filesystem;

bool HasData(const fs::path& root) {
  std::error_code error;
  return fs::is_directory(root / "templates", error) && fs::is_directory(root / "fonts", error);
}

fs::path ExecutableDir() {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path() : self.parent_path();
}

}  // namespace

Status FindDataPaths(const std::string& templates_override, DataPaths* paths) {
  std::vector<fs::path> roots;
  const fs::path bin = ExecutableDir();
  if (!bin.empty()) roots.push_back(bin.parent_path() / CAREPLAN_DATA_INSTALL_DIR);
  roots.push_back(CAREPLAN_SOURCE_DIR);
  fs::path found;
  for (const fs::path& root : roots) {
    if (HasData(root)) {
      found = root;
      break;
    }
  }
  if (!templates_override.empty()) {
    std::error_code error;
    if (!fs::is_directory(templates_override, error)) {
      return Status::NotFound("--templates " + templates_override + ": no such folder");
    }
    paths->templates_dir = templates_override;
    const fs::path beside = fs::path(templates_override).parent_path() / "fonts";
    paths->fonts_dir = fs::is_directory(beside, error) ? beside.string()
                       : found.empty()                 ? std::string()
                                                       : (found / "fonts").string();
    if (paths->fonts_dir.empty()) return Status::NotFound("cannot find the fonts folder");
    return Status::Ok();
  }
  if (found.empty()) {
    return Status::NotFound(
        "cannot find careplan's templates and fonts (looked beside the program and in the source "
        "tree); use --templates DIR");
  }
  paths->templates_dir = (found / "templates").string();
  paths->fonts_dir = (found / "fonts").string();
  return Status::Ok();
}

bool IsBundledThemeName(const std::string& theme) {
  const fs::path path(theme);
  const std::string extension = path.extension().string();
  std::error_code error;
  return !theme.empty() && theme.find('/') == std::string::npos && extension != ".yaml" &&
         extension != ".yml" && !fs::exists(path, error);
}

std::string ResolveThemeFile(const DataPaths& paths, const std::string& theme) {
  if (!IsBundledThemeName(theme)) return theme;
  return (fs::path(paths.templates_dir) / "themes" / (theme + ".yaml")).string();
}

std::vector<std::string> BundledThemeNames(const DataPaths& paths) {
  std::vector<std::string> names;
  std::error_code error;
  for (auto it = fs::directory_iterator(fs::path(paths.templates_dir) / "themes", error);
       !error && it != fs::directory_iterator(); it.increment(error)) {
    if (it->path().extension() == ".yaml") names.push_back(it->path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace careplan::app
