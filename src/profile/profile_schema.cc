#include "profile/profile_schema.h"

#include <string_view>
#include <vector>

#include "profile/json_value.h"
#include "profile/profile_keys.h"

namespace careplan::profile {
namespace {

// JSON Schema regular expressions (ECMA-262), matching what the loader accepts.
constexpr std::string_view kOneLinePattern = "^[^\\n]*$";
constexpr std::string_view kFullDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
constexpr std::string_view kPartialDatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
constexpr std::string_view kIntervalPattern =
    "^(([1-9][0-9]{0,2}|1000) +(days?|weeks?|months?|years?)|daily|weekly|fortnightly|monthly|"
    "quarterly|yearly|annually)$";

JsonValue String(std::string_view text) { return JsonValue::String(text); }
JsonValue Number(size_t value) { return JsonValue::Number(static_cast<int64_t>(value)); }

JsonValue SchemaOf(const ValueSpec& spec, bool required, const Vocabulary* vocabulary,
                   std::string_view description = {});

JsonValue ObjectSchema(const MapSpec& keys, const Vocabulary* vocabulary) {
  JsonValue properties = JsonValue::Object();
  std::vector<std::string> required;
  for (const KeySpec& key : keys.keys) {
    properties.Set(key.key, SchemaOf(key.value, key.required, vocabulary, key.description));
    if (key.required && key.scope == KeyScope::kAny) required.emplace_back(key.key);
  }
  JsonValue object = JsonValue::Object();
  object.Set("type", String("object"));
  object.Set("properties", std::move(properties));
  if (!required.empty()) object.Set("required", JsonValue::StringArray(required));
  object.Set("additionalProperties", JsonValue::Bool(false));
  return object;
}

JsonValue ArraySchema(const ValueSpec& spec, size_t min_items, const Vocabulary* vocabulary) {
  JsonValue array = JsonValue::Object();
  array.Set("type", String("array"));
  if (min_items > 0) array.Set("minItems", Number(min_items));
  array.Set("maxItems", Number(spec.max_items));
  if (spec.unique_items) array.Set("uniqueItems", JsonValue::Bool(true));
  array.Set("items", SchemaOf(*spec.item, /*required=*/true, vocabulary));
  return array;
}

JsonValue TextSchema(const ValueSpec& spec, bool required) {
  JsonValue schema = JsonValue::Object();
  if (spec.kind == ValueKind::kId) {
    schema.Set("type", String("string"));
  } else {
    // YAML reads unquoted digits (an identifier such as 004512) as a number;
    // the loader takes them as written, so the schema allows numbers too.
    schema.Set("type", JsonValue::StringArray({"string", "number"}));
  }
  if (required || spec.kind == ValueKind::kId) schema.Set("minLength", Number(1));
  schema.Set("maxLength", Number(spec.max_chars));
  if (spec.kind != ValueKind::kMultiline) schema.Set("pattern", String(kOneLinePattern));
  return schema;
}

JsonValue StringSchema(std::string_view pattern) {
  return JsonValue::Object().Set("type", String("string")).Set("pattern", String(pattern));
}

// The members that say what a value of `spec` must be.
JsonValue ValueSchema(const ValueSpec& spec, bool required, const Vocabulary* vocabulary) {
  switch (spec.kind) {
    case ValueKind::kConstant:
      return JsonValue::Object().Set("const", String(spec.constant));
    case ValueKind::kLine:
    case ValueKind::kMultiline:
    case ValueKind::kId:
      return TextSchema(spec, required);
    case ValueKind::kDate:
      return StringSchema(kFullDatePattern);
    case ValueKind::kPartialDate:
      // A bare year (2016) is a number in YAML.
      return JsonValue::Object()
          .Set("type", JsonValue::StringArray({"string", "integer"}))
          .Set("pattern", String(kPartialDatePattern))
          .Set("minimum", Number(1))
          .Set("maximum", Number(9999));
    case ValueKind::kBool:
      return JsonValue::Object().Set("type", String("boolean"));
    case ValueKind::kInterval:
      return StringSchema(kIntervalPattern);
    case ValueKind::kWord:
      return JsonValue::Object()
          .Set("type", String("string"))
          .Set("enum", JsonValue::StringArray(*spec.words));
    case ValueKind::kTerm:
      // The guide's words; without a vocabulary, any text.
      if (!vocabulary) return JsonValue::Object().Set("type", String("string"));
      return JsonValue::Object()
          .Set("type", String("string"))
          .Set("enum", JsonValue::StringArray(vocabulary->Ids(spec.term)));
    case ValueKind::kMapping:
      return ObjectSchema(*spec.keys, vocabulary);
    case ValueKind::kList:
      return ArraySchema(spec, 0, vocabulary);
    case ValueKind::kAllOrList:
      return JsonValue::Object().Set(
          "oneOf", JsonValue::Array({JsonValue::Object().Set("const", String(spec.list_word)),
                                     ArraySchema(spec, 1, vocabulary)}));
  }
  return JsonValue::Object();
}

JsonValue SchemaOf(const ValueSpec& spec, bool required, const Vocabulary* vocabulary,
                   std::string_view description) {
  JsonValue schema = JsonValue::Object();
  if (!description.empty()) schema.Set("description", String(description));
  return schema.Merge(ValueSchema(spec, required, vocabulary));
}

// [{"required": [key]}, ...] for each key of `scope`: "has any of them".
JsonValue AnyKeyOf(const MapSpec& keys, KeyScope scope) {
  JsonValue any_of = JsonValue::Array();
  for (const KeySpec& key : keys.keys) {
    if (key.scope != scope) continue;
    any_of.Push(
        JsonValue::Object().Set("required", JsonValue::StringArray({std::string(key.key)})));
  }
  return any_of;
}

std::vector<std::string> RequiredKeys(const MapSpec& keys, KeyScope scope) {
  std::vector<std::string> required;
  for (const KeySpec& key : keys.keys)
    if (key.scope == scope && key.required) required.emplace_back(key.key);
  return required;
}

// One branch of the top-level oneOf: the keys a kind of profile must have,
// and none of the keys that only the other kind has.
JsonValue KindBranch(const MapSpec& keys, std::string_view title, KeyScope scope, KeyScope other) {
  return JsonValue::Object()
      .Set("title", String(title))
      .Set("required", JsonValue::StringArray(RequiredKeys(keys, scope)))
      .Set("not", JsonValue::Object().Set("anyOf", AnyKeyOf(keys, other)));
}

}  // namespace

std::string ProfileJsonSchema(const Vocabulary* vocabulary) {
  const MapSpec& keys = ProfileKeys();
  JsonValue schema = JsonValue::Object();
  schema.Set("$schema", String("http://json-schema.org/draft-07/schema#"));
  schema.Set("title", String("careplan profile (format careplan/v1)"));
  schema.Set("description", String(keys.description));
  schema.Merge(ObjectSchema(keys, vocabulary));
  schema.Set("oneOf",
             JsonValue::Array({
                 KindBranch(keys, "patient profile", KeyScope::kPatient, KeyScope::kPacket),
                 KindBranch(keys, "packet profile", KeyScope::kPacket, KeyScope::kPatient),
             }));
  return schema.Dump();
}

}  // namespace careplan::profile
