#include "profile/profile.h"

#include <algorithm>

namespace careplan::profile {

bool Profile::HasOrgan(std::string_view organ) const {
  const auto& organs = diagnosis.organ_involvement;
  return std::find(organs.begin(), organs.end(), organ) != organs.end();
}

bool Profile::IsTreatmentResistant() const {
  if (diagnosis.treatment_resistant) return *diagnosis.treatment_resistant;
  const auto inadequate = std::count_if(
      treatments.begin(), treatments.end(),
      [](const Treatment& t) { return t.stopped && t.outcome == Outcome::kInadequateResponse; });
  return inadequate >= 2;
}

const char* ToString(Outcome outcome) {
  switch (outcome) {
    case Outcome::kOngoing:
      return "ongoing";
    case Outcome::kEffective:
      return "effective";
    case Outcome::kPartialResponse:
      return "partial response";
    case Outcome::kInadequateResponse:
      return "inadequate response";
    case Outcome::kIntolerance:
      return "intolerance";
    case Outcome::kSideEffects:
      return "side effects";
    case Outcome::kCompleted:
      return "completed";
  }
  return "";
}

const char* ToString(Smoking smoking) {
  switch (smoking) {
    case Smoking::kUnknown:
      return "";
    case Smoking::kCurrent:
      return "current";
    case Smoking::kFormer:
      return "former";
    case Smoking::kNever:
      return "never";
  }
  return "";
}

const char* ToString(PageSize page_size) {
  switch (page_size) {
    case PageSize::kA4:
      return "A4";
    case PageSize::kLetter:
      return "letter";
  }
  return "";
}

}  // namespace careplan::profile
