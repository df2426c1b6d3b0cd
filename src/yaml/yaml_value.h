// YamlValue: a YamlNode that may be absent, for readers that look values up
// by key (the loaders of templates/). `map["key"]` is absent when `map` is not
// a mapping or has no such key, so lookups chain without a check between
// steps. An absent value has no position (line and column 0), like a file
// name without a place in it. A value the tree already reported (an alias)
// reads as absent, so that it gets no second message.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "yaml/yaml_tree.h"

namespace careplan::yaml {

class YamlValue {
 public:
  YamlValue() = default;
  // Implicit: every node is a present value.
  YamlValue(const YamlNode& node) : node_(&node) {}  // NOLINT(google-explicit-constructor)

  explicit operator bool() const { return node_ != nullptr; }

  bool is_null() const { return node_ && node_->is_null(); }
  bool is_scalar() const { return node_ && node_->is_scalar(); }
  bool is_sequence() const { return node_ && node_->is_sequence(); }
  bool is_mapping() const { return node_ && node_->is_mapping(); }
  // Written without quotes, so that `true` is a boolean and not text.
  bool plain() const { return is_scalar() && node_->plain; }
  // Already reported by the reader (an alias): to be skipped without a
  // second message.
  bool reported() const { return node_ && node_->reported; }

  // A scalar's text; "" for anything else.
  const std::string& text() const;
  // The items of a sequence or the entries of a mapping; none otherwise.
  const std::vector<YamlNode>& items() const;
  const std::vector<YamlEntry>& entries() const;
  size_t size() const { return is_sequence() ? items().size() : entries().size(); }

  YamlValue operator[](std::string_view key) const;

  // Where the value starts; line 0 and column 0 when it is absent.
  TextPosition position() const;

 private:
  const YamlNode* node_ = nullptr;
};

// A SourceLoc for `value` in `file` (line 0 when it is absent).
SourceLoc MakeLoc(const std::string& file, YamlValue value);

}  // namespace careplan::yaml
