#include "base/safe_path.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace careplan {
namespace {

namespace fs = std::filesystem;

// The canonical form without a trailing separator ("/a/b/" -> "/a/b").
fs::path Canonical(const fs::path& path, std::error_code* error) {
  fs::path out = fs::weakly_canonical(fs::absolute(path, *error), *error);
  if (!out.has_filename() && out.has_relative_path()) out = out.parent_path();
  return out;
}

}  // namespace

Status ResolveInside(const std::string& folder, const std::string& name, std::string* resolved) {
  if (name.empty() || name.find('\0') != std::string::npos) {
    return Status::InvalidArgument("is not a file name");
  }
  std::error_code error;
  const fs::path root = Canonical(folder.empty() ? fs::path(".") : fs::path(folder), &error);
  if (error) return Status::IoError(folder + ": " + error.message());
  const fs::path named(name);
  const fs::path target = Canonical(named.is_absolute() ? named : root / named, &error);
  if (error) return Status::IoError(name + ": " + error.message());
  // Inside means: every component of the folder, then at least one more.
  const auto [root_end, target_rest] =
      std::mismatch(root.begin(), root.end(), target.begin(), target.end());
  if (root_end != root.end() || target_rest == target.end()) {
    return Status::InvalidArgument("is outside the folder");
  }
  *resolved = target.string();
  return Status::Ok();
}

}  // namespace careplan
