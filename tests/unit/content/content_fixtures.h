// Shared helpers for the content tests: in-memory files, the shipped
// templates (loaded once), and profiles from YAML text.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "base/diagnostics.h"
#include "base/file_reader.h"
#include "content/guide.h"
#include "content/guide_loader.h"
#include "content/knowledge.h"
#include "content/knowledge_loader.h"
#include "profile/profile.h"
#include "profile/profile_loader.h"
#include "testutil/vocabulary.h"

namespace careplan::content::testing {

inline const std::string kTemplatesDir = std::string(CAREPLAN_SOURCE_DIR) + "/templates";
inline const std::string kGuideId = "scleroderma-treatment-resistance";

inline FileReader MemoryFiles(std::map<std::string, std::string> files) {
  return [files = std::move(files)](const std::string& path, std::string* text) {
    const auto found = files.find(path);
    if (found == files.end()) return Status::NotFound(path + ": no such file");
    *text = found->second;
    return Status::Ok();
  };
}

// The rules in templates/rules/, loaded once; the test fails on any problem.
inline const Knowledge& ShippedKnowledge() {
  static const Knowledge* knowledge = [] {
    Diagnostics diagnostics;
    auto loaded = LoadKnowledge(kTemplatesDir + "/rules", DiskFileReader(), &diagnostics);
    EXPECT_TRUE(loaded) << FormatDiagnostics(diagnostics);
    return new Knowledge(loaded ? std::move(*loaded) : Knowledge{});
  }();
  return *knowledge;
}

// The default guide in templates/guides/, loaded once.
inline const Guide& ShippedGuide() {
  static const Guide* guide = [] {
    Diagnostics diagnostics;
    auto loaded = LoadGuide(kTemplatesDir + "/guides", kGuideId, DiskFileReader(), &diagnostics);
    EXPECT_TRUE(loaded) << FormatDiagnostics(diagnostics);
    return new Guide(loaded ? std::move(*loaded) : Guide{});
  }();
  return *guide;
}

// Loads a profile with the real loader; the test fails when it does not load.
inline profile::Profile ProfileFromText(const std::string& text,
                                        const std::string& file = "profile.yaml") {
  Diagnostics diagnostics;
  auto loaded = profile::LoadProfile(text, file, testutil::WithBundledVocabulary(), &diagnostics);
  EXPECT_TRUE(loaded) << FormatDiagnostics(diagnostics);
  return loaded ? std::move(*loaded) : profile::Profile{};
}

inline profile::Profile ProfileFromFile(const std::string& path) {
  std::string text;
  const Status status = ReadFileFromDisk(path, &text);
  EXPECT_TRUE(status.ok()) << status.message();
  return ProfileFromText(text, path);
}

}  // namespace careplan::content::testing
