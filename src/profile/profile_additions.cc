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

const char* ToString(Antibody antibody) {
  switch (antibody) {
    case Antibody::kScl70:
      return "scl70";
    case Antibody::kCentromere:
      return "centromere";
    case Antibody::kRnaPolymeraseIii:
      return "rna_polymerase_iii";
    case Antibody::kU1Rnp:
      return "u1_rnp";
    case Antibody::kPmScl:
      return "pm_scl";
    case Antibody::kThTo:
      return "th_to";
    case Antibody::kU3Rnp:
      return "u3_rnp";
    case Antibody::kOther:
      return "other";
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

const char* PlainName(Antibody antibody) {
  switch (antibody) {
    case Antibody::kScl70:
      return "Scl-70 (topoisomerase I)";
    case Antibody::kCentromere:
      return "centromere";
    case Antibody::kRnaPolymeraseIii:
      return "RNA polymerase III";
    case Antibody::kU1Rnp:
      return "U1-RNP";
    case Antibody::kPmScl:
      return "PM-Scl";
    case Antibody::kThTo:
      return "Th/To";
    case Antibody::kU3Rnp:
      return "U3-RNP (fibrillarin)";
    case Antibody::kOther:
      return "other";
  }
  return "";
}

bool NeedsPregnancyReview(Pregnancy pregnancy) {
  return pregnancy == Pregnancy::kPregnant || pregnancy == Pregnancy::kPlanning ||
         pregnancy == Pregnancy::kBreastfeeding;
}

}  // namespace careplan::profile
