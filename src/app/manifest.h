// Manifest: a JSON record of a batch run (Poco JSON), one entry per input
// with its status, output, pages, bytes, SHA-256, warnings and errors, so
// another system (or a merge of sharded runs) can check what was made.
#pragma once

#include <string>
#include <vector>

namespace careplan::app {

struct ManifestEntry {
  std::string input;
  std::string status;  // "rendered", "failed" or "not started" (interrupted)
  std::string output;  // empty unless rendered
  int pages = 0;
  size_t bytes = 0;
  std::string sha256;  // of the PDF, lowercase hex
  std::vector<std::string> warnings;
  std::vector<std::string> errors;
};

struct ManifestSummary {
  int rendered = 0;
  int failed = 0;
  int not_started = 0;
  bool interrupted = false;
  std::string shard;  // "K/N", or empty
};

// Deterministic JSON (keys in a fixed order), newline-terminated, always
// valid UTF-8: a byte of a file name (or message) that is not valid UTF-8 is
// written as U+FFFD.
std::string ManifestJson(const std::vector<ManifestEntry>& entries, const ManifestSummary& summary);

// Lowercase hex SHA-256 of bytes.
std::string Sha256Hex(const std::string& bytes);

}  // namespace careplan::app
