// The bundled guide's vocabulary (templates/rules/vocabulary.yaml), for unit
// tests that load profiles: the loader checks organs, subtypes and
// antibodies against it, as `careplan` does.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include "base/file_reader.h"
#include "content/knowledge_loader.h"
#include "profile/profile_loader.h"
#include "profile/vocabulary.h"

namespace careplan::testutil {

// The bundled rules (templates/rules/), loaded once.
inline const content::Knowledge& BundledKnowledge() {
  static const content::Knowledge knowledge = [] {
    Diagnostics diagnostics;
    auto loaded = content::LoadKnowledge(std::string(CAREPLAN_SOURCE_DIR) + "/templates/rules",
                                         DiskFileReader(), &diagnostics);
    if (!loaded) throw std::runtime_error("the bundled rules do not load");
    return std::move(*loaded);
  }();
  return knowledge;
}

inline std::shared_ptr<const profile::Vocabulary> BundledVocabulary() {
  static const std::shared_ptr<const profile::Vocabulary> vocabulary =
      std::make_shared<const profile::Vocabulary>(BundledKnowledge().vocabulary);
  return vocabulary;
}

// `options` with the bundled vocabulary for profiles that name no guide.
inline profile::LoadOptions WithBundledVocabulary(profile::LoadOptions options = {}) {
  options.vocabularies[""] = BundledVocabulary();
  return options;
}

}  // namespace careplan::testutil
