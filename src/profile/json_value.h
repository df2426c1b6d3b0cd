// JsonValue: a JSON value built in code and printed with a fixed layout, for
// the generated JSON Schema. Objects keep their members in insertion order,
// so the output is the same on every run and diffs stay readable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careplan::profile {

class JsonValue {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  JsonValue() = default;
  static JsonValue Bool(bool value);
  static JsonValue Number(int64_t value);
  static JsonValue String(std::string_view value);
  static JsonValue Array(std::vector<JsonValue> items = {});
  static JsonValue StringArray(const std::vector<std::string>& items);
  static JsonValue Object();

  // Objects: sets a member, replacing one of the same name in place.
  JsonValue& Set(std::string_view key, JsonValue value);
  // Objects: sets every member of the object `other`.
  JsonValue& Merge(JsonValue other);
  // Arrays: appends an item.
  JsonValue& Push(JsonValue value);

  Type type() const { return type_; }

  // Two-space indented, one member per line; arrays of scalars on one line.
  // Ends with a newline.
  std::string Dump() const;

 private:
  void DumpTo(std::string* out, int indent) const;
  bool IsScalarArray() const;

  Type type_ = Type::kNull;
  bool bool_ = false;
  int64_t number_ = 0;
  std::string string_;
  std::vector<JsonValue> items_;
  std::vector<std::pair<std::string, JsonValue>> members_;
};

// `text` as a JSON string literal, quotes included.
std::string JsonQuote(std::string_view text);

}  // namespace careplan::profile
