#include "app/batch_inputs.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>
#include <system_error>

namespace careplan::app {
namespace {

namespace fs = std::filesystem;

bool IsProfileFile(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

Status AddFolder(const fs::path& folder, std::vector<std::string>* profiles) {
  std::error_code error;
  auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied,
                                             error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && IsProfileFile(it->path())) {
      profiles->push_back(it->path().lexically_normal().string());
    }
  }
  if (error) return Status::IoError(folder.string() + ": " + error.message());
  return Status::Ok();
}

}  // namespace

Status ExpandInputs(const std::vector<std::string>& inputs, std::vector<std::string>* profiles) {
  for (const std::string& input : inputs) {
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (error || !fs::exists(status)) return Status::NotFound(input + ": no such file or folder");
    if (fs::is_directory(status)) {
      if (Status added = AddFolder(input, profiles); !added.ok()) return added;
    } else {
      profiles->push_back(fs::path(input).lexically_normal().string());
    }
  }
  std::sort(profiles->begin(), profiles->end());
  profiles->erase(std::unique(profiles->begin(), profiles->end()), profiles->end());
  return Status::Ok();
}

std::vector<BatchInput> AssignOutputNames(const std::vector<std::string>& profiles) {
  std::vector<BatchInput> inputs;
  std::set<std::string> taken;
  for (const std::string& profile : profiles) {
    const std::string stem = fs::path(profile).stem().string();
    std::string name = stem + ".pdf";
    for (int suffix = 2; taken.count(name); ++suffix) {
      name = stem + "-" + std::to_string(suffix) + ".pdf";
    }
    taken.insert(name);
    inputs.push_back({profile, name});
  }
  return inputs;
}

bool ParseShard(const std::string& text, Shard* shard) {
  const size_t slash = text.find('/');
  if (slash == std::string::npos) return false;
  const auto parse = [](std::string_view digits, int* value) {
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), *value);
    return result.ec == std::errc() && result.ptr == digits.data() + digits.size();
  };
  const std::string_view view(text);
  if (!parse(view.substr(0, slash), &shard->index) ||
      !parse(view.substr(slash + 1), &shard->count)) {
    return false;
  }
  return shard->count >= 1 && shard->index >= 1 && shard->index <= shard->count;
}

std::vector<BatchInput> SelectShard(const std::vector<BatchInput>& inputs, const Shard& shard) {
  std::vector<BatchInput> selected;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (static_cast<int>(i % static_cast<size_t>(shard.count)) == shard.index - 1) {
      selected.push_back(inputs[i]);
    }
  }
  return selected;
}

}  // namespace careplan::app
