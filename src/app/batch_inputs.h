// Batch inputs: expands files and folders into the profiles to render, gives
// each a unique output name, and picks one shard of them. Everything is
// deterministic, so the same inputs give the same names on every machine and
// the shards of a run cover every input exactly once.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace careplan::app {

struct BatchInput {
  std::string profile_path;
  std::string output_name;  // e.g. "maria.pdf", "maria-2.pdf" on a clash
};

// Files are taken as given; folders are searched recursively for *.yaml and
// *.yml. The result is sorted by path, without duplicates. A missing input
// is NotFound.
Status ExpandInputs(const std::vector<std::string>& inputs, std::vector<std::string>* profiles);

// Output names from the profiles' file names; a name already taken (by an
// earlier profile in sorted order) gets "-2", "-3", ...
std::vector<BatchInput> AssignOutputNames(const std::vector<std::string>& profiles);

struct Shard {
  int index = 1;  // 1-based: 1..count
  int count = 1;
};

// Parses "K/N" with 1 <= K <= N.
bool ParseShard(const std::string& text, Shard* shard);

// Inputs i (0-based, in sorted order) with i % count == index - 1.
std::vector<BatchInput> SelectShard(const std::vector<BatchInput>& inputs, const Shard& shard);

}  // namespace careplan::app
