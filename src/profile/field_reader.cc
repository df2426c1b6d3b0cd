#include "profile/field_reader.h"

#include <array>
#include <cassert>
#include <cctype>
#include <charconv>
#include <set>

#include "base/suggest.h"
#include "base/utf8.h"

namespace careplan::profile {
namespace {

constexpr std::string_view kPartialDateShape = "a date as YYYY, YYYY-MM or YYYY-MM-DD";
constexpr std::string_view kFullDateShape = "a full date as YYYY-MM-DD";

bool IsBlankText(std::string_view text) {
  return text.find_first_not_of(" \t\n") == std::string_view::npos;
}

constexpr std::string_view kColonHint =
    "text that contains \": \" must be in quotes, such as \"Goal: walk daily\"";

// `Goal: walk daily` written as a value reads as a mapping of one entry.
bool LooksLikeTextWithColon(const YamlNode& node) {
  return node.is_mapping() && node.entries.size() == 1 &&
         node.entries[0].key.position.line == node.position.line &&
         node.entries[0].value.position.line == node.position.line;
}

std::string Lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

int Number(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// Why a text shaped like YYYY[-MM[-DD]] is not a real date.
std::string WhyNotADate(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  const int year = Number(text.substr(0, 4));
  if (year == 0) return "there is no year 0";
  const int month = text.size() >= 7 ? Number(text.substr(5, 2)) : 1;
  if (month < 1 || month > 12) return "there is no month " + std::string(text.substr(5, 2));
  const int day = text.size() >= 10 ? Number(text.substr(8, 2)) : 1;
  if (day == 0) return "there is no day 0";
  return std::string(kMonths[month - 1]) + " " + std::to_string(year) + " has " +
         std::to_string(Date::DaysInMonth(year, month)) + " days";
}

// The top-level keys whose mappings (or list entries) have `key`, for a hint
// when a key is written at the wrong indentation.
std::vector<std::string> OwnersOfKey(std::string_view key) {
  std::vector<std::string> owners;
  for (const KeySpec& top : ProfileKeys().keys) {
    const ValueSpec& value = top.value.item ? *top.value.item : top.value;
    if (value.kind == ValueKind::kMapping && value.keys->Find(key)) owners.emplace_back(top.key);
  }
  return owners;
}

std::vector<std::string> UnknownKeyHints(std::string_view key, const MapSpec& keys) {
  if (auto hints = DidYouMean(key, keys.Names()); !hints.empty()) return hints;
  if (std::vector<std::string> owners = OwnersOfKey(key); !owners.empty()) {
    return {"check the indentation: \"" + std::string(key) + "\" is a key of " +
            JoinChoices(owners)};
  }
  return {"the keys allowed here are " + JoinChoices(keys.Names(), "and")};
}

}  // namespace

std::vector<std::string> DidYouMean(std::string_view word,
                                    const std::vector<std::string>& candidates) {
  constexpr size_t kLongestTypo = 100;
  if (word.size() > kLongestTypo) return {};
  if (auto close = ClosestMatch(word, candidates)) return {"did you mean \"" + *close + "\"?"};
  return {};
}

std::string PathPrefix(const std::string& path) { return path.empty() ? "" : path + ": "; }

std::string ChildPath(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

// MapFields

const YamlNode* MapFields::KeyNode(std::string_view key) const {
  for (const YamlEntry& entry : node_->entries)
    if (entry.key.is_scalar() && entry.key.value == key) return &entry.key;
  return nullptr;
}

bool MapFields::Has(std::string_view key) const { return KeyNode(key) != nullptr; }

Field MapFields::Get(std::string_view key) const {
  const KeySpec* spec = keys_->Find(key);
  assert(spec);
  Field field{nullptr, &spec->value, ChildPath(path_, key), spec->required};
  for (const YamlEntry& entry : node_->entries) {
    if (entry.key.is_scalar() && entry.key.value == key && !entry.value.reported)
      field.node = &entry.value;
  }
  return field;
}

// FieldReader

SourceLoc FieldReader::Loc(const YamlNode& node) const { return MakeLoc(file_, node.position); }

void FieldReader::Error(const YamlNode& at, std::string message, std::vector<std::string> hints) {
  diagnostics_->Error(Loc(at), std::move(message), std::move(hints));
}

void FieldReader::Warning(const YamlNode& at, std::string message, std::vector<std::string> hints) {
  diagnostics_->Warning(Loc(at), std::move(message), std::move(hints));
}

std::optional<MapFields> FieldReader::Map(const YamlNode& node, const MapSpec& keys,
                                          const std::string& path) {
  if (!node.is_mapping()) {
    Error(node, PathPrefix(path) + "expected a mapping, got " + DescribeYamlValue(node));
    return std::nullopt;
  }
  CheckKeys(node, keys, path);
  return MapFields(node, keys, path);
}

std::optional<MapFields> FieldReader::Map(const Field& field) {
  assert(field.spec->kind == ValueKind::kMapping);
  if (!field.given()) {
    if (field.node && field.required) Error(*field.node, field.path + ": must not be empty");
    return std::nullopt;
  }
  return Map(*field.node, *field.spec->keys, field.path);
}

void FieldReader::CheckKeys(const YamlNode& node, const MapSpec& keys, const std::string& path) {
  for (const YamlEntry& entry : node.entries) {
    if (!entry.key.is_scalar()) {
      Error(entry.key,
            PathPrefix(path) + "a key must be a word, got " + DescribeYamlValue(entry.key));
    } else if (!keys.Find(entry.key.value)) {
      Error(entry.key, PathPrefix(path) + "unknown key " + QuoteForMessage(entry.key.value),
            UnknownKeyHints(entry.key.value, keys));
    }
  }
  const MapFields fields(node, keys, path);
  for (const KeySpec& spec : keys.keys) {
    if (spec.required && spec.scope == KeyScope::kAny && !fields.Has(spec.key)) {
      Error(node, PathPrefix(path) + "missing required key \"" + std::string(spec.key) + "\"");
    }
  }
}

std::vector<Field> FieldReader::List(const Field& field) {
  if (!field.given()) return {};
  const YamlNode& node = *field.node;
  const ValueSpec& spec = *field.spec;
  if (!node.is_sequence()) {
    std::vector<std::string> hints;
    if (node.is_scalar() && node.value.size() <= 60 && node.value.find('\n') == std::string::npos)
      hints.push_back("write a list, such as [" + node.value + "]");
    if (node.is_mapping()) hints.push_back("start each entry of the list with \"- \"");
    Error(node, field.path + ": expected a list, got " + DescribeYamlValue(node), hints);
    return {};
  }
  if (node.items.size() > spec.max_items) {
    Error(node, field.path + ": " + std::to_string(node.items.size()) + " entries; the limit is " +
                    std::to_string(spec.max_items) + " entries");
  }
  std::vector<Field> items;
  std::set<std::string> seen;
  for (size_t i = 0; i < node.items.size() && i < spec.max_items; ++i) {
    const YamlNode& item = node.items[i];
    const std::string path = field.path + "[" + std::to_string(i) + "]";
    if (item.reported) continue;
    if (spec.unique_items && item.is_scalar() && !seen.insert(item.value).second) {
      Warning(item, path + ": " + QuoteForMessage(item.value) +
                        " is already in the list; the repeat is ignored");
      continue;
    }
    items.push_back(Field{&item, spec.item.get(), path, /*required=*/true});
  }
  return items;
}

std::optional<std::string> FieldReader::Scalar(const Field& field, std::string_view expected) {
  if (!field.node) return std::nullopt;
  const YamlNode& node = *field.node;
  if (node.is_scalar()) return node.value;
  if (!node.is_null() || field.required) {
    Error(node,
          field.path + ": expected " + std::string(expected) + ", got " + DescribeYamlValue(node));
  }
  return std::nullopt;
}

std::optional<std::string> FieldReader::Text(const Field& field) {
  const ValueSpec& spec = *field.spec;
  assert(spec.kind == ValueKind::kLine || spec.kind == ValueKind::kMultiline ||
         spec.kind == ValueKind::kId);
  if (!field.node) return std::nullopt;
  const YamlNode& node = *field.node;
  if (!node.is_null() && !node.is_scalar()) {
    Error(node,
          field.path + ": expected " + (spec.kind == ValueKind::kId ? "an id" : "text") + ", got " +
              DescribeYamlValue(node),
          LooksLikeTextWithColon(node) ? std::vector<std::string>{std::string(kColonHint)}
                                       : std::vector<std::string>{});
    return std::nullopt;
  }
  const std::string& text = node.value;  // empty for null
  if (const size_t chars = CountCodePoints(text); chars > spec.max_chars) {
    Error(node, field.path + ": " + std::to_string(chars) + " characters; the limit is " +
                    std::to_string(spec.max_chars) + " characters");
    return std::nullopt;
  }
  if (IsBlankText(text)) {
    if (field.required) Error(node, field.path + ": must not be empty");
    return std::nullopt;
  }
  if (spec.kind != ValueKind::kMultiline && text.find('\n') != std::string::npos) {
    Error(node, field.path + ": must be one line");
    return std::nullopt;
  }
  if (spec.kind == ValueKind::kLine) WarnTrailingComment(field);
  if (spec.printed) printed_->push_back(PrintedText{field.path, Loc(node), text});
  return text;
}

void FieldReader::WarnTrailingComment(const Field& field) {
  const std::optional<TrailingComment>& comment = field.node->trailing_comment;
  if (!comment || comment->looks_deliberate) return;
  const std::string whole = field.node->value + " " + comment->text;
  diagnostics_->Warning(MakeLoc(file_, comment->position),
                        field.path +
                            ": text after ' #' is a comment; put the value in quotes if # "
                            "is part of it",
                        {"it reads as " + QuoteForMessage(field.node->value) +
                         "; to keep all of it, "
                         "write " +
                         QuoteForMessage(whole)});
}

std::optional<PartialDate> FieldReader::PartialDateValue(const Field& field) {
  const std::optional<std::string> text = Scalar(field, kPartialDateShape);
  if (!text) return std::nullopt;
  std::string error;
  std::optional<PartialDate> date = ParsePartialDate(*text, &error);
  if (!date && error.starts_with("expected")) {
    Error(*field.node, field.path + ": expected " + std::string(kPartialDateShape) + ", got " +
                           QuoteForMessage(*text));
  } else if (!date) {
    Error(*field.node, field.path + ": " + QuoteForMessage(*text) + " is not a real date (" +
                           WhyNotADate(*text) + ")");
  }
  return date;
}

std::optional<Date> FieldReader::FullDate(const Field& field) {
  const std::optional<std::string> text = Scalar(field, kFullDateShape);
  if (!text) return std::nullopt;
  std::string error;
  const std::optional<PartialDate> date = ParsePartialDate(*text, &error);
  if ((!date && error.starts_with("expected")) ||
      (date && date->precision() != DatePrecision::kDay)) {
    Error(*field.node, field.path + ": expected " + std::string(kFullDateShape) + ", got " +
                           QuoteForMessage(*text));
    return std::nullopt;
  }
  if (!date) {
    Error(*field.node, field.path + ": " + QuoteForMessage(*text) + " is not a real date (" +
                           WhyNotADate(*text) + ")");
    return std::nullopt;
  }
  return date->FirstDay();
}

std::optional<bool> FieldReader::Bool(const Field& field) {
  const std::optional<std::string> text = Scalar(field, "true or false");
  if (!text) return std::nullopt;
  const bool is_word = *text == "true" || *text == "false";
  if (is_word && field.node->plain) return *text == "true";
  if (is_word) {
    Error(*field.node,
          field.path + ": expected true or false without quotes, got " + QuoteForMessage(*text));
    return std::nullopt;
  }
  static const std::set<std::string> kTrueLike = {"true", "yes", "y", "on"};
  static const std::set<std::string> kFalseLike = {"false", "no", "n", "off"};
  const std::string lower = Lowercase(*text);
  std::vector<std::string> hints;
  if (kTrueLike.contains(lower)) hints.push_back("did you mean true?");
  if (kFalseLike.contains(lower)) hints.push_back("did you mean false?");
  Error(*field.node, field.path + ": expected true or false, got " + QuoteForMessage(*text), hints);
  return std::nullopt;
}

std::optional<Interval> FieldReader::IntervalValue(const Field& field) {
  const std::optional<std::string> text =
      Scalar(field, "an interval such as \"3 months\" or monthly");
  if (!text) return std::nullopt;
  std::string error;
  std::optional<Interval> interval = ParseInterval(*text, &error);
  if (!interval) Error(*field.node, field.path + ": " + error + ", got " + QuoteForMessage(*text));
  return interval;
}

std::optional<size_t> FieldReader::Word(const Field& field) {
  const std::vector<std::string>& words = *field.spec->words;
  const std::string expected = "one of " + JoinChoices(words);
  const std::optional<std::string> text = Scalar(field, expected);
  if (!text) return std::nullopt;
  for (size_t i = 0; i < words.size(); ++i)
    if (words[i] == *text) return i;
  if (!field.spec->aliases) {
    Error(*field.node, field.path + ": expected " + expected + ", got " + QuoteForMessage(*text),
          DidYouMean(*text, words));
    return std::nullopt;
  }
  // The vocabularies of the additions match in any case, with spaces or
  // hyphens for underscores, and with aliases ("RNA polymerase III").
  const std::string normalized = NormalizeWord(*text);
  for (size_t i = 0; i < words.size(); ++i)
    if (NormalizeWord(words[i]) == normalized) return i;
  for (const auto& [alias, word] : *field.spec->aliases) {
    if (alias != normalized) continue;
    for (size_t i = 0; i < words.size(); ++i)
      if (words[i] == word) return i;
  }
  Error(*field.node, field.path + ": expected " + expected + ", got " + QuoteForMessage(*text),
        DidYouMean(*text, words));
  return std::nullopt;
}

std::optional<std::string> FieldReader::Term(const Field& field) {
  if (!vocabulary_) {
    const std::optional<std::string> text = Scalar(field, "a word");
    if (!text) return std::nullopt;
    return field.spec->loose ? NormalizeWord(*text) : *text;
  }
  const std::vector<profile::Term>& terms = vocabulary_->Of(field.spec->term);
  std::vector<std::string> words;
  std::vector<std::pair<std::string, std::string>> aliases;
  for (const profile::Term& term : terms) {
    words.push_back(term.id);
    for (const std::string& alias : term.aliases) aliases.emplace_back(alias, term.id);
  }
  ValueSpec spec = *field.spec;
  spec.kind = ValueKind::kWord;
  spec.words = &words;
  spec.aliases = field.spec->loose ? &aliases : nullptr;
  Field word_field = field;
  word_field.spec = &spec;
  const std::optional<size_t> index = Word(word_field);
  if (!index) return std::nullopt;
  return words[*index];
}

bool FieldReader::Constant(const Field& field) {
  const std::string constant(field.spec->constant);
  const std::optional<std::string> text = Scalar(field, QuoteForMessage(constant));
  if (!text) return false;
  if (*text == constant) return true;
  Error(*field.node,
        field.path + ": expected " + QuoteForMessage(constant) + ", got " + QuoteForMessage(*text));
  return false;
}

}  // namespace careplan::profile
