// Profile keys: the shape of the careplan/v1 format as data, one table per
// YAML mapping: each key, whether it is required, what value it takes, its
// limits and a description. The loader checks keys, types and limits against
// these tables and the JSON Schema is generated from them, so adding a key
// here updates both (the loader still has to read and use the new value).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "profile/vocabulary.h"

namespace careplan::profile {

enum class ValueKind {
  kConstant,     // exactly ValueSpec::constant (the format string)
  kLine,         // one line of free text
  kMultiline,    // free text that may span lines (notes)
  kId,           // an identifier: language, guide, guide section id
  kDate,         // a full date, YYYY-MM-DD
  kPartialDate,  // YYYY, YYYY-MM or YYYY-MM-DD (a bare YAML year is a year)
  kBool,         // true or false, unquoted
  kInterval,     // "3 months", "2 weeks", weekly, monthly, ...
  kWord,         // one of ValueSpec::words
  kTerm,         // a word of the guide's vocabulary of kind ValueSpec::term (vocabulary.h)
  kMapping,      // a nested mapping described by ValueSpec::keys
  kList,         // a list of ValueSpec::item
  kAllOrList,    // the word `all`, or a non-empty list of ValueSpec::item
};

// Which kind of profile may have a top-level key.
enum class KeyScope { kAny, kPatient, kPacket };

struct MapSpec;

// What one value must be.
struct ValueSpec {
  ValueKind kind = ValueKind::kLine;
  size_t max_chars = 0;                             // kLine, kMultiline, kId
  bool printed = false;                             // text printed in the plan (font coverage)
  const std::vector<std::string>* words = nullptr;  // kWord
  std::string_view constant;                        // kConstant
  const MapSpec* keys = nullptr;                    // kMapping
  std::shared_ptr<const ValueSpec> item;            // kList, kAllOrList
  size_t max_items = 0;                             // kList, kAllOrList
  bool unique_items = false;                        // kList: a repeated item is a warning
  std::string_view list_word = "all";               // kAllOrList: the word instead of a list
  // kWord: other spellings (normalized as in NormalizeWord) and the word each
  // means. When set (even empty), the word also matches in any case.
  const std::vector<std::pair<std::string, std::string>>* aliases = nullptr;
  TermKind term = TermKind::kOrgan;  // kTerm
  // kTerm: matches in any case, with spaces or hyphens for underscores, and
  // with the vocabulary's aliases; otherwise exactly.
  bool loose = false;
};

struct KeySpec {
  std::string_view key;
  bool required = false;  // for kPatient/kPacket keys: required in that kind of profile
  KeyScope scope = KeyScope::kAny;
  ValueSpec value;
  std::string_view description;
};

struct MapSpec {
  std::string_view description;
  std::vector<KeySpec> keys;

  const KeySpec* Find(std::string_view key) const;  // nullptr when unknown
  std::vector<std::string> Names() const;           // in table order
};

// The top-level mapping of a profile; nested tables hang off its keys.
const MapSpec& ProfileKeys();

// The table of the mapping under a top-level key ("patient", "diagnosis", ...)
// or of the entries of a top-level list ("treatments"). REQUIRES: such a key.
const MapSpec& KeysOf(std::string_view top_level_key);

// Vocabularies, in the order of their enums in profile.h. Organs, subtypes
// and antibodies are the guide's (vocabulary.h).
const std::vector<std::string>& OutcomeWords();
const std::vector<std::string>& SmokingWords();  // Smoking value = index + 1 (0 is kUnknown)
const std::vector<std::string>& PageSizeWords();
const std::vector<std::string>& SexWords();
const std::vector<std::string>& PregnancyWords();
const std::vector<std::string>& HomeMeasureWords();
const std::vector<std::string>& GuideSectionsWords();

// A word of a closed list as it is compared: lower case, with spaces and
// hyphens as underscores ("RNA polymerase III" -> "rna_polymerase_iii").
std::string NormalizeWord(std::string_view text);

inline constexpr std::string_view kFormatV1 = "careplan/v1";

}  // namespace careplan::profile
