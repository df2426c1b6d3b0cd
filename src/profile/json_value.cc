#include "profile/json_value.h"

#include <cstdio>

namespace careplan::profile {

JsonValue JsonValue::Bool(bool value) {
  JsonValue json;
  json.type_ = Type::kBool;
  json.bool_ = value;
  return json;
}

JsonValue JsonValue::Number(int64_t value) {
  JsonValue json;
  json.type_ = Type::kNumber;
  json.number_ = value;
  return json;
}

JsonValue JsonValue::String(std::string_view value) {
  JsonValue json;
  json.type_ = Type::kString;
  json.string_ = value;
  return json;
}

JsonValue JsonValue::Array(std::vector<JsonValue> items) {
  JsonValue json;
  json.type_ = Type::kArray;
  json.items_ = std::move(items);
  return json;
}

JsonValue JsonValue::StringArray(const std::vector<std::string>& items) {
  JsonValue json = Array();
  for (const std::string& item : items) json.Push(String(item));
  return json;
}

JsonValue JsonValue::Object() {
  JsonValue json;
  json.type_ = Type::kObject;
  return json;
}

JsonValue& JsonValue::Set(std::string_view key, JsonValue value) {
  for (auto& [name, member] : members_) {
    if (name == key) {
      member = std::move(value);
      return *this;
    }
  }
  members_.emplace_back(std::string(key), std::move(value));
  return *this;
}

JsonValue& JsonValue::Merge(JsonValue other) {
  for (auto& [key, value] : other.members_) Set(key, std::move(value));
  return *this;
}

JsonValue& JsonValue::Push(JsonValue value) {
  items_.push_back(std::move(value));
  return *this;
}

std::string JsonValue::Dump() const {
  std::string out;
  DumpTo(&out, 0);
  return out + "\n";
}

bool JsonValue::IsScalarArray() const {
  for (const JsonValue& item : items_)
    if (item.type_ == Type::kArray || item.type_ == Type::kObject) return false;
  return true;
}

void JsonValue::DumpTo(std::string* out, int indent) const {
  const std::string inner(indent + 2, ' ');
  switch (type_) {
    case Type::kNull:
      *out += "null";
      return;
    case Type::kBool:
      *out += bool_ ? "true" : "false";
      return;
    case Type::kNumber:
      *out += std::to_string(number_);
      return;
    case Type::kString:
      *out += JsonQuote(string_);
      return;
    case Type::kArray:
      if (items_.empty() || IsScalarArray()) {
        *out += "[";
        for (size_t i = 0; i < items_.size(); ++i) {
          if (i > 0) *out += ", ";
          items_[i].DumpTo(out, indent);
        }
        *out += "]";
        return;
      }
      *out += "[\n";
      for (size_t i = 0; i < items_.size(); ++i) {
        *out += inner;
        items_[i].DumpTo(out, indent + 2);
        *out += i + 1 < items_.size() ? ",\n" : "\n";
      }
      *out += std::string(indent, ' ') + "]";
      return;
    case Type::kObject:
      if (members_.empty()) {
        *out += "{}";
        return;
      }
      *out += "{\n";
      for (size_t i = 0; i < members_.size(); ++i) {
        *out += inner + JsonQuote(members_[i].first) + ": ";
        members_[i].second.DumpTo(out, indent + 2);
        *out += i + 1 < members_.size() ? ",\n" : "\n";
      }
      *out += std::string(indent, ' ') + "}";
      return;
  }
}

std::string JsonQuote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(c));
          out += buffer;
        } else {
          out += c;  // UTF-8 passes through unchanged
        }
    }
  }
  return out + "\"";
}

}  // namespace careplan::profile
