// The additions to careplan/v1 (see the profile format, "Additions"): what a
// clinician can say so that the plan stops guessing — sex and pregnancy, an
// interpreter, a caregiver, allergies, antibodies, other medicines,
// appointments, booked tests, home monitoring with the team's own levels,
// the emergency number and the guide part of the plan. Every one is
// optional; a profile without them means what it meant before. Part of
// Profile (profile.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/interval.h"
#include "base/source_loc.h"

namespace careplan::profile {

enum class Sex { kFemale, kMale, kOther };
enum class Pregnancy { kPossible, kNotPossible, kPregnant, kPlanning, kBreastfeeding };
enum class HomeMeasure { kBloodPressure, kWeight, kOxygenSaturation, kTemperature };
enum class GuideSections { kRelevant, kNone, kAll };

struct Caregiver {
  std::string name;
  std::string relation;  // empty when not given
  std::string phone;     // empty when not given
};

struct Allergy {
  std::string substance;
  std::string reaction;  // empty when not given
  SourceLoc loc;         // of `substance`
};

// `allergies:` absent (not recorded), `none` (no known allergies) or a list.
struct Allergies {
  bool recorded = false;  // false: absent; true and list empty: `none`
  std::vector<Allergy> list;
  bool none() const { return recorded && list.empty(); }
};

// A medicine for another condition: listed with the medicines, never on the
// treatment timeline; checked against the rules for interactions elsewhere.
struct OtherMedicine {
  std::string name;
  std::string dose;
  std::string notes;
  SourceLoc loc;  // of `name`
};

struct Appointment {
  Date date{1970, 1, 1};
  std::string time;  // "HH:MM", empty when not given
  std::string with;
  std::string place;
  std::string notes;
  SourceLoc loc;  // of `date`
};

// What the person measures at home, with the care team's own levels. Each
// text is as written; empty when not given.
struct HomeMonitoring {
  HomeMeasure measure = HomeMeasure::kBloodPressure;
  std::optional<Interval> every;
  std::string usual;
  std::string act_at;
  std::string action;
  std::string call;  // a care_team role
  SourceLoc loc;     // of `measure`

  // The team gives its own level to act at (a threshold or an action).
  bool HasLevel() const { return !act_at.empty() || !action.empty(); }
};

const char* ToString(Sex sex);
const char* ToString(Pregnancy pregnancy);
const char* ToString(HomeMeasure measure);
const char* ToString(GuideSections guide_sections);
// Plain words: "blood pressure", "RNA polymerase III".
const char* PlainName(HomeMeasure measure);
// pregnant, planning or breastfeeding: the team must hear about medicines now.
bool NeedsPregnancyReview(Pregnancy pregnancy);

}  // namespace careplan::profile
