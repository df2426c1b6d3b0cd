#include "profile/profile_additions.h"

namespace careplan::profile {

const char* ToString(Sex sex) {
  switch (sex) {
    case Sex::kFemale:
      return "female";
    case Sex::kMale:
      return "male";
    case Sex::kOther:
      return "other";
  }
  return "";
}

const char* ToString(Pregnancy pregnancy) {
  switch (pregnancy) {
    case Pregnancy::kPossible:
      return "possible";
    case Pregnancy::kNotPossible:
      return "not_possible";
    case Pregnancy::kPregnant:
      return "pregnant";
    case Pregnancy::kPlanning:
      return "planning";
    case Pregnancy::kBreastfeeding:
      return "breastfeeding";
  }
  return "";
}

const char* ToString(HomeMeasure measure) {
  switch (measure) {
    case HomeMeasure::kBloodPressure:
      return "blood_pressure";
    case HomeMeasure::kWeight:
      return "weight";
    case HomeMeasure::kOxygenSaturation:
      return "oxygen_saturation";
    case HomeMeasure::kTemperature:
      return "temperature";
  }
  return "";
}

const char* ToString(GuideSections guide_sections) {
  switch (guide_sections) {
    case GuideSections::kRelevant:
      return "relevant";
    case GuideSections::kNone:
      return "none";
    case GuideSections::kAll:
      return "all";
  }
  return "";
}

const char* PlainName(HomeMeasure measure) {
  switch (measure) {
    case HomeMeasure::kBloodPressure:
      return "blood pressure";
    case HomeMeasure::kWeight:
      return "weight";
    case HomeMeasure::kOxygenSaturation:
      return "oxygen level";
    case HomeMeasure::kTemperature:
      return "temperature";
  }
  return "";
}

bool NeedsPregnancyReview(Pregnancy pregnancy) {
  return pregnancy == Pregnancy::kPregnant || pregnancy == Pregnancy::kPlanning ||
         pregnancy == Pregnancy::kBreastfeeding;
}

}  // namespace careplan::profile
