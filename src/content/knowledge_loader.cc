#include "content/knowledge_loader.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "base/interval.h"
#include "base/name_match.h"
#include "base/suggest.h"
#include "content/condition_parser.h"
#include "content/yaml_keys.h"
#include "doc/picture_names.h"
#include "profile/profile_keys.h"
#include "profile/vocabulary.h"
#include "yaml/yaml_tree.h"
#include "yaml/yaml_value.h"

namespace careplan::content {
namespace {

using yaml::YamlNode;
using yaml::YamlValue;

const std::vector<std::string> kPhases = {"baseline", "initial", "maintenance", "ongoing",
                                          "follow_up"};
const std::vector<std::string> kAllUrgencies = {"info", "same_day", "emergency"};
const std::vector<std::string> kSignUrgencies = {"same_day", "emergency"};

using KeySpec = YamlKey;

const std::vector<KeySpec> kSourceKeys = {{"citation", true}, {"read", true}};
const std::vector<KeySpec> kTestKeys = {{"id", true},
                                        {"name", true},
                                        {"aliases", true},
                                        {"why", false},
                                        {"brief", false},
                                        {"source", false},
                                        {"at_home", false},
                                        {"part_of", false},
                                        {"name_only", false},
                                        {"frequent_aliases", false},
                                        {"taken_together", false}};
const std::vector<KeySpec> kMedicineKeys = {{"id", true},
                                            {"name", true},
                                            {"aliases", true},
                                            {"class", true},
                                            {"immunosuppressive", true},
                                            {"sun_protection", true},
                                            {"purpose", true},
                                            {"harms_unborn_baby", false},
                                            {"monitoring", true},
                                            {"warnings", true},
                                            {"keep_safe", false}};
const std::vector<KeySpec> kKeepSafeKeys = {
    {"text", true}, {"source", true}, {"left_out_with", false}, {"when", false}};
constexpr size_t kMaxKeepSafe = 2;
const std::vector<KeySpec> kInteractionKeys = {
    {"id", true},         {"medicines", true}, {"with", false}, {"with_names", false},
    {"text", true},       {"urgency", true},   {"sign", false}, {"source", true},
    {"keep_safe", false}, {"question", false}};
const std::vector<KeySpec> kPurposeKeys = {{"text", true}, {"source", true}};
const std::vector<KeySpec> kMonitoringKeys = {
    {"test", true},    {"phase", true},      {"every", false}, {"duration", false}, {"note", false},
    {"detail", false}, {"how_often", false}, {"when", false},  {"source", true}};
const std::vector<KeySpec> kMedicineWarningKeys = {
    {"text", true}, {"urgency", true}, {"sign", false}, {"when", false}, {"source", true}};
const std::vector<KeySpec> kHarmsUnbornBabyKeys = {{"source", true}};
const std::vector<KeySpec> kOrganWarningKeys = {
    {"text", true}, {"urgency", true}, {"when", false}, {"source", true}};
const std::vector<KeySpec> kGeneralWarningKeys = {
    {"text", true}, {"urgency", true}, {"when", true}, {"source", true}};
const std::vector<KeySpec> kOrganKeys = {{"id", true},
                                         {"applies_when", false},
                                         {"monitoring", true},
                                         {"warning_signs", true},
                                         {"lifestyle", true}};
const std::vector<KeySpec> kLifestyleKeys = {{"id", true},       {"text", true},
                                             {"when", true},     {"daily", true},
                                             {"log", false},     {"with_team_level", false},
                                             {"picture", false}, {"source", true}};
const std::vector<KeySpec> kVaccineKeys = {
    {"id", true}, {"text", true}, {"when", true}, {"source", true}};
const std::vector<KeySpec> kHowToKeys = {{"steps", true}, {"source", true}};
const std::vector<KeySpec> kReviewFlagKeys = {{"id", true},     {"kind", true},
                                              {"text", true},   {"when", true},
                                              {"source", true}, {"unless_recorded", false}};
const std::vector<KeySpec> kGeneralKeys = {{"monitoring", true},
                                           {"warning_signs", true},
                                           {"vaccines", true},
                                           {"review_flags", false},
                                           {"blood_pressure_how_to", false}};
const std::vector<KeySpec> kVocabularyKeys = {{"condition", true},
                                              {"organs", true},
                                              {"subtypes", true},
                                              {"antibodies", true},
                                              {"medicine_classes", true}};
const std::vector<KeySpec> kConditionKeys = {{"name", true}, {"keywords", true}};
const std::vector<KeySpec> kTermKeys = {{"id", true},       {"name", true},  {"short_name", false},
                                        {"aliases", false}, {"kind", false}, {"meaning", false}};
const std::vector<KeySpec> kHomeLogKeys = {
    {"log", true}, {"test", true}, {"when", true}, {"when_scheduled", true}};
const std::vector<KeySpec> kHomeLogTriggerKeys = {
    {"if", true}, {"diagnosed_within", false}, {"reason", false}};
// The kinds of home log careplan can draw (compose/bp_log.h).
const std::vector<std::string> kHomeLogKinds = {"blood_pressure"};

std::vector<std::string> KeyNames(const std::vector<KeySpec>& keys) {
  std::vector<std::string> names;
  for (const KeySpec& key : keys) names.push_back(key.name);
  return names;
}

std::vector<std::string> MapKeys(const std::map<std::string, Source>& sources) {
  std::vector<std::string> ids;
  for (const auto& [id, source] : sources) ids.push_back(id);
  return ids;
}

bool Contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::vector<std::string> DidYouMean(const std::string& word,
                                    const std::vector<std::string>& candidates) {
  if (auto match = ClosestMatch(word, candidates)) return {"did you mean \"" + *match + "\"?"};
  return {};
}

// snake_case rule ids: ^[a-z][a-z0-9_]*$
bool IsSnakeCase(const std::string& id) {
  if (id.empty() || id[0] < 'a' || id[0] > 'z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Source ids: S<number>, S<number><letter> or G<number>. The letter keeps
// the facts sheets' own ids: S24b, and S42a to S42k (one EMA leaflet each).
bool IsSourceId(const std::string& id) {
  if (id.size() < 2 || (id[0] != 'S' && id[0] != 'G')) return false;
  size_t end = id.size();
  if (id[0] == 'S' && id.back() >= 'a' && id.back() <= 'z') --end;
  if (end < 2) return false;
  return std::all_of(id.begin() + 1, id.begin() + static_cast<std::ptrdiff_t>(end),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// Aliases are stored lowercase, trimmed, with single spaces.
std::string NormalizedAlias(const std::string& alias) {
  std::string result;
  bool pending_space = false;
  for (char c : alias) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !result.empty();
      continue;
    }
    if (pending_space) result += ' ';
    pending_space = false;
    result += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return result;
}

// The vocabulary list a condition's word comes from, if any.
std::optional<profile::TermKind> TermKindOf(ConditionKind kind) {
  switch (kind) {
    case ConditionKind::kOrgan:
      return profile::TermKind::kOrgan;
    case ConditionKind::kSubtype:
      return profile::TermKind::kSubtype;
    case ConditionKind::kAntibody:
      return profile::TermKind::kAntibody;
    case ConditionKind::kMedicineClass:
      return profile::TermKind::kMedicineClass;
    default:
      return std::nullopt;
  }
}

// Medicine ids, organs, subtypes, antibodies and medicine classes that a
// condition names must exist.
void CheckConditionNames(const Condition& condition, const Knowledge& knowledge,
                         Diagnostics* diagnostics) {
  const bool names_medicine =
      (condition.kind == ConditionKind::kMedicine && condition.value != "any") ||
      (condition.kind == ConditionKind::kYearsSinceStarted && !condition.by_class);
  const bool names_class =
      condition.kind == ConditionKind::kMedicineClass ||
      (condition.kind == ConditionKind::kYearsSinceStarted && condition.by_class);
  if (names_medicine && !condition.value.empty() &&
      knowledge.MedicineById(condition.value) == nullptr) {
    std::vector<std::string> ids = {"any"};
    for (const MedicineInfo& medicine : knowledge.medicines) ids.push_back(medicine.id);
    diagnostics->Error(condition.loc,
                       "unknown medicine \"" + condition.value +
                           "\" in a condition; expected a medicine id from medicines.yaml or any",
                       DidYouMean(condition.value, ids));
  }
  std::optional<profile::TermKind> kind = TermKindOf(condition.kind);
  if (names_class) kind = profile::TermKind::kMedicineClass;
  if (kind && !condition.value.empty()) {
    const std::vector<std::string> words = knowledge.vocabulary.Ids(*kind);
    if (!Contains(words, condition.value)) {
      const std::string what = *kind == profile::TermKind::kMedicineClass
                                   ? "medicine_class"
                                   : std::string(profile::KindName(*kind));
      diagnostics->Error(
          condition.loc,
          "unknown " + what + " \"" + condition.value + "\"; expected " + JoinChoices(words),
          DidYouMean(condition.value, words));
    }
  }
  for (const Condition& child : condition.children) {
    CheckConditionNames(child, knowledge, diagnostics);
  }
}

// Where each id of one kind was first defined, for duplicate errors.
class IdRegistry {
 public:
  explicit IdRegistry(std::string what) : what_(std::move(what)) {}

  // False (and an error) when `id` was seen before.
  bool Add(const std::string& id, const SourceLoc& loc, Diagnostics* diagnostics) {
    auto [it, inserted] = first_.emplace(id, loc);
    if (inserted) return true;
    diagnostics->Error(loc, "duplicate " + what_ + " \"" + id + "\" (first defined at line " +
                                std::to_string(it->second.line) + ")");
    return false;
  }

 private:
  std::string what_;
  std::map<std::string, SourceLoc> first_;
};

// Reads the rules files one after the other into one Knowledge. Each Read*
// method handles one file; references to earlier files are checked as they
// are read, medicine ids in conditions once everything is read.
class RulesReader {
 public:
  RulesReader(const std::string& rules_dir, const FileReader& read, Diagnostics* diagnostics)
      : rules_dir_(rules_dir), read_(read), diagnostics_(diagnostics) {}

  std::optional<Knowledge> Load() {
    const int errors_before = diagnostics_->error_count();
    vocabulary_ok_ =
        ReadFile("vocabulary.yaml", kVocabularyKeys, [&](YamlValue root) { ReadVocabulary(root); });
    sources_ok_ = ReadFile("sources.yaml", {{"sources", true}},
                           [&](YamlValue root) { ReadSources(root["sources"]); });
    tests_ok_ = ReadFile("tests.yaml", {{"tests", true}}, [&](YamlValue root) { ReadTests(root); });
    lifestyle_ok_ = ReadFile("lifestyle.yaml", {{"lifestyle", true}},
                             [&](YamlValue root) { ReadLifestyle(root); });
    medicines_ok_ = ReadFile("medicines.yaml", {{"medicines", true}, {"interactions", false}},
                             [&](YamlValue root) {
                               ReadMedicines(root);
                               ReadInteractions(root);
                               CheckInteractionMentions();
                             });
    ReadFile("organs.yaml", {{"organs", true}}, [&](YamlValue root) { ReadOrgans(root); });
    ReadFile("general.yaml", kGeneralKeys, [&](YamlValue root) { ReadGeneral(root); });
    ReadFile("home_logs.yaml", {{"home_logs", true}}, [&](YamlValue root) { ReadHomeLogs(root); });
    if (medicines_ok_ && vocabulary_ok_) CheckAllConditions();
    if (diagnostics_->error_count() > errors_before) return std::nullopt;
    return std::move(knowledge_);
  }

 private:
  // ---- Files and generic values ----

  // Reads and parses one file whose root is a mapping with `root_keys`, then
  // calls `body`. Returns false when the file is missing or is not YAML, so
  // that references into it are not checked (they would all fail).
  bool ReadFile(const char* name, const std::vector<KeySpec>& root_keys,
                const std::function<void(YamlValue)>& body) {
    file_ = rules_dir_ + "/" + name;
    std::string text;
    if (Status status = read_(file_, &text); !status.ok()) {
      diagnostics_->Error(SourceLoc{file_, 0, 0}, status.message());
      return false;
    }
    const std::optional<YamlNode> root =
        yaml::ReadYamlText(text, file_, diagnostics_, yaml::kTemplateFile);
    if (!root) return false;
    if (!root->is_mapping()) {
      diagnostics_->Error(SourceLoc{file_, 1, 1}, "expected a mapping with the keys " +
                                                      JoinChoices(KeyNames(root_keys), "and"));
      return false;
    }
    if (!CheckKeys(*root, "this file", root_keys)) return false;
    body(*root);
    return true;
  }

  SourceLoc Loc(YamlValue node) const { return yaml::MakeLoc(file_, node); }

  void Error(YamlValue node, std::string message, std::vector<std::string> hints = {}) {
    diagnostics_->Error(Loc(node), std::move(message), std::move(hints));
  }

  // Checks that `map` is a mapping with known, unrepeated keys and every
  // required key. `what` names the mapping in messages ("a test").
  bool CheckKeys(YamlValue map, const std::string& what, const std::vector<KeySpec>& keys) {
    return CheckYamlKeys(map, what, keys, file_, diagnostics_);
  }

  // A non-empty text; "" (and an error) otherwise. Absent keys were reported
  // by CheckKeys.
  std::string Text(YamlValue map, const char* key) {
    const YamlValue value = map[key];
    if (!value) return "";
    if (!value.is_scalar() || value.text().empty()) {
      Error(value, std::string(key) + ": expected a non-empty text");
      return "";
    }
    return value.text();
  }

  // A snake_case id, registered in `ids`.
  std::string Id(YamlValue map, IdRegistry* ids) {
    const YamlValue value = map["id"];
    const std::string id = Text(map, "id");
    if (id.empty()) return id;
    if (!IsSnakeCase(id)) {
      Error(value, "id \"" + id + "\" must be snake_case (lowercase letters, digits and _)");
    }
    ids->Add(id, Loc(value), diagnostics_);
    return id;
  }

  bool Bool(YamlValue map, const char* key) {
    const YamlValue value = map[key];
    if (!value) return false;
    if (value.plain() && (value.text() == "true" || value.text() == "false")) {
      return value.text() == "true";
    }
    Error(value, std::string(key) + ": expected true or false");
    return false;
  }

  // The index of a vocabulary word in `words`, or -1 (and an error).
  // `what` names the word in messages (default: the key).
  int Word(YamlValue map, const char* key, const std::vector<std::string>& words,
           const char* what = nullptr) {
    const YamlValue value = map[key];
    if (!value) return -1;
    const std::string word = value.is_scalar() ? value.text() : "";
    const auto found = std::find(words.begin(), words.end(), word);
    if (found != words.end()) return static_cast<int>(found - words.begin());
    Error(value,
          "unknown " + std::string(what ? what : key) + " \"" + word + "\"; expected " +
              JoinChoices(words),
          DidYouMean(word, words));
    return -1;
  }

  std::optional<Interval> IntervalValue(YamlValue map, const char* key) {
    const YamlValue value = map[key];
    if (!value) return std::nullopt;
    std::string error;
    if (value.is_scalar()) {
      if (auto interval = ParseIntervalOrRange(value.text(), &error)) return interval;
    } else {
      error = "expected an interval such as \"3 months\"";
    }
    Error(value, std::string(key) + ": " + error);
    return std::nullopt;
  }

  // A list of texts (for aliases): each one lowercase with single spaces.
  // Where each alias was seen: the entry's position in its list and its id.
  using AliasOwners = std::map<std::string, std::pair<size_t, std::string>>;

  // `owner_index` is the entry's position in its list (ids may repeat).
  std::vector<std::string> Aliases(YamlValue map, const std::string& owner_what, size_t owner_index,
                                   const std::string& owner_id, AliasOwners* owners) {
    std::vector<std::string> aliases;
    const YamlValue value = map["aliases"];
    if (!value) return aliases;
    if (!value.is_sequence()) {
      Error(value, "aliases: expected a list of texts");
      return aliases;
    }
    for (const YamlValue item : value.items()) {
      if (!item.is_scalar() || item.text().empty()) {
        Error(item, "aliases: expected a non-empty text");
        continue;
      }
      const std::string& alias = item.text();
      const std::string normalized = NormalizedAlias(alias);
      if (normalized != alias) {
        Error(item, "alias \"" + alias + "\" must be lowercase with single spaces; write \"" +
                        normalized + "\"");
      }
      auto [it, inserted] = owners->emplace(normalized, std::make_pair(owner_index, owner_id));
      if (!inserted && it->second.first != owner_index) {
        Error(item, "alias \"" + alias + "\" already belongs to " + owner_what + " \"" +
                        it->second.second + "\"");
      } else if (!inserted) {
        Error(item, "alias \"" + alias + "\" is listed twice");
      }
      aliases.push_back(alias);
    }
    return aliases;
  }

  // `source: S4` or `source: [S4, S7]`; every id must be in sources.yaml.
  std::vector<std::string> Sources(YamlValue map, const char* key = "source") {
    std::vector<std::string> ids;
    const YamlValue value = map[key];
    if (!value) return ids;
    std::vector<YamlValue> items;
    if (value.is_scalar()) {
      items.push_back(value);
    } else if (value.is_sequence() && value.size() > 0) {
      for (const YamlNode& item : value.items()) items.emplace_back(item);
    } else {
      Error(value, std::string(key) + ": expected a source id or a non-empty list of them");
      return ids;
    }
    for (YamlValue item : items) {
      if (!item.is_scalar()) {
        Error(item, std::string(key) + ": expected a source id such as S4");
        continue;
      }
      const std::string& id = item.text();
      if (sources_ok_ && !knowledge_.sources.count(id)) {
        Error(item, "unknown source \"" + id + "\"; every source must be listed in sources.yaml",
              DidYouMean(id, MapKeys(knowledge_.sources)));
      }
      ids.push_back(id);
    }
    return ids;
  }

  Condition ConditionValue(YamlValue map, const char* key) {
    const YamlValue value = map[key];
    if (!value) return Condition{};
    return ParseCondition(value, file_, diagnostics_);
  }

  // Calls `each` for every item of the list `map[key]` (a list is required;
  // `[]` is allowed).
  void ForEach(YamlValue map, const char* key, const std::function<void(YamlValue)>& each) {
    const YamlValue list = map[key];
    if (!list) return;
    if (!list.is_sequence()) {
      Error(list, std::string(key) + ": expected a list");
      return;
    }
    for (const YamlNode& item : list.items()) each(item);
  }

  // ---- sources.yaml ----

  void ReadSources(YamlValue sources) {
    if (!sources.is_mapping()) {
      Error(sources, "sources: expected a mapping from source id to {citation, read}");
      return;
    }
    IdRegistry ids("source id");
    for (const yaml::YamlEntry& entry : sources.entries()) {
      const std::string& id = YamlValue(entry.key).text();
      if (!IsSourceId(id)) {
        Error(entry.key,
              "source id \"" + id +
                  "\" must be S<number>, S<number> with one lowercase letter (S24b) or G<number>");
      }
      if (!ids.Add(id, Loc(entry.key), diagnostics_)) continue;
      if (!CheckKeys(entry.value, "a source", kSourceKeys)) continue;
      Source source;
      source.id = id;
      source.citation = Text(entry.value, "citation");
      source.read = Text(entry.value, "read");
      knowledge_.sources.emplace(id, std::move(source));
    }
  }

  // ---- tests.yaml ----

  void ReadTests(YamlValue root) {
    IdRegistry ids("test id");
    AliasOwners alias_owners;
    std::vector<YamlValue> part_of_nodes;  // one per test, in order
    ForEach(root, "tests", [&](YamlValue item) {
      if (!CheckKeys(item, "a test", kTestKeys)) return;
      TestInfo test;
      test.loc = Loc(item);
      test.id = Id(item, &ids);
      test.name = Text(item, "name");
      test.aliases = Aliases(item, "test", knowledge_.tests.size(), test.id, &alias_owners);
      test.why = Text(item, "why");
      test.brief = Text(item, "brief");
      test.sources = Sources(item);
      test.at_home = Bool(item, "at_home");
      test.name_only = Bool(item, "name_only");
      test.taken_together = Bool(item, "taken_together");
      CheckWhy(item, test);
      test.part_of = IdList(item, "part_of");
      part_of_nodes.push_back(item["part_of"]);
      test.frequent_aliases = IdList(item, "frequent_aliases");
      for (std::string& alias : test.frequent_aliases) alias = NormalizeName(alias);
      knowledge_.tests.push_back(std::move(test));
    });
    CheckSpellings(knowledge_.tests, "test", alias_owners);
    CheckPartOf(part_of_nodes);
  }

  // A test gives a why with its sources, unless it is a name only (no
  // source supports advice about it), which gives neither.
  void CheckWhy(YamlValue item, const TestInfo& test) {
    const bool has_why = !test.why.empty() || item["why"];
    const bool has_source = !test.sources.empty() || item["source"];
    if (test.name_only && (has_why || has_source)) {
      Error(item, "a test with name_only: true has no why and no source");
    } else if (!test.name_only && (!has_why || !has_source)) {
      Error(item, "missing required key \"" + std::string(has_why ? "source" : "why") +
                      "\" in a test (or write name_only: true)");
    }
  }

  // `key: word` or `key: [word, word]`: a list of non-empty texts.
  std::vector<std::string> IdList(YamlValue map, const char* key) {
    std::vector<std::string> words;
    const YamlValue value = map[key];
    if (!value) return words;
    if (value.is_scalar()) return {Text(map, key)};
    if (!value.is_sequence() || value.size() == 0) {
      Error(value, std::string(key) + ": expected a text or a non-empty list of texts");
      return words;
    }
    for (const YamlValue item : value.items()) {
      if (item.is_scalar() && !item.text().empty()) {
        words.push_back(item.text());
      } else {
        Error(item, std::string(key) + ": expected a non-empty text");
      }
    }
    return words;
  }

  // Every `part_of` names another test, one level deep (a part is never
  // itself broken into parts). `nodes` holds each test's `part_of` value.
  void CheckPartOf(const std::vector<YamlValue>& nodes) {
    for (size_t i = 0; i < knowledge_.tests.size(); ++i) {
      const TestInfo& test = knowledge_.tests[i];
      for (const std::string& part_of : test.part_of) {
        const TestInfo* whole = knowledge_.TestById(part_of);
        if (whole == nullptr || whole == &test || !whole->part_of.empty()) {
          Error(nodes[i],
                "part_of: \"" + part_of + "\" must be the id of another test that has no part_of");
        }
      }
    }
  }

  // ---- lifestyle.yaml ----

  void ReadLifestyle(YamlValue root) {
    IdRegistry ids("lifestyle id");
    ForEach(root, "lifestyle", [&](YamlValue item) {
      if (!CheckKeys(item, "a lifestyle item", kLifestyleKeys)) return;
      LifestyleItem lifestyle;
      lifestyle.loc = Loc(item);
      lifestyle.id = Id(item, &ids);
      lifestyle.text = Text(item, "text");
      lifestyle.when = ConditionValue(item, "when");
      lifestyle.daily = Bool(item, "daily");
      if (item["log"]) {
        // The log pages an item can ask for (the blood-pressure log has its
        // own rules).
        const std::string log = Text(item, "log");
        if (log == "weight") {
          lifestyle.log = ItemLog::kWeight;
        } else if (log == "raynaud") {
          lifestyle.log = ItemLog::kRaynaud;
        } else {
          Error(item["log"],
                "log: must be \"weight\" or \"raynaud\" (the log page the item asks the "
                "person to keep)");
        }
      }
      if (item["with_team_level"]) {
        lifestyle.with_team_level = Text(item, "with_team_level");
        if (!item["log"]) {
          Error(item["with_team_level"],
                "with_team_level: needs log: the words replace text when the care team gives a "
                "level for the logged measure");
        }
      }
      if (item["picture"]) {
        lifestyle.picture = doc::PictureNamed(Text(item, "picture"));
        if (!lifestyle.picture) {
          Error(item["picture"], "unknown picture \"" + Text(item, "picture") +
                                     "\"; known pictures: " + doc::KnownPictureNames());
        }
      }
      lifestyle.sources = Sources(item);
      knowledge_.lifestyle.push_back(std::move(lifestyle));
    });
  }

  // ---- medicines.yaml ----

  void ReadMedicines(YamlValue root) {
    IdRegistry ids("medicine id");
    AliasOwners alias_owners;
    ForEach(root, "medicines", [&](YamlValue item) {
      if (!CheckKeys(item, "a medicine", kMedicineKeys)) return;
      MedicineInfo medicine;
      medicine.loc = Loc(item);
      medicine.id = Id(item, &ids);
      if (medicine.id == "any") {
        Error(item["id"], "the medicine id \"any\" is reserved for {medicine: any} conditions");
      }
      medicine.name = Text(item, "name");
      medicine.aliases =
          Aliases(item, "medicine", knowledge_.medicines.size(), medicine.id, &alias_owners);
      const std::vector<std::string> classes =
          knowledge_.vocabulary.Ids(profile::TermKind::kMedicineClass);
      if (const int index = Word(item, "class", classes); index >= 0) {
        medicine.medicine_class = classes[static_cast<size_t>(index)];
      }
      medicine.immunosuppressive = Bool(item, "immunosuppressive");
      medicine.sun_protection = Bool(item, "sun_protection");
      if (const YamlValue purpose = item["purpose"];
          purpose && CheckKeys(purpose, "purpose", kPurposeKeys)) {
        medicine.purpose = Text(purpose, "text");
        medicine.purpose_sources = Sources(purpose);
      }
      // `harms_unborn_baby: {source: S29}`: the medicine carries a pregnancy
      // warning; validate asks for patient.pregnancy while it is taken.
      if (const YamlValue harm = item["harms_unborn_baby"];
          harm && CheckKeys(harm, "harms_unborn_baby", kHarmsUnbornBabyKeys)) {
        medicine.harms_unborn_baby = true;
        medicine.harms_unborn_baby_sources = Sources(harm);
      }
      ForEach(item, "monitoring", [&](YamlValue entry) {
        if (auto rule = Monitoring(entry)) medicine.monitoring.push_back(std::move(*rule));
      });
      // `keep_safe`: the one or two rules Part 1's medicines table prints,
      // each a short restatement of a sourced caution. A rule with a `when`
      // may come on top of two for everyone: the table prints the first two
      // that apply.
      size_t for_everyone = 0;
      ForEach(item, "keep_safe", [&](YamlValue entry) {
        if (!CheckKeys(entry, "a keep_safe rule", kKeepSafeKeys)) return;
        KeepSafeRule rule{Text(entry, "text"), Sources(entry), ""};
        if (YamlValue with = entry["left_out_with"]) {
          rule.left_out_with = Text(entry, "left_out_with");
          interaction_mentions_.push_back(with);
        }
        if (entry["when"]) {
          rule.when = ConditionValue(entry, "when");
        } else {
          ++for_everyone;
        }
        medicine.keep_safe.push_back(std::move(rule));
      });
      if (for_everyone > kMaxKeepSafe) {
        Error(item["keep_safe"], "keep_safe: at most " + std::to_string(kMaxKeepSafe) +
                                     " rules without a \"when\", so that the medicines table "
                                     "stays short");
      }
      ForEach(item, "warnings", [&](YamlValue entry) {
        if (auto rule = Warning(entry, kMedicineWarningKeys, kAllUrgencies)) {
          medicine.warnings.push_back(std::move(*rule));
        }
      });
      knowledge_.medicines.push_back(std::move(medicine));
    });
    CheckSpellings(knowledge_.medicines, "medicine", alias_owners);
  }

  // `interactions` (README 4.3): each side names medicine ids from the list
  // above; `with_names` holds spellings of medicines the rules do not know.
  void ReadInteractions(YamlValue root) {
    if (!root["interactions"]) return;
    IdRegistry ids("interaction id");
    ForEach(root, "interactions", [&](YamlValue item) {
      if (!CheckKeys(item, "an interaction", kInteractionKeys)) return;
      InteractionRule rule;
      rule.loc = Loc(item);
      rule.id = Id(item, &ids);
      rule.medicines = MedicineIds(item, "medicines");
      rule.with = MedicineIds(item, "with");
      ForEach(item, "with_names", [&](YamlValue entry) {
        const std::string name = entry.is_scalar() ? entry.text() : "";
        if (name.empty() || NormalizedAlias(name) != name) {
          Error(entry, "with_names: expected lowercase texts with single spaces");
          return;
        }
        rule.with_names.push_back(name);
      });
      if (rule.medicines.empty() || (rule.with.empty() && rule.with_names.empty())) {
        Error(item,
              "an interaction needs medicine ids in \"medicines\" and in \"with\" or "
              "names in \"with_names\"");
      }
      rule.warning.loc = rule.loc;
      rule.warning.text = Text(item, "text");
      if (item["sign"]) rule.warning.sign = Text(item, "sign");
      if (const int index = Word(item, "urgency", kAllUrgencies); index >= 0) {
        const std::string& word = kAllUrgencies[static_cast<size_t>(index)];
        rule.warning.urgency = word == "emergency"  ? Urgency::kEmergency
                               : word == "same_day" ? Urgency::kSameDay
                                                    : Urgency::kInfo;
      }
      rule.warning.sources = Sources(item);
      if (item["keep_safe"]) rule.keep_safe = Text(item, "keep_safe");
      if (item["question"]) rule.question = Text(item, "question");
      knowledge_.interactions.push_back(std::move(rule));
    });
  }

  // Each keep_safe `left_out_with` names an interaction of the file.
  void CheckInteractionMentions() {
    std::vector<std::string> known;
    for (const InteractionRule& rule : knowledge_.interactions) known.push_back(rule.id);
    for (const YamlValue& mention : interaction_mentions_) {
      const std::string id = mention.is_scalar() ? mention.text() : "";
      if (std::find(known.begin(), known.end(), id) == known.end()) {
        Error(mention, "left_out_with: \"" + id + "\" is not an interaction id",
              DidYouMean(id, known));
      }
    }
    interaction_mentions_.clear();
  }

  // A list of medicine ids, each defined in medicines.yaml.
  std::vector<std::string> MedicineIds(YamlValue map, const char* key) {
    std::vector<std::string> result;
    ForEach(map, key, [&](YamlValue entry) {
      const std::string id = entry.is_scalar() ? entry.text() : "";
      if (knowledge_.MedicineById(id) == nullptr) {
        std::vector<std::string> known;
        for (const MedicineInfo& medicine : knowledge_.medicines) known.push_back(medicine.id);
        Error(entry,
              std::string(key) + ": unknown medicine \"" + id +
                  "\"; expected a medicine id from medicines.yaml",
              DidYouMean(id, known));
        return;
      }
      result.push_back(id);
    });
    return result;
  }

  // A profile name is matched against ids and names too (knowledge.h), so an
  // id or name must not be another entry's alias.
  template <typename Info>
  void CheckSpellings(const std::vector<Info>& infos, const std::string& what,
                      const AliasOwners& alias_owners) {
    for (size_t i = 0; i < infos.size(); ++i) {
      for (const std::string* spelling : {&infos[i].id, &infos[i].name}) {
        const auto found = alias_owners.find(NormalizedAlias(*spelling));
        if (found == alias_owners.end() || found->second.first == i) continue;
        diagnostics_->Error(infos[i].loc, what + " \"" + infos[i].id + "\": \"" + *spelling +
                                              "\" is also an alias of " + what + " \"" +
                                              found->second.second + "\"");
      }
    }
  }

  // A monitoring entry (README 4.4).
  std::optional<MonitoringRule> Monitoring(YamlValue entry) {
    if (!CheckKeys(entry, "a monitoring entry", kMonitoringKeys)) return std::nullopt;
    MonitoringRule rule;
    rule.loc = Loc(entry);
    rule.test = Text(entry, "test");
    if (tests_ok_ && !rule.test.empty() && knowledge_.TestById(rule.test) == nullptr) {
      std::vector<std::string> test_ids;
      for (const TestInfo& test : knowledge_.tests) test_ids.push_back(test.id);
      Error(entry["test"], "unknown test \"" + rule.test + "\"; expected a test id from tests.yaml",
            DidYouMean(rule.test, test_ids));
    }
    const int phase = Word(entry, "phase", kPhases);
    if (phase >= 0) rule.phase = static_cast<Phase>(phase);
    rule.every = IntervalValue(entry, "every");
    rule.duration = IntervalValue(entry, "duration");
    if (entry["note"]) rule.note = Text(entry, "note");
    if (entry["detail"]) rule.detail = Text(entry, "detail");
    if (entry["how_often"]) rule.how_often = Text(entry, "how_often");
    rule.when = ConditionValue(entry, "when");
    rule.sources = Sources(entry);
    if (phase < 0) return rule;
    const std::string& phase_word = kPhases[static_cast<size_t>(phase)];
    if (rule.phase == Phase::kBaseline && entry["every"]) {
      Error(entry["every"], "every: a baseline check is done once; remove \"every\"");
    }
    if (rule.phase != Phase::kInitial && entry["duration"]) {
      Error(entry["duration"], "duration: only an initial step has a duration");
    }
    if (rule.phase == Phase::kInitial) {
      for (const char* key : {"every", "duration"}) {
        if (!entry[key]) {
          Error(entry, "missing required key \"" + std::string(key) + "\" for phase initial");
        }
      }
    } else if (rule.phase != Phase::kBaseline && !entry["every"] && !entry["note"]) {
      Error(entry, "a " + phase_word +
                       " check without \"every\" needs a \"note\" that says when it is done");
    }
    if (entry["how_often"] && entry["every"]) {
      Error(entry["how_often"],
            "how_often: only for a check without \"every\" (the interval "
            "says how often)");
    }
    return rule;
  }

  std::optional<WarningRule> Warning(YamlValue entry, const std::vector<KeySpec>& keys,
                                     const std::vector<std::string>& urgencies) {
    if (!CheckKeys(entry, "a warning", keys)) return std::nullopt;
    WarningRule rule;
    rule.loc = Loc(entry);
    rule.text = Text(entry, "text");
    if (entry["sign"]) rule.sign = Text(entry, "sign");
    if (const int index = Word(entry, "urgency", urgencies); index >= 0) {
      const std::string& word = urgencies[static_cast<size_t>(index)];
      rule.urgency = word == "emergency"  ? Urgency::kEmergency
                     : word == "same_day" ? Urgency::kSameDay
                                          : Urgency::kInfo;
    }
    rule.when = ConditionValue(entry, "when");
    rule.sources = Sources(entry);
    return rule;
  }

  // ---- organs.yaml ----

  void ReadOrgans(YamlValue root) {
    IdRegistry ids("organ id");
    std::set<std::string> seen;
    ForEach(root, "organs", [&](YamlValue item) {
      if (!CheckKeys(item, "an organ", kOrganKeys)) return;
      OrganRules organ;
      organ.loc = Loc(item);
      const std::vector<std::string> organ_ids =
          knowledge_.vocabulary.Ids(profile::TermKind::kOrgan);
      const int index = Word(item, "id", organ_ids, "organ");
      if (index >= 0) {
        organ.organ = organ_ids[static_cast<size_t>(index)];
        if (ids.Add(organ.organ, Loc(item["id"]), diagnostics_)) seen.insert(organ.organ);
      }
      if (item["applies_when"]) {
        organ.applies_when = ConditionValue(item, "applies_when");
      } else if (!organ.organ.empty()) {  // a bad id is reported once, above
        organ.applies_when.kind = ConditionKind::kOrgan;
        organ.applies_when.value = organ.organ;
        organ.applies_when.loc = organ.loc;
      }
      ForEach(item, "monitoring", [&](YamlValue entry) {
        if (auto rule = Monitoring(entry)) organ.monitoring.push_back(std::move(*rule));
      });
      ForEach(item, "warning_signs", [&](YamlValue entry) {
        if (auto rule = Warning(entry, kOrganWarningKeys, kSignUrgencies)) {
          organ.warning_signs.push_back(std::move(*rule));
        }
      });
      ForEach(item, "lifestyle", [&](YamlValue entry) {
        if (!entry.is_scalar()) {
          Error(entry, "lifestyle: expected lifestyle item ids");
          return;
        }
        const std::string& id = entry.text();
        if (lifestyle_ok_ && knowledge_.LifestyleById(id) == nullptr) {
          std::vector<std::string> lifestyle_ids;
          for (const LifestyleItem& known : knowledge_.lifestyle) lifestyle_ids.push_back(known.id);
          Error(entry, "unknown lifestyle item \"" + id + "\"; expected an id from lifestyle.yaml",
                DidYouMean(id, lifestyle_ids));
        }
        organ.lifestyle.push_back(id);
      });
      knowledge_.organs.push_back(std::move(organ));
    });
    const YamlValue list = root["organs"];
    if (!list.is_sequence()) return;
    for (const std::string& id : knowledge_.vocabulary.Ids(profile::TermKind::kOrgan)) {
      if (!seen.count(id)) {
        Error(list, "no entry for organ \"" + id + "\"; every organ needs exactly one entry");
      }
    }
  }

  // ---- vocabulary.yaml ----

  void ReadVocabulary(YamlValue root) {
    if (const YamlValue condition = root["condition"];
        CheckKeys(condition, "condition", kConditionKeys)) {
      knowledge_.vocabulary.condition = Text(condition, "name");
      knowledge_.vocabulary.keywords = Text(condition, "keywords");
    }
    for (profile::TermKind kind : profile::kAllTermKinds) {
      const std::string key(profile::ListKey(kind));
      IdRegistry ids(std::string(profile::KindName(kind)));
      AliasOwners alias_owners;
      std::vector<profile::Term>& terms = knowledge_.vocabulary.Of(kind);
      ForEach(root, key.c_str(), [&](YamlValue item) {
        if (!CheckKeys(item, "a word of " + key, kTermKeys)) return;
        profile::Term term;
        term.id = Text(item, "id");
        if (!term.id.empty()) ids.Add(term.id, Loc(item["id"]), diagnostics_);
        term.name = Text(item, "name");
        if (item["short_name"]) term.short_name = Text(item, "short_name");
        if (item["meaning"]) term.meaning = Text(item, "meaning");
        if (item["kind"] && kind != profile::TermKind::kOrgan) {
          Error(item["kind"], "kind: only organ words have a kind");
        } else if (item["kind"]) {
          static const std::vector<std::string> kKinds = {"body_part", "condition"};
          term.is_condition = Word(item, "kind", kKinds) == 1;
        }
        for (const std::string& alias : Aliases(item, std::string(profile::KindName(kind)),
                                                terms.size(), term.id, &alias_owners)) {
          term.aliases.push_back(profile::NormalizeWord(alias));
        }
        terms.push_back(std::move(term));
      });
      if (root[key] && root[key].is_sequence() && root[key].size() == 0) {
        Error(root[key], key + ": expected at least one word");
      }
    }
  }

  // ---- home_logs.yaml (after tests.yaml and medicines.yaml) ----

  void ReadHomeLogs(YamlValue root) {
    std::set<std::string> logs;
    ForEach(root, "home_logs", [&](YamlValue item) {
      if (!CheckKeys(item, "a home log", kHomeLogKeys)) return;
      HomeLogRule rule;
      rule.loc = Loc(item);
      if (const int index = Word(item, "log", kHomeLogKinds, "home log"); index >= 0) {
        rule.log = kHomeLogKinds[static_cast<size_t>(index)];
        if (!logs.insert(rule.log).second) Error(item["log"], "this log already has an entry");
      }
      rule.test = Text(item, "test");
      if (tests_ok_ && !rule.test.empty() && knowledge_.TestById(rule.test) == nullptr) {
        std::vector<std::string> test_ids;
        for (const TestInfo& test : knowledge_.tests) test_ids.push_back(test.id);
        Error(item["test"],
              "unknown test \"" + rule.test + "\"; expected a test id from tests.yaml",
              DidYouMean(rule.test, test_ids));
      }
      rule.when_scheduled = Text(item, "when_scheduled");
      ForEach(item, "when", [&](YamlValue entry) {
        if (!CheckKeys(entry, "a home log trigger", kHomeLogTriggerKeys)) return;
        HomeLogTrigger trigger;
        trigger.loc = Loc(entry);
        trigger.when = ConditionValue(entry, "if");
        trigger.diagnosed_within = IntervalValue(entry, "diagnosed_within");
        if (entry["reason"]) trigger.reason = Text(entry, "reason");
        rule.triggers.push_back(std::move(trigger));
      });
      knowledge_.home_logs.push_back(std::move(rule));
    });
  }

  // ---- general.yaml ----

  void ReadGeneral(YamlValue root) {
    ForEach(root, "monitoring", [&](YamlValue entry) {
      if (auto rule = Monitoring(entry)) knowledge_.general_monitoring.push_back(std::move(*rule));
    });
    ForEach(root, "warning_signs", [&](YamlValue entry) {
      if (auto rule = Warning(entry, kGeneralWarningKeys, kSignUrgencies)) {
        knowledge_.general_warnings.push_back(std::move(*rule));
      }
    });
    IdRegistry ids("vaccine id");
    ForEach(root, "vaccines", [&](YamlValue item) {
      if (!CheckKeys(item, "a vaccine", kVaccineKeys)) return;
      VaccineItem vaccine;
      vaccine.loc = Loc(item);
      vaccine.id = Id(item, &ids);
      vaccine.text = Text(item, "text");
      vaccine.when = ConditionValue(item, "when");
      vaccine.sources = Sources(item);
      knowledge_.vaccines.push_back(std::move(vaccine));
    });
    if (const YamlValue how_to = root["blood_pressure_how_to"];
        how_to && CheckKeys(how_to, "blood_pressure_how_to", kHowToKeys)) {
      knowledge_.blood_pressure_how_to.steps = IdList(how_to, "steps");
      knowledge_.blood_pressure_how_to.sources = Sources(how_to);
    }
    IdRegistry flag_ids("review flag id");
    ForEach(root, "review_flags", [&](YamlValue item) {
      if (!CheckKeys(item, "a review flag", kReviewFlagKeys)) return;
      ReviewFlag flag;
      flag.loc = Loc(item);
      flag.id = Id(item, &flag_ids);
      flag.kind = Text(item, "kind");
      flag.text = Text(item, "text");
      flag.when = ConditionValue(item, "when");
      flag.unless_recorded = Text(item, "unless_recorded");
      if (!flag.unless_recorded.empty() && tests_ok_ &&
          knowledge_.TestById(flag.unless_recorded) == nullptr) {
        Error(item["unless_recorded"],
              "unknown test \"" + flag.unless_recorded + "\"; expected a test id from tests.yaml");
      }
      flag.sources = Sources(item);
      knowledge_.review_flags.push_back(std::move(flag));
    });
  }

  // ---- Conditions, once every medicine is known ----

  void CheckAllConditions() {
    auto check = [&](const Condition& condition) {
      CheckConditionNames(condition, knowledge_, diagnostics_);
    };
    auto check_rules = [&](const std::vector<MonitoringRule>& rules) {
      for (const MonitoringRule& rule : rules) check(rule.when);
    };
    auto check_warnings = [&](const std::vector<WarningRule>& rules) {
      for (const WarningRule& rule : rules) check(rule.when);
    };
    for (const LifestyleItem& item : knowledge_.lifestyle) check(item.when);
    for (const MedicineInfo& medicine : knowledge_.medicines) {
      check_rules(medicine.monitoring);
      check_warnings(medicine.warnings);
    }
    for (const OrganRules& organ : knowledge_.organs) {
      check(organ.applies_when);
      check_rules(organ.monitoring);
      check_warnings(organ.warning_signs);
    }
    check_rules(knowledge_.general_monitoring);
    check_warnings(knowledge_.general_warnings);
    for (const VaccineItem& vaccine : knowledge_.vaccines) check(vaccine.when);
    for (const ReviewFlag& flag : knowledge_.review_flags) check(flag.when);
    for (const HomeLogRule& rule : knowledge_.home_logs) {
      for (const HomeLogTrigger& trigger : rule.triggers) check(trigger.when);
    }
  }

 private:
  const std::string& rules_dir_;
  const FileReader& read_;
  Diagnostics* diagnostics_;
  std::string file_;  // the file being read
  Knowledge knowledge_;
  bool vocabulary_ok_ = false;
  bool sources_ok_ = false;
  bool tests_ok_ = false;
  bool lifestyle_ok_ = false;
  bool medicines_ok_ = false;
  // keep_safe `left_out_with` values, checked once the interactions are read.
  std::vector<YamlValue> interaction_mentions_;
};

// "<dir>/sections/<id>.md" -> "<dir>/guide.yaml".
std::string GuideFileOf(const GuideSection& section) {
  const std::string& file = section.loc.file;
  const size_t sections = file.rfind("/sections/");
  if (sections == std::string::npos) return "guide.yaml";
  return file.substr(0, sections) + "/guide.yaml";
}

}  // namespace

std::optional<Knowledge> LoadKnowledge(const std::string& rules_dir, const FileReader& read,
                                       Diagnostics* diagnostics) {
  return RulesReader(rules_dir, read, diagnostics).Load();
}

void CheckGuideAgainstKnowledge(const Guide& guide, const Knowledge& knowledge,
                                Diagnostics* diagnostics) {
  const std::vector<std::string> source_ids = MapKeys(knowledge.sources);
  std::set<std::string> cited;
  for (const GuideSection& section : guide.sections) {
    for (const std::string& id : section.sources) {
      cited.insert(id);
      if (!knowledge.sources.count(id)) {
        diagnostics->Error(section.loc,
                           "section \"" + section.id + "\" cites unknown source \"" + id +
                               "\"; every source must be listed in rules/sources.yaml",
                           DidYouMean(id, source_ids));
      }
    }
    CheckConditionNames(section.applies_when, knowledge, diagnostics);
    for (const WhenBlock& block : section.when_blocks) {
      CheckConditionNames(block.when, knowledge, diagnostics);
    }
  }
  if (guide.sections.empty()) return;
  const SourceLoc guide_loc{GuideFileOf(guide.sections.front()), 0, 0};
  for (const MedicineInfo& medicine : knowledge.medicines) {
    if (guide.FindSection("medicine-" + medicine.id) == nullptr) {
      diagnostics->Error(guide_loc, "medicine \"" + medicine.id + "\" has no section \"medicine-" +
                                        medicine.id + "\"");
    }
  }
  const std::set<std::string> listed(guide.sources.begin(), guide.sources.end());
  for (const std::string& id : guide.sources) {
    if (!knowledge.sources.count(id)) {
      diagnostics->Error(guide_loc, "guide sources: unknown source \"" + id + "\"",
                         DidYouMean(id, source_ids));
    } else if (!cited.count(id)) {
      diagnostics->Error(guide_loc, "guide sources: \"" + id + "\" is cited by no section");
    }
  }
  for (const std::string& id : cited) {
    if (!listed.count(id) && knowledge.sources.count(id)) {
      diagnostics->Error(guide_loc,
                         "guide sources: \"" + id + "\" is cited by a section but not listed");
    }
  }
}

}  // namespace careplan::content
