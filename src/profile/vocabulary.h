// Vocabulary: the words of a guide's closed lists (the organs a profile may
// name, the subtypes, the antibodies, the medicine classes of the rules), as
// the guide's rules folder names them in vocabulary.yaml. C++ knows the
// *kinds* of word and what each kind means to a plan (an organ is involved or
// not, a medicine has one class); the data names the words and their plain
// names, so a guide for another condition brings its own. Read by
// content::LoadKnowledge; used by the profile loader to check the profile's
// words (with "did you mean") and by the schema to list them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careplan::profile {

enum class TermKind { kOrgan, kSubtype, kAntibody, kMedicineClass };

// One word of a list.
struct Term {
  std::string id;                    // as a profile or a rule writes it
  std::string name;                  // plain words for patients ("gut (stomach and bowels)")
  std::string short_name;            // in reasons ("because of your gut"); empty: `name`
  std::vector<std::string> aliases;  // other spellings a profile may use, NormalizeWord applied
  // An organ word that names a condition, not a part of the body ("high
  // blood pressure in the lungs"): the plan says the disease "causes" it
  // rather than "affects your" it.
  bool is_condition = false;
  // What the word means, in one plain sentence, printed where page 1 first
  // uses it ("Diffuse cutaneous means it affects large areas of skin.");
  // empty: the word needs none.
  std::string meaning{};

  const std::string& ShortName() const { return short_name.empty() ? name : short_name; }
};

struct Vocabulary {
  // The condition as it reads in running text ("everyone with scleroderma",
  // "your medicines for scleroderma"), and the PDF's keywords.
  std::string condition;
  std::string keywords;
  std::vector<Term> organs;
  std::vector<Term> subtypes;
  std::vector<Term> antibodies;
  std::vector<Term> medicine_classes;

  const std::vector<Term>& Of(TermKind kind) const;
  std::vector<Term>& Of(TermKind kind);
  const Term* Find(TermKind kind, std::string_view id) const;  // nullptr when unknown
  std::vector<std::string> Ids(TermKind kind) const;           // in the file's order
};

// "organ", "subtype", "antibody", "medicine class": for messages.
std::string_view KindName(TermKind kind);
// The list's key in vocabulary.yaml: "organs", "subtypes", ...
std::string_view ListKey(TermKind kind);
inline constexpr TermKind kAllTermKinds[] = {TermKind::kOrgan, TermKind::kSubtype,
                                             TermKind::kAntibody, TermKind::kMedicineClass};

}  // namespace careplan::profile
