#include "yaml/yaml_value.h"

namespace careplan::yaml {
namespace {

const std::string kNoText;
const std::vector<YamlNode> kNoItems;
const std::vector<YamlEntry> kNoEntries;

}  // namespace

const std::string& YamlValue::text() const { return is_scalar() ? node_->value : kNoText; }

const std::vector<YamlNode>& YamlValue::items() const {
  return is_sequence() ? node_->items : kNoItems;
}

const std::vector<YamlEntry>& YamlValue::entries() const {
  return is_mapping() ? node_->entries : kNoEntries;
}

YamlValue YamlValue::operator[](std::string_view key) const {
  for (const YamlEntry& entry : entries()) {
    if (entry.key.is_scalar() && entry.key.value == key) {
      return entry.value.reported ? YamlValue() : YamlValue(entry.value);
    }
  }
  return YamlValue();
}

TextPosition YamlValue::position() const { return node_ ? node_->position : TextPosition{0, 0}; }

SourceLoc MakeLoc(const std::string& file, YamlValue value) {
  return MakeLoc(file, value.position());
}

}  // namespace careplan::yaml
