#include "content/knowledge.h"

#include <algorithm>
#include <cctype>

#include "base/name_match.h"

namespace careplan::content {
namespace {

// True when `name` (already normalized) is the id, the name or an alias.
template <typename Info>
bool Matches(const Info& info, const std::string& name) {
  if (NormalizeName(info.id) == name || NormalizeName(info.name) == name) return true;
  return std::any_of(info.aliases.begin(), info.aliases.end(),
                     [&](const std::string& alias) { return NormalizeName(alias) == name; });
}

template <typename Info>
const Info* FindByName(const std::vector<Info>& infos, std::string_view name) {
  const std::string wanted = NormalizeName(name);
  if (wanted.empty()) return nullptr;
  // Ids first, so that an id never loses to another entry's alias.
  for (const Info& info : infos) {
    if (NormalizeName(info.id) == wanted) return &info;
  }
  for (const Info& info : infos) {
    if (Matches(info, wanted)) return &info;
  }
  return nullptr;
}

template <typename Info>
std::vector<std::string> Spellings(const std::vector<Info>& infos) {
  std::vector<std::string> spellings;
  auto add = [&](const std::string& text) {
    if (!text.empty() && std::find(spellings.begin(), spellings.end(), text) == spellings.end()) {
      spellings.push_back(text);
    }
  };
  for (const Info& info : infos) {
    add(info.name);
    add(info.id);
    for (const std::string& alias : info.aliases) add(alias);
  }
  return spellings;
}

}  // namespace

const MedicineInfo* Knowledge::FindMedicine(std::string_view name) const {
  return FindByName(medicines, name);
}

namespace {

// "creatinine and eGFR" -> {"creatinine", "egfr"}; "albumin, vitamin D and
// folate" -> three parts. Normalized; empty parts dropped.
std::vector<std::string> ListedParts(std::string_view name) {
  const std::string text = NormalizeName(name);
  std::vector<std::string> parts;
  std::string part;
  auto finish = [&] {
    if (!NormalizeName(part).empty()) parts.push_back(NormalizeName(part));
    part.clear();
  };
  for (size_t at = 0; at < text.size(); ++at) {
    const std::string_view rest = std::string_view(text).substr(at);
    if (rest.starts_with(" and ") || rest.starts_with(" & ")) {
      finish();
      at += rest[1] == 'a' ? 4 : 2;
    } else if (text[at] == ',') {
      finish();
    } else {
      part += text[at];
    }
  }
  finish();
  return parts;
}

}  // namespace

// A name matches a test by one of its spellings, or as a list whose every
// item is a spelling of that same test ("creatinine and eGFR").
const TestInfo* Knowledge::FindTest(std::string_view name) const {
  if (const TestInfo* test = FindByName(tests, name)) return test;
  const std::vector<std::string> parts = ListedParts(name);
  if (parts.size() < 2) return nullptr;
  const TestInfo* first = FindByName(tests, parts.front());
  if (first == nullptr) return nullptr;
  for (const std::string& part : parts) {
    if (FindByName(tests, part) != first) return nullptr;
  }
  return first;
}

const TestInfo* Knowledge::FindWrittenTest(std::string_view name,
                                           const std::optional<Interval>& every) const {
  constexpr int kShorterThanAMonth = 28;
  if (every && every->NominalDays() < kShorterThanAMonth) {
    const std::string normalized = NormalizeName(name);
    for (const TestInfo& test : tests) {
      for (const std::string& alias : test.frequent_aliases) {
        if (alias == normalized) return &test;
      }
    }
  }
  return FindTest(name);
}

const TestInfo* Knowledge::TestById(std::string_view id) const {
  for (const TestInfo& test : tests) {
    if (test.id == id) return &test;
  }
  return nullptr;
}

const MedicineInfo* Knowledge::MedicineById(std::string_view id) const {
  for (const MedicineInfo& medicine : medicines) {
    if (medicine.id == id) return &medicine;
  }
  return nullptr;
}

const OrganRules* Knowledge::OrganById(std::string_view id) const {
  for (const OrganRules& organ : organs) {
    if (organ.organ == id) return &organ;
  }
  return nullptr;
}

const LifestyleItem* Knowledge::LifestyleById(std::string_view id) const {
  for (const LifestyleItem& item : lifestyle) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

const HomeLogRule* Knowledge::HomeLog(std::string_view log) const {
  for (const HomeLogRule& rule : home_logs) {
    if (rule.log == log) return &rule;
  }
  return nullptr;
}

std::vector<std::string> Knowledge::MedicineSpellings() const { return Spellings(medicines); }

std::vector<std::string> Knowledge::TestSpellings() const { return Spellings(tests); }

}  // namespace careplan::content
