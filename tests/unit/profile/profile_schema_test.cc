// The JSON Schema for editors: the committed copy is what the code generates,
// it is valid JSON, and it lists exactly the keys of the loader's tables.
#include "profile/profile_schema.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "profile/profile_keys.h"
#include "testutil/vocabulary.h"

namespace careplan::profile {
namespace {

const char kSchemaPath[] = CAREPLAN_SOURCE_DIR "/schema/careplan-profile.schema.json";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

Poco::JSON::Object::Ptr ParsedSchema() {
  Poco::JSON::Parser parser;
  return parser.parse(ProfileJsonSchema(testutil::BundledVocabulary().get()))
      .extract<Poco::JSON::Object::Ptr>();
}

std::set<std::string> Names(const Poco::JSON::Object::Ptr& object) {
  std::set<std::string> names;
  for (const std::string& name : object->getNames()) names.insert(name);
  return names;
}

// Checks that `object` (a schema for a mapping) has exactly the keys of
// `keys`, recursively, with additionalProperties false.
void ExpectSameKeys(const Poco::JSON::Object::Ptr& object, const MapSpec& keys,
                    const std::string& path) {
  ASSERT_TRUE(object) << path;
  EXPECT_FALSE(object->getValue<bool>("additionalProperties")) << path;
  const Poco::JSON::Object::Ptr properties = object->getObject("properties");
  ASSERT_TRUE(properties) << path;
  const std::vector<std::string> table = keys.Names();
  EXPECT_EQ(Names(properties), std::set<std::string>(table.begin(), table.end())) << path;
  for (const KeySpec& key : keys.keys) {
    const Poco::JSON::Object::Ptr property = properties->getObject(std::string(key.key));
    ASSERT_TRUE(property) << path << key.key;
    EXPECT_FALSE(property->getValue<std::string>("description").empty()) << key.key;
    if (key.value.kind == ValueKind::kMapping) {
      ExpectSameKeys(property, *key.value.keys, path + "." + std::string(key.key));
    } else if (key.value.kind == ValueKind::kList && key.value.item->kind == ValueKind::kMapping) {
      ExpectSameKeys(property->getObject("items"), *key.value.item->keys,
                     path + "." + std::string(key.key) + "[]");
    }
  }
}

// The schema lists the vocabulary's words, read from the data: a word added
// to vocabulary.yaml appears in `careplan schema` with no C++ change.
TEST(ProfileSchemaTest, VocabularyWordsComeFromTheData) {
  profile::Vocabulary vocabulary = *testutil::BundledVocabulary();
  vocabulary.organs.push_back(profile::Term{"spleen", "spleen", "", {}});
  const std::string schema = ProfileJsonSchema(&vocabulary);
  EXPECT_NE(schema.find("\"spleen\""), std::string::npos);
  for (const profile::Term& organ : vocabulary.organs)
    EXPECT_NE(schema.find("\"" + organ.id + "\""), std::string::npos) << organ.id;
  EXPECT_EQ(ProfileJsonSchema().find("\"digital_ulcers\""), std::string::npos);
}

TEST(ProfileSchemaTest, CommittedSchemaIsUpToDate) {
  const std::string schema = ProfileJsonSchema(testutil::BundledVocabulary().get());
  if (std::getenv("CAREPLAN_ACCEPT")) std::ofstream(kSchemaPath, std::ios::binary) << schema;
  EXPECT_EQ(ReadFile(kSchemaPath), schema)
      << "schema/careplan-profile.schema.json is out of date; regenerate it with\n"
         "  CAREPLAN_ACCEPT=1 careplan_tests --gtest_filter=ProfileSchemaTest.*";
}

TEST(ProfileSchemaTest, IsValidJsonWithTheDraftAndTitle) {
  const Poco::JSON::Object::Ptr schema = ParsedSchema();
  EXPECT_EQ(schema->getValue<std::string>("$schema"), "http://json-schema.org/draft-07/schema#");
  EXPECT_EQ(schema->getValue<std::string>("type"), "object");
  EXPECT_EQ(schema->getObject("properties")->getObject("format")->getValue<std::string>("const"),
            "careplan/v1");
}

TEST(ProfileSchemaTest, HasExactlyTheKeysOfTheLoaderTables) {
  ExpectSameKeys(ParsedSchema(), ProfileKeys(), "");
}

TEST(ProfileSchemaTest, VocabulariesAreEnums) {
  const Poco::JSON::Object::Ptr properties = ParsedSchema()->getObject("properties");
  const Poco::JSON::Array::Ptr outcomes = properties->getObject("treatments")
                                              ->getObject("items")
                                              ->getObject("properties")
                                              ->getObject("outcome")
                                              ->getArray("enum");
  ASSERT_TRUE(outcomes);
  ASSERT_EQ(outcomes->size(), OutcomeWords().size());
  for (size_t i = 0; i < outcomes->size(); ++i)
    EXPECT_EQ(outcomes->getElement<std::string>(static_cast<unsigned>(i)), OutcomeWords()[i]);
  EXPECT_TRUE(properties->getObject("diagnosis")
                  ->getObject("properties")
                  ->getObject("organ_involvement")
                  ->getValue<bool>("uniqueItems"));
}

TEST(ProfileSchemaTest, PatientAndPacketExcludeEachOther) {
  const Poco::JSON::Array::Ptr one_of = ParsedSchema()->getArray("oneOf");
  ASSERT_TRUE(one_of);
  ASSERT_EQ(one_of->size(), 2u);
  const Poco::JSON::Object::Ptr patient = one_of->getObject(0);
  const Poco::JSON::Object::Ptr packet = one_of->getObject(1);
  EXPECT_EQ(patient->getArray("required")->size(), 2u);  // patient, diagnosis
  EXPECT_EQ(packet->getArray("required")->getElement<std::string>(0), "packet");
  EXPECT_EQ(patient->getObject("not")->getArray("anyOf")->size(), 1u);  // packet
  EXPECT_EQ(packet->getObject("not")->getArray("anyOf")->size(), 13u);  // patient-only keys
}

}  // namespace
}  // namespace careplan::profile
