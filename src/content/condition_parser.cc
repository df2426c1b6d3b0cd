#include "content/condition_parser.h"

#include <algorithm>

#include "base/suggest.h"
#include "content/time_condition.h"

namespace careplan::content {
namespace {

using yaml::YamlEntry;
using yaml::YamlValue;

// Organs, subtypes, antibodies and medicine classes are the guide's words
// (rules/vocabulary.yaml): CheckConditionNames (knowledge_loader.cc) checks
// them once the rules are loaded.
const std::vector<std::string> kSmoking = {"current", "former", "never"};
const std::vector<std::string> kSexes = {"female", "male", "other"};
const std::vector<std::string> kPregnancyWords = {"possible", "not_possible", "pregnant",
                                                  "planning", "breastfeeding"};
const std::vector<std::string> kStatuses = {"any", "current", "past", "planned"};
const std::vector<std::string> kFlags = {"immunosuppressive", "sun_protection",
                                         "harms_unborn_baby"};
const std::vector<std::string> kKeys = {"organ",
                                        "subtype",
                                        "treatment_resistant",
                                        "medicine",
                                        "medicine_class",
                                        "medicine_flag",
                                        "smoking",
                                        "antibody",
                                        "sex",
                                        "pregnancy",
                                        "years_since_diagnosis",
                                        "years_since_started",
                                        "age",
                                        "any",
                                        "all",
                                        "not",
                                        "status"};

class Parser {
 public:
  Parser(const std::string& file, Diagnostics* diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  Condition Parse(YamlValue node) {
    Condition condition;
    condition.loc = yaml::MakeLoc(file_, node);
    if (node.is_scalar() && node.text() == "always") return condition;
    if (!node.is_mapping()) {
      Error(node, "expected a condition: always, or a mapping such as {organ: lungs}");
      return condition;
    }
    std::string main_key;
    for (const YamlEntry& entry : node.entries()) {
      const std::string& key = YamlValue(entry.key).text();
      if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
        UnknownWord(entry.key, "condition key", key, kKeys);
      } else if (key != "status") {
        if (!main_key.empty())
          Error(entry.key, "a condition has one test; use all: [...] to combine");
        main_key = key;
      }
    }
    if (main_key.empty()) {
      Error(node, "the condition names no test (organ, subtype, medicine, ...)");
      return condition;
    }
    ParseTest(main_key, node, &condition);
    return condition;
  }

 private:
  void ParseTest(const std::string& key, YamlValue node, Condition* condition) {
    const YamlValue value = node[key];
    if (key == "any" || key == "all") {
      condition->kind = key == "any" ? ConditionKind::kAny : ConditionKind::kAll;
      if (!value.is_sequence() || value.size() == 0) {
        Error(value, key + ": expected a non-empty list of conditions");
        return;
      }
      for (const yaml::YamlNode& child : value.items()) condition->children.push_back(Parse(child));
    } else if (key == "not") {
      condition->kind = ConditionKind::kNot;
      condition->children.push_back(Parse(value));
    } else if (key == "treatment_resistant") {
      condition->kind = ConditionKind::kTreatmentResistant;
      if (!value.is_scalar() || (value.text() != "true" && value.text() != "false")) {
        Error(value, "treatment_resistant: expected true or false");
      }
      condition->flag = value.is_scalar() && value.text() == "true";
    } else if (IsTimeConditionKey(key)) {
      ParseTimeCondition(key, value, condition,
                         [this](YamlValue at, const std::string& message) { Error(at, message); });
    } else {
      ParseWordTest(key, value, condition);
      if (key.rfind("medicine", 0) == 0) ParseStatus(node, condition);
    }
  }

  void ParseWordTest(const std::string& key, YamlValue value, Condition* condition) {
    if (!value.is_scalar()) {
      Error(value, key + ": expected a word");
      return;
    }
    condition->value = value.text();
    if (key == "organ") {
      condition->kind = ConditionKind::kOrgan;
    } else if (key == "subtype") {
      condition->kind = ConditionKind::kSubtype;
    } else if (key == "smoking") {
      condition->kind = ConditionKind::kSmoking;
      CheckWord(value, "smoking", kSmoking);
    } else if (key == "antibody") {
      condition->kind = ConditionKind::kAntibody;
    } else if (key == "sex") {
      condition->kind = ConditionKind::kSex;
      CheckWord(value, "sex", kSexes);
    } else if (key == "pregnancy") {
      condition->kind = ConditionKind::kPregnancy;
      CheckWord(value, "pregnancy", kPregnancyWords);
    } else if (key == "medicine") {
      condition->kind = ConditionKind::kMedicine;
    } else if (key == "medicine_flag") {
      condition->kind = ConditionKind::kMedicineFlag;
      CheckWord(value, "medicine flag", kFlags);
    } else {
      condition->kind = ConditionKind::kMedicineClass;
    }
  }

  void ParseStatus(YamlValue node, Condition* condition) {
    const YamlValue status = node["status"];
    if (!status) return;
    std::vector<YamlValue> words;
    if (status.is_sequence()) {
      for (const yaml::YamlNode& word : status.items()) words.emplace_back(word);
    } else {
      words.push_back(status);
    }
    for (const YamlValue word : words) {
      if (!word.is_scalar()) {
        Error(word, "status: expected any, current, past or planned");
        continue;
      }
      if (!CheckWord(word, "status", kStatuses)) continue;
      const std::string& text = word.text();
      condition->statuses.push_back(text == "current"   ? MedicineStatus::kCurrent
                                    : text == "past"    ? MedicineStatus::kPast
                                    : text == "planned" ? MedicineStatus::kPlanned
                                                        : MedicineStatus::kAny);
    }
    if (!condition->statuses.empty()) condition->status = condition->statuses.front();
  }

  bool CheckWord(YamlValue node, const std::string& what, const std::vector<std::string>& words) {
    if (std::find(words.begin(), words.end(), node.text()) != words.end()) return true;
    UnknownWord(node, what, node.text(), words);
    return false;
  }

  void UnknownWord(YamlValue node, const std::string& what, const std::string& word,
                   const std::vector<std::string>& words) {
    std::vector<std::string> hints;
    if (auto match = ClosestMatch(word, words)) hints.push_back("did you mean \"" + *match + "\"?");
    diagnostics_->Error(yaml::MakeLoc(file_, node),
                        "unknown " + what + " \"" + word + "\"; expected " + JoinChoices(words),
                        std::move(hints));
  }

  void Error(YamlValue node, const std::string& message) {
    diagnostics_->Error(yaml::MakeLoc(file_, node), message);
  }

  const std::string& file_;
  Diagnostics* diagnostics_;
};

}  // namespace

Condition ParseCondition(YamlValue node, const std::string& file, Diagnostics* diagnostics) {
  return Parser(file, diagnostics).Parse(node);
}

}  // namespace careplan::content
