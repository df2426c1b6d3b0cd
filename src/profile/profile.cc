#include "profile/profile.h"

#include <algorithm>

namespace careplan::profile {

bool Profile::HasOrgan(Organ organ) const {
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

const char* ToString(Subtype subtype) {
  switch (subtype) {
    case Subtype::kDiffuseCutaneous:
      return "diffuse cutaneous";
    case Subtype::kLimitedCutaneous:
      return "limited cutaneous";
    case Subtype::kSineScleroderma:
      return "sine scleroderma";
    case Subtype::kOverlap:
      return "overlap";
  }
  return "";
}

const char* ToString(Organ organ) {
  switch (organ) {
    case Organ::kSkin:
      return "skin";
    case Organ::kLungs:
      return "lungs";
    case Organ::kHeart:
      return "heart";
    case Organ::kPulmonaryHypertension:
      return "pulmonary_hypertension";
    case Organ::kKidneys:
      return "kidneys";
    case Organ::kGastrointestinal:
      return "gastrointestinal";
    case Organ::kRaynaud:
      return "raynaud";
    case Organ::kDigitalUlcers:
      return "digital_ulcers";
    case Organ::kJoints:
      return "joints";
    case Organ::kMuscles:
      return "muscles";
  }
  return "";
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

const char* PlainName(Organ organ) {
  switch (organ) {
    case Organ::kSkin:
      return "skin";
    case Organ::kLungs:
      return "lungs";
    case Organ::kHeart:
      return "heart";
    case Organ::kPulmonaryHypertension:
      return "high blood pressure in the lungs (pulmonary hypertension)";
    case Organ::kKidneys:
      return "kidneys";
    case Organ::kGastrointestinal:
      return "gut (stomach and bowels)";
    case Organ::kRaynaud:
      return "Raynaud's phenomenon (fingers that change colour in the cold)";
    case Organ::kDigitalUlcers:
      return "sores on the fingers (digital ulcers)";
    case Organ::kJoints:
      return "joints";
    case Organ::kMuscles:
      return "muscles";
  }
  return "";
}

}  // namespace careplan::profile
