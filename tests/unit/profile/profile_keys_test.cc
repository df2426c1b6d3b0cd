// The key tables that both the loader and the JSON Schema are made from.
#include "profile/profile_keys.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "profile/profile.h"

namespace careplan::profile {
namespace {

void ExpectWellFormed(const MapSpec& keys, const std::string& path) {
  EXPECT_FALSE(keys.description.empty()) << path;
  std::set<std::string_view> seen;
  for (const KeySpec& key : keys.keys) {
    EXPECT_TRUE(seen.insert(key.key).second) << path << ": " << key.key << " twice";
    for (char c : key.key) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_') << key.key;
    }
    EXPECT_FALSE(key.description.empty()) << path << "." << key.key;
    const ValueSpec& value = key.value.item ? *key.value.item : key.value;
    if (value.kind == ValueKind::kMapping) {
      ExpectWellFormed(*value.keys, std::string(key.key));
    }
    if (value.kind == ValueKind::kLine || value.kind == ValueKind::kMultiline ||
        value.kind == ValueKind::kId) {
      EXPECT_GT(value.max_chars, 0u) << key.key;
    }
    if (key.value.item) {
      EXPECT_GT(key.value.max_items, 0u) << key.key;
    }
    if (value.kind == ValueKind::kWord) {
      EXPECT_FALSE(value.words->empty()) << key.key;
    }
  }
}

TEST(ProfileKeysTest, TablesAreWellFormed) { ExpectWellFormed(ProfileKeys(), ""); }

TEST(ProfileKeysTest, VocabulariesFollowTheEnums) {
  EXPECT_EQ(OutcomeWords()[static_cast<int>(Outcome::kSideEffects)], "side effects");
  EXPECT_EQ(SmokingWords(), (std::vector<std::string>{"current", "former", "never"}));
  EXPECT_EQ(PageSizeWords(), (std::vector<std::string>{"A4", "letter"}));
}

TEST(ProfileKeysTest, KeysOfTopLevelMappingsAndLists) {
  EXPECT_TRUE(KeysOf("patient").Find("name"));
  EXPECT_TRUE(KeysOf("treatments").Find("outcome"));
  EXPECT_FALSE(KeysOf("treatments").Find("test"));
  EXPECT_EQ(KeysOf("lifestyle").Names(), (std::vector<std::string>{"smoking", "goals"}));
}

TEST(ProfileKeysTest, ScopesSayWhichKindOfProfileHasAKey) {
  EXPECT_EQ(ProfileKeys().Find("format")->scope, KeyScope::kAny);
  EXPECT_EQ(ProfileKeys().Find("treatments")->scope, KeyScope::kPatient);
  EXPECT_EQ(ProfileKeys().Find("packet")->scope, KeyScope::kPacket);
  EXPECT_TRUE(ProfileKeys().Find("diagnosis")->required);
}

}  // namespace
}  // namespace careplan::profile
