// FieldReader: typed reads of YAML values (YamlNode) against the key tables
// (profile_keys.h), with a diagnostic for every problem. Each value is named
// by its field path ("treatments[2].started") and located at the offending
// value; a missing key is located at its mapping. A bad value reads as absent
// (nullopt) and the caller carries on, so one run reports every problem.
// Used by LoadProfile.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "base/interval.h"
#include "base/partial_date.h"
#include "profile/profile.h"
#include "profile/profile_keys.h"
#include "yaml/yaml_tree.h"

namespace careplan::profile {

// The YAML tree is read by the shared reader (src/yaml); the profile's code
// names its types as its own.
using yaml::DescribeYamlValue;
using yaml::MakeLoc;
using yaml::QuoteForMessage;
using yaml::SourceText;
using yaml::TextPosition;
using yaml::TrailingComment;
using yaml::YamlEntry;
using yaml::YamlKind;
using yaml::YamlNode;

// A value to read: where it is, what it must be and what it is called.
struct Field {
  const YamlNode* node = nullptr;   // nullptr when the key is absent
  const ValueSpec* spec = nullptr;  // never nullptr
  std::string path;                 // "treatments[2].started"
  bool required = false;

  // Written with a value (an empty value, `key:` alone, counts as absent).
  bool given() const { return node && !node->is_null(); }
};

// A mapping whose keys have been checked, for looking values up by key.
class MapFields {
 public:
  MapFields(const YamlNode& node, const MapSpec& keys, std::string path)
      : node_(&node), keys_(&keys), path_(std::move(path)) {}

  // REQUIRES: `key` is in the table.
  Field Get(std::string_view key) const;
  // Whether the key is written, even with an empty value.
  bool Has(std::string_view key) const;
  const YamlNode* KeyNode(std::string_view key) const;  // nullptr when absent
  const YamlNode& node() const { return *node_; }
  const std::string& path() const { return path_; }

 private:
  const YamlNode* node_;
  const MapSpec* keys_;
  std::string path_;
};

class FieldReader {
 public:
  // Printed text values are appended to `printed` as they are read.
  FieldReader(std::string file, Diagnostics* diagnostics, std::vector<PrintedText>* printed)
      : file_(std::move(file)), diagnostics_(diagnostics), printed_(printed) {}

  SourceLoc Loc(const YamlNode& node) const;
  void Error(const YamlNode& at, std::string message, std::vector<std::string> hints = {});
  void Warning(const YamlNode& at, std::string message, std::vector<std::string> hints = {});

  // Checks that `node` is a mapping whose keys are all in `keys` (with a "did
  // you mean" hint when one is close) and that every required key of scope
  // kAny is there. Keys of other scopes are left to the caller. `path` names
  // the mapping in messages ("" for the top level).
  std::optional<MapFields> Map(const YamlNode& node, const MapSpec& keys, const std::string& path);
  // The same for a kMapping field; nullopt without a message when absent.
  std::optional<MapFields> Map(const Field& field);

  // The items of a kList or kAllOrList field, at most spec->max_items (more is
  // an error); empty when absent. Repeats in a unique_items list are warned
  // about and left out.
  std::vector<Field> List(const Field& field);

  // Text of a kLine, kMultiline or kId field, checked for length, line breaks
  // and emptiness. An empty optional value reads as absent.
  std::optional<std::string> Text(const Field& field);
  std::optional<Date> FullDate(const Field& field);
  std::optional<PartialDate> PartialDateValue(const Field& field);
  std::optional<bool> Bool(const Field& field);
  std::optional<Interval> IntervalValue(const Field& field);
  // The index of the word in spec->words.
  std::optional<size_t> Word(const Field& field);
  // The id of a kTerm field's word in the vocabulary (set_vocabulary); with
  // no vocabulary, the word as written (NormalizeWord applied when loose).
  std::optional<std::string> Term(const Field& field);
  void set_vocabulary(const Vocabulary* vocabulary) { vocabulary_ = vocabulary; }
  // Whether a kConstant field holds exactly its constant.
  bool Constant(const Field& field);

 private:
  // The scalar text of a field, or nullopt (with a message when it is
  // required but empty, or is a list or mapping). `expected` says what the
  // value should be, for messages: "a date as YYYY-MM-DD".
  std::optional<std::string> Scalar(const Field& field, std::string_view expected);
  void CheckKeys(const YamlNode& node, const MapSpec& keys, const std::string& path);
  // A one-line text value that YAML cut at " #": the rest was probably
  // meant as part of it. Comments that look deliberate (two blanks before
  // the # and one after it, as in `name: Ann  # her chosen name`) are left be.
  void WarnTrailingComment(const Field& field);

  std::string file_;
  const Vocabulary* vocabulary_ = nullptr;
  Diagnostics* diagnostics_;
  std::vector<PrintedText>* printed_;
};

// A "did you mean" hint when one of `candidates` is close to `word`. Long
// words get none: they are no typo, and comparing them would be slow.
std::vector<std::string> DidYouMean(std::string_view word,
                                    const std::vector<std::string>& candidates);

// "path: " for messages about the value at `path`, or "" at the top level.
std::string PathPrefix(const std::string& path);
// `parent.key`, or `key` at the top level.
std::string ChildPath(const std::string& parent, std::string_view key);

}  // namespace careplan::profile
