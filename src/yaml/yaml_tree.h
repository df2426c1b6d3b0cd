// YamlNode: a YAML value with the position it was written at, built from
// yaml-cpp's event API. Unlike YAML::Node it has a position for every value
// and key (line and character column), keeps mapping entries in the order
// written, and its builder reports what yaml-cpp lets through: duplicate
// keys, a second document, aliases, tags and more values than
// kMaxYamlValues. Every YAML file careplan reads goes through here: profiles
// (read by profile/field_reader.h) and the files of templates/ (read through
// yaml_value.h). yaml-cpp itself stays inside this folder, src/yaml/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "yaml/scalar_text.h"
#include "yaml/source_text.h"

namespace careplan::yaml {

enum class YamlKind { kNull, kScalar, kSequence, kMapping };

struct YamlEntry;

struct YamlNode {
  YamlKind kind = YamlKind::kNull;
  TextPosition position;           // of the value's first character
  std::string value;               // kScalar: the text as YAML reads it
  bool plain = false;              // kScalar: written without quotes, block style or tag, so
                                   // that `2016` and `true` keep their YAML meaning
  std::vector<YamlNode> items;     // kSequence
  std::vector<YamlEntry> entries;  // kMapping, in the order written, without duplicates
  bool reported = false;           // a problem with it is already reported (an alias): readers
                                   // treat it as absent, without a second message
  // kScalar, plain: a comment after it on its line, which the author may
  // have meant as part of the value (`identifier: MRN #0077123`).
  std::optional<TrailingComment> trailing_comment;

  bool is_null() const { return kind == YamlKind::kNull; }
  bool is_scalar() const { return kind == YamlKind::kScalar; }
  bool is_sequence() const { return kind == YamlKind::kSequence; }
  bool is_mapping() const { return kind == YamlKind::kMapping; }
};

struct YamlEntry {
  YamlNode key;
  YamlNode value;
};

// Parses the one YAML document in `source`. Scalars are checked and
// normalised by CheckScalarText (scalar_text.h). Returns its root (kNull at
// 1:1 for a file with no content), or nullopt after reporting a syntax error
// (in plain words, see yaml_syntax_help.h), a
// second document or too many values. Duplicate keys (the later entry is
// dropped), aliases (read as null) and unsupported tags are reported, but the
// tree is still returned so that the rest of the file gets checked too.
std::optional<YamlNode> ReadYamlTree(const SourceText& source, const std::string& file,
                                     Diagnostics* diagnostics);

// PrepareSourceText and ReadYamlTree in one: reads the YAML in `raw`, named
// `file` and `kind` in messages. `first_line` is the line of `file` on which
// the YAML starts (2 for Markdown front matter after its "---" line), so that
// every position is one in the whole file.
std::optional<YamlNode> ReadYamlText(std::string_view raw, const std::string& file,
                                     Diagnostics* diagnostics, FileKind kind, int first_line = 1);

// How a value reads in a message: `"text"` (shortened when long), "a list",
// "a mapping" or "nothing".
std::string DescribeYamlValue(const YamlNode& node);

// `text` in double quotes for a message, shortened to about 60 characters,
// with line breaks shown as \n.
std::string QuoteForMessage(std::string_view text);

}  // namespace careplan::yaml
