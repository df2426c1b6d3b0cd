#include "profile/vocabulary.h"

namespace careplan::profile {

const std::vector<Term>& Vocabulary::Of(TermKind kind) const {
  switch (kind) {
    case TermKind::kOrgan:
      return organs;
    case TermKind::kSubtype:
      return subtypes;
    case TermKind::kAntibody:
      return antibodies;
    case TermKind::kMedicineClass:
      break;
  }
  return medicine_classes;
}

std::vector<Term>& Vocabulary::Of(TermKind kind) {
  return const_cast<std::vector<Term>&>(static_cast<const Vocabulary*>(this)->Of(kind));
}

const Term* Vocabulary::Find(TermKind kind, std::string_view id) const {
  for (const Term& term : Of(kind))
    if (term.id == id) return &term;
  return nullptr;
}

std::vector<std::string> Vocabulary::Ids(TermKind kind) const {
  std::vector<std::string> ids;
  for (const Term& term : Of(kind)) ids.push_back(term.id);
  return ids;
}

std::string_view KindName(TermKind kind) {
  switch (kind) {
    case TermKind::kOrgan:
      return "organ";
    case TermKind::kSubtype:
      return "subtype";
    case TermKind::kAntibody:
      return "antibody";
    case TermKind::kMedicineClass:
      break;
  }
  return "medicine class";
}

std::string_view ListKey(TermKind kind) {
  switch (kind) {
    case TermKind::kOrgan:
      return "organs";
    case TermKind::kSubtype:
      return "subtypes";
    case TermKind::kAntibody:
      return "antibodies";
    case TermKind::kMedicineClass:
      break;
  }
  return "medicine_classes";
}

}  // namespace careplan::profile
