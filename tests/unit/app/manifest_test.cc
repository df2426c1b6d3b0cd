#include "app/manifest.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace careplan::app {
namespace {

TEST(ManifestTest, Sha256OfKnownText) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(ManifestTest, JsonHasEveryFieldInAFixedOrder) {
  ManifestEntry ok{"in/a.yaml", "rendered", "out/a.pdf", 6, 51234, "ab", {"w1"}, {}};
  ManifestEntry bad{"in/b.yaml", "failed", "", 0, 0, "", {}, {"in/b.yaml:3:4: error: x"}};
  ManifestSummary summary{1, 1, 0, false, "2/3"};
  const std::string json = ManifestJson({ok, bad}, summary);
  EXPECT_EQ(json.find("\"format\""), json.find('"'));
  EXPECT_LT(json.find("\"input\""), json.find("\"status\""));
  EXPECT_NE(json.find("\"shard\": \"2/3\""), std::string::npos) << json;
  EXPECT_NE(json.find("in/b.yaml:3:4: error: x"), std::string::npos);
  EXPECT_NE(json.find("51234"), std::string::npos);
  EXPECT_EQ(json, ManifestJson({ok, bad}, summary));
}

TEST(ManifestTest, NamesThatAreNotUtf8BecomeReplacementCharacters) {
  // "caf\xe9" is Latin-1; JSON text must be Unicode.
  ManifestEntry entry{"in/caf\xe9.yaml", "rendered", "out/caf\xe9.pdf", 1, 1, "", {}, {}};
  const std::string json = ManifestJson({entry}, ManifestSummary{});
  EXPECT_EQ(FindInvalidUtf8(json), std::nullopt) << json;
  EXPECT_NE(json.find("in/caf\xef\xbf\xbd.yaml"), std::string::npos) << json;
  EXPECT_NE(json.find("out/caf\xef\xbf\xbd.pdf"), std::string::npos) << json;
}

}  // namespace
}  // namespace careplan::app
