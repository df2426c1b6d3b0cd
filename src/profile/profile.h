// Profile: a checked care profile (format careplan/v1), as plain data.
// Produced by LoadProfile (profile_loader.h) from YAML text; consumed by
// content selection and plan computation. Holds no yaml-cpp types.
// Every field is already validated: vocabularies, real dates, limits.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/interval.h"
#include "base/partial_date.h"
#include "base/source_loc.h"
#include "profile/profile_additions.h"

namespace careplan::profile {

enum class ProfileKind { kPatient, kPacket };
enum class Outcome {
  kOngoing,
  kEffective,
  kPartialResponse,
  kInadequateResponse,
  kIntolerance,
  kSideEffects,
  kCompleted,
};
enum class Smoking { kUnknown, kCurrent, kFormer, kNever };
enum class PageSize { kA4, kLetter };

struct Patient {
  std::string name;
  std::string preferred_name;  // empty when not given
  std::optional<Date> date_of_birth;
  std::string identifier;  // empty when not given
  std::optional<Sex> sex;
  std::optional<Pregnancy> pregnancy;  // absent: advice stays "if you could become pregnant"
  std::string interpreter;             // a language; empty when not needed
  std::optional<Caregiver> caregiver;
};

struct Diagnosis {
  std::string condition;
  // Subtype, organs and antibodies are words of the guide's vocabulary
  // (vocabulary.h), as its rules spell them.
  std::optional<std::string> subtype;
  std::optional<PartialDate> diagnosed_on;
  std::vector<std::string> organ_involvement;  // in the order written, no duplicates
  std::optional<bool> treatment_resistant;     // as written; see IsTreatmentResistant
  std::vector<std::string> antibodies;         // in the order written, no duplicates
};

struct CareTeamMember {
  std::string role;
  std::string name;
  std::string phone;
  std::string email;
  std::string notes;
  std::string hours;          // when this contact answers; empty when not given
  bool out_of_hours = false;  // answers evenings, nights and weekends
};

struct Treatment {
  std::string name;  // as written
  std::string dose;
  PartialDate started;
  std::optional<PartialDate> stopped;  // absent: still taking it
  Outcome outcome = Outcome::kOngoing;
  std::string notes;
  std::optional<PartialDate> changed_on;  // dose or instructions changed then
  SourceLoc loc;                          // of the `name` value
};

struct PlannedTherapy {
  std::string name;
  std::optional<PartialDate> target;
  std::string notes;
  SourceLoc loc;
};

struct MonitoringEntry {
  std::string test;  // as written
  std::optional<Date> last_done;
  std::optional<Interval> every;
  std::string notes;
  std::optional<Date> booked;  // a booked test: printed instead of the computed due date
  SourceLoc loc;               // of the `test` value
};

struct Lifestyle {
  Smoking smoking = Smoking::kUnknown;
  std::vector<std::string> goals;
};

struct Preferences {
  PageSize page_size = PageSize::kA4;
  bool large_print = false;
  std::vector<std::string> include_sections;
  std::vector<std::string> exclude_sections;
  SourceLoc include_loc;  // of the lists, for unknown-id errors
  SourceLoc exclude_loc;
  std::vector<SourceLoc> include_section_locs;  // of each id, parallel to include_sections
  std::vector<SourceLoc> exclude_section_locs;  // of each id, parallel to exclude_sections
  GuideSections guide_sections = GuideSections::kRelevant;
};

struct Packet {
  std::string title;
  std::string organisation;
  std::string contact;
  bool all_sections = true;           // `sections: all`
  std::vector<std::string> sections;  // when !all_sections
  SourceLoc sections_loc;
  std::vector<SourceLoc> section_locs;  // of each id, parallel to sections
  bool blank_forms = true;
};

// A piece of free text that will be printed, with where it came from, so that
// later stages can warn about characters the fonts cannot print.
struct PrintedText {
  std::string field;  // e.g. "patient.name", "treatments[2].notes"
  SourceLoc loc;
  std::string text;
};

struct Profile {
  std::string file;  // as named by the user
  ProfileKind kind = ProfileKind::kPatient;
  Date plan_date{1970, 1, 1};    // from the profile, --date, or today
  bool plan_date_given = false;  // written in the profile
  std::string language = "en";
  std::string guide;             // empty: the templates' default guide
  std::string emergency_number;  // empty: the theme's, else none
  SourceLoc emergency_number_loc;
  std::optional<Date> previous_plan_date;

  // Patient profiles.
  Patient patient;
  Diagnosis diagnosis;
  std::vector<CareTeamMember> care_team;
  std::vector<Treatment> treatments;
  std::vector<PlannedTherapy> planned;
  std::vector<MonitoringEntry> monitoring;
  Lifestyle lifestyle;
  std::string notes;
  Allergies allergies;
  std::vector<OtherMedicine> other_medicines;
  std::vector<Appointment> appointments;  // as written
  std::vector<HomeMonitoring> home_monitoring;

  // Packet profiles.
  Packet packet;

  Preferences preferences;
  std::vector<PrintedText> printed_texts;

  bool HasOrgan(std::string_view organ) const;
  // As written, or inferred: two or more past treatments ended with an
  // inadequate response.
  bool IsTreatmentResistant() const;
};

// Vocabulary words exactly as the profile format spells them.
const char* ToString(Outcome outcome);
const char* ToString(Smoking smoking);
const char* ToString(PageSize page_size);  // "A4", "letter"

}  // namespace careplan::profile
