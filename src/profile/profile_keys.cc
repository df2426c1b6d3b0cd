#include "profile/profile_keys.h"

#include <cassert>
#include <utility>

#include "profile/profile.h"
#include "profile/profile_limits.h"

namespace careplan::profile {
namespace {

// Builders that keep the tables below readable.

ValueSpec Text(ValueKind kind, size_t max_chars, bool printed = true) {
  ValueSpec spec;
  spec.kind = kind;
  spec.max_chars = max_chars;
  spec.printed = printed;
  return spec;
}

ValueSpec Line() { return Text(ValueKind::kLine, kMaxLineChars); }
ValueSpec PersonName() { return Text(ValueKind::kLine, kMaxPersonNameChars); }
ValueSpec EntryNotes() { return Text(ValueKind::kMultiline, kMaxEntryNotesChars); }
ValueSpec Id() { return Text(ValueKind::kId, kMaxIdChars, /*printed=*/false); }

ValueSpec Of(ValueKind kind) {
  ValueSpec spec;
  spec.kind = kind;
  return spec;
}

ValueSpec Word(const std::vector<std::string>& words) {
  ValueSpec spec = Of(ValueKind::kWord);
  spec.words = &words;
  return spec;
}

ValueSpec WordWithAliases(const std::vector<std::string>& words,
                          const std::vector<std::pair<std::string, std::string>>& aliases) {
  ValueSpec spec = Word(words);
  spec.aliases = &aliases;
  return spec;
}

ValueSpec TermWord(TermKind kind, bool loose = false) {
  ValueSpec spec = Of(ValueKind::kTerm);
  spec.term = kind;
  spec.loose = loose;
  return spec;
}

ValueSpec Mapping(const MapSpec& keys) {
  ValueSpec spec = Of(ValueKind::kMapping);
  spec.keys = &keys;
  return spec;
}

ValueSpec ListOf(ValueSpec item, size_t max_items, ValueKind kind = ValueKind::kList) {
  ValueSpec spec = Of(kind);
  spec.item = std::make_shared<const ValueSpec>(std::move(item));
  spec.max_items = max_items;
  return spec;
}

ValueSpec UniqueListOf(ValueSpec item, size_t max_items) {
  ValueSpec spec = ListOf(std::move(item), max_items);
  spec.unique_items = true;
  return spec;
}

KeySpec Required(std::string_view key, ValueSpec value, std::string_view description,
                 KeyScope scope = KeyScope::kAny) {
  return KeySpec{key, true, scope, std::move(value), description};
}

KeySpec Optional(std::string_view key, ValueSpec value, std::string_view description,
                 KeyScope scope = KeyScope::kAny) {
  return KeySpec{key, false, scope, std::move(value), description};
}

template <typename Enum>
std::vector<std::string> WordsOf(Enum first, Enum last) {
  std::vector<std::string> words;
  for (int i = static_cast<int>(first); i <= static_cast<int>(last); ++i)
    words.push_back(ToString(static_cast<Enum>(i)));
  return words;
}

// Other spellings of the additions' words (NormalizeWord applied).

const std::vector<std::pair<std::string, std::string>>& NoAliases() {
  static const std::vector<std::pair<std::string, std::string>> aliases;
  return aliases;
}

const std::vector<std::pair<std::string, std::string>>& PregnancyAliases() {
  static const std::vector<std::pair<std::string, std::string>> aliases = {
      {"impossible", "not_possible"},
      {"planning_pregnancy", "planning"},
      {"breast_feeding", "breastfeeding"},
  };
  return aliases;
}

const std::vector<std::pair<std::string, std::string>>& HomeMeasureAliases() {
  static const std::vector<std::pair<std::string, std::string>> aliases = {
      {"bp", "blood_pressure"},
      {"oxygen", "oxygen_saturation"},
      {"spo2", "oxygen_saturation"},
      {"oxygen_level", "oxygen_saturation"},
  };
  return aliases;
}

// The tables, one per mapping of the format.

const MapSpec& CaregiverKeys() {
  static const MapSpec spec{
      "Someone who helps at home; printed with the contacts.",
      {
          Required("name", PersonName(), "Their name."),
          Optional("relation", Line(), "How they are related, such as son or friend."),
          Optional("phone", Line(), "Phone number, printed as written."),
      }};
  return spec;
}

const MapSpec& PatientKeys() {
  static const MapSpec spec{
      "The person the care plan is for.",
      {
          Required("name", PersonName(),
                   "Full name, 1 to 120 characters, in any script the bundled fonts cover."),
          Optional("preferred_name", PersonName(), "The name to use in greetings."),
          Optional("date_of_birth", Of(ValueKind::kDate),
                   "Full date YYYY-MM-DD, not after the plan date."),
          Optional("identifier", Line(),
                   "Hospital or clinic number; printed on every page when present."),
          Optional("sex", WordWithAliases(SexWords(), NoAliases()),
                   "female, male or other: for sex-specific advice (such as men on "
                   "mycophenolate)."),
          Optional("pregnancy", WordWithAliases(PregnancyWords(), PregnancyAliases()),
                   "possible, not_possible, pregnant, planning or breastfeeding. Absent: "
                   "pregnancy advice stays \"if you could become pregnant\"; not_possible: no "
                   "pregnancy advice; pregnant, planning or breastfeeding: page 1 says to tell "
                   "the care team now."),
          Optional("interpreter", Line(),
                   "The language the person needs an interpreter for; shown near the top."),
          Optional("caregiver", Mapping(CaregiverKeys()), CaregiverKeys().description),
      }};
  return spec;
}

const MapSpec& DiagnosisKeys() {
  static const MapSpec spec{
      "The diagnosis the plan is about.",
      {
          Required("condition", Line(), "The condition, such as systemic sclerosis."),
          Optional("subtype", TermWord(TermKind::kSubtype),
                   "The subtype of the condition, as the guide's vocabulary names it."),
          Optional("diagnosed_on", Of(ValueKind::kPartialDate),
                   "When it was diagnosed: YYYY, YYYY-MM or YYYY-MM-DD, not after the plan date."),
          Optional("organ_involvement", UniqueListOf(TermWord(TermKind::kOrgan), kMaxOrgans),
                   "The organs and problems involved, each once, as the guide's vocabulary "
                   "names them."),
          Optional("treatment_resistant", Of(ValueKind::kBool),
                   "Whether the disease is resistant to treatment. When absent it is inferred: "
                   "true when two or more past treatments ended with an inadequate response."),
          Optional("antibodies",
                   UniqueListOf(TermWord(TermKind::kAntibody, /*loose=*/true), kMaxAntibodies),
                   "Antibodies found, each once, as the guide's vocabulary names them; other "
                   "spellings (such as topoisomerase I) are accepted. They shape risk."),
      }};
  return spec;
}

const MapSpec& CareTeamKeys() {
  static const MapSpec spec{
      "One member of the care team.",
      {
          Required("role", Line(), "What they do, such as Rheumatologist or Out-of-hours."),
          Required("name", Line(), "Their name, or the name of the service."),
          Optional("phone", Line(), "Phone number, printed as written."),
          Optional("email", Line(), "E-mail address."),
          Optional("notes", EntryNotes(), "When and why to contact them."),
          Optional("hours", Line(), "When this contact answers, such as Weekdays 8am to 4pm."),
          Optional("out_of_hours", Of(ValueKind::kBool),
                   "true: answers evenings, nights and weekends (the out-of-hours route)."),
      }};
  return spec;
}

const MapSpec& TreatmentKeys() {
  static const MapSpec spec{
      "A past or current treatment.",
      {
          Required("name", Line(),
                   "The medicine or therapy, matched case-insensitively against the medicines "
                   "the program knows (and their other names); unknown names are printed as "
                   "given, with a warning."),
          Optional("dose", Line(), "Dose and schedule as free text."),
          Required("started", Of(ValueKind::kPartialDate),
                   "YYYY, YYYY-MM or YYYY-MM-DD, not after the plan date."),
          Optional("stopped", Of(ValueKind::kPartialDate),
                   "YYYY, YYYY-MM or YYYY-MM-DD, not before started; absent while still taking "
                   "it."),
          Required("outcome", Word(OutcomeWords()), "How it went, or ongoing."),
          Optional("notes", EntryNotes(), "Anything else worth printing about it."),
          Optional("changed_on", Of(ValueKind::kPartialDate),
                   "When the dose or instructions last changed: YYYY, YYYY-MM or YYYY-MM-DD, "
                   "not before started nor after the plan date."),
      }};
  return spec;
}

const MapSpec& PlannedKeys() {
  static const MapSpec spec{
      "A therapy being considered.",
      {
          Required("name", Line(), "The therapy."),
          Optional("target", Of(ValueKind::kPartialDate),
                   "When it may start or be assessed: YYYY, YYYY-MM or YYYY-MM-DD."),
          Optional("notes", EntryNotes(), "Anything else worth printing about it."),
      }};
  return spec;
}

const MapSpec& MonitoringKeys() {
  static const MapSpec spec{
      "A test or check that has been done, or is due.",
      {
          Required("test", Line(),
                   "The test, matched against the tests the program knows (and their other "
                   "names); an unknown test is kept with its own `every`."),
          Optional("last_done", Of(ValueKind::kDate),
                   "Full date YYYY-MM-DD of the last time, not after the plan date."),
          Optional("every", Of(ValueKind::kInterval),
                   "How often: \"N days|weeks|months|years\" (N from 1 to 1000) or daily, "
                   "weekly, fortnightly, monthly, quarterly, yearly or annually. Overrides the "
                   "usual interval."),
          Optional("notes", EntryNotes(), "Anything else worth printing about it."),
          Optional("booked", Of(ValueKind::kDate),
                   "Full date YYYY-MM-DD the test is booked for; printed instead of the "
                   "computed due date."),
      }};
  return spec;
}

const MapSpec& LifestyleKeys() {
  static const MapSpec spec{
      "Lifestyle facts and personal goals.",
      {
          Optional("smoking", Word(SmokingWords()), "Smoking status."),
          Optional("goals", ListOf(Line(), kMaxGoals),
                   "Personal goals as free text; each becomes a checklist line."),
      }};
  return spec;
}

const MapSpec& PreferencesKeys() {
  static const MapSpec spec{
      "How the document is printed.",
      {
          Optional("page_size", Word(PageSizeWords()), "Paper size; default A4."),
          Optional("large_print", Of(ValueKind::kBool),
                   "true: body text at least 16 pt; default false."),
          Optional("include_sections", ListOf(Id(), kMaxSectionIds),
                   "Guide section ids to add even if the rules would not pick them."),
          Optional("exclude_sections", ListOf(Id(), kMaxSectionIds),
                   "Guide section ids to leave out."),
          Optional("guide_sections", WordWithAliases(GuideSectionsWords(), NoAliases()),
                   "The guide part of the plan: relevant (the default: the sections the rules "
                   "pick), none or all."),
      }};
  return spec;
}

const MapSpec& AllergyKeys() {
  static const MapSpec spec{
      "An allergy or intolerance to a substance.",
      {
          Required("substance", Line(), "The medicine or substance, such as penicillin."),
          Optional("reaction", Line(), "What happened, such as rash."),
      }};
  return spec;
}

const MapSpec& OtherMedicineKeys() {
  static const MapSpec spec{
      "A medicine for another condition; listed with the medicines, never on the timeline.",
      {
          Required("name", Line(), "The medicine."),
          Optional("dose", Line(), "Dose and schedule as free text."),
          Optional("notes", EntryNotes(), "What it is for, or anything else worth printing."),
      }};
  return spec;
}

const MapSpec& AppointmentKeys() {
  static const MapSpec spec{
      "A booked visit.",
      {
          Required("date", Of(ValueKind::kDate), "Full date YYYY-MM-DD."),
          Optional("time", Line(), "Time as HH:MM (24-hour clock), in quotes."),
          Required("with", Line(), "Who or which clinic, such as Rheumatology clinic."),
          Optional("place", Line(), "Where, such as Outpatients, Level 2."),
          Optional("notes", EntryNotes(), "What to bring or do."),
      }};
  return spec;
}

const MapSpec& HomeMonitoringKeys() {
  static const MapSpec spec{
      "A measurement the person takes at home, with the care team's own levels.",
      {
          Required("measure", WordWithAliases(HomeMeasureWords(), HomeMeasureAliases()),
                   "blood_pressure, weight, oxygen_saturation or temperature."),
          Optional("every", Of(ValueKind::kInterval),
                   "How often; overrides the usual interval for home checks."),
          Optional("usual", Line(), "The person's usual reading, such as 125/80."),
          Optional("act_at", Line(),
                   "The level at which to act: blood_pressure SYS/DIA (140/90); weight a "
                   "change such as 2 kg in 3 days; oxygen_saturation a percentage (92%); "
                   "temperature in degrees Celsius (38.0 C)."),
          Optional("action", EntryNotes(),
                   "The care team's own instruction at that level; it replaces the general "
                   "advice for this measure everywhere in the plan."),
          Optional("call", Line(), "The care_team role to call."),
      }};
  return spec;
}

const MapSpec& PacketKeys() {
  static const MapSpec spec{
      "A non-personalized information packet, for a support group or a waiting room.",
      {
          Required("title", Line(), "Title on the cover."),
          Optional("organisation", Line(), "Printed on the cover."),
          Optional("contact", Line(), "Contact details printed on the cover."),
          Optional("sections", ListOf(Id(), kMaxSectionIds, ValueKind::kAllOrList),
                   "`all` (the default) or a list of guide section ids."),
          Optional("blank_forms", Of(ValueKind::kBool),
                   "Add fill-in-by-hand forms (treatment timeline, monitoring log, lifestyle "
                   "checklist); default true."),
      }};
  return spec;
}

ValueSpec AllergyList() {
  ValueSpec spec = ListOf(Mapping(AllergyKeys()), kMaxAllergies, ValueKind::kAllOrList);
  spec.list_word = "none";
  return spec;
}

const MapSpec& TopLevelKeys() {
  static const ValueSpec format = [] {
    ValueSpec spec = Of(ValueKind::kConstant);
    spec.constant = kFormatV1;
    return spec;
  }();
  static const MapSpec spec{
      "A care profile (format careplan/v1): a patient profile (with patient:) produces a "
      "personalized care plan, a packet profile (with packet:) an information packet.",
      {
          Required("format", format, "The format of this file: exactly careplan/v1."),
          Optional("plan_date", Of(ValueKind::kDate),
                   "Full date YYYY-MM-DD the plan is made for; default today. Schedules and "
                   "\"next due\" dates start here."),
          Optional("language", Id(), "Language of the document; default en."),
          Optional("guide", Id(),
                   "The guide to take sections from; default: the guide named "
                   "in the templates' index."),
          Optional("emergency_number", Line(),
                   "The number to call for an ambulance, such as 999; printed in every \"call "
                   "an ambulance\" line. Default: the theme's."),
          Optional("previous_plan_date", Of(ValueKind::kDate),
                   "Full date YYYY-MM-DD of the last printed plan, before the plan date: the plan "
                   "then says what changed since.",
                   KeyScope::kPatient),
          Required("patient", Mapping(PatientKeys()), PatientKeys().description,
                   KeyScope::kPatient),
          Required("diagnosis", Mapping(DiagnosisKeys()), DiagnosisKeys().description,
                   KeyScope::kPatient),
          Optional("care_team", ListOf(Mapping(CareTeamKeys()), kMaxCareTeam),
                   "The people to contact.", KeyScope::kPatient),
          Optional("treatments", ListOf(Mapping(TreatmentKeys()), kMaxTreatments),
                   "Past and current treatments.", KeyScope::kPatient),
          Optional("planned", ListOf(Mapping(PlannedKeys()), kMaxPlanned),
                   "Therapies being considered.", KeyScope::kPatient),
          Optional("monitoring", ListOf(Mapping(MonitoringKeys()), kMaxMonitoring),
                   "Tests and checks done so far; the plan schedules the next ones.",
                   KeyScope::kPatient),
          Optional("lifestyle", Mapping(LifestyleKeys()), LifestyleKeys().description,
                   KeyScope::kPatient),
          Optional("notes", Text(ValueKind::kMultiline, kMaxNotesChars),
                   "Free text from the care team, printed as written.", KeyScope::kPatient),
          Optional("allergies", AllergyList(),
                   "Allergies: a list, or the word none (no known allergies). Absent: printed "
                   "as not recorded.",
                   KeyScope::kPatient),
          Optional("other_medicines", ListOf(Mapping(OtherMedicineKeys()), kMaxOtherMedicines),
                   "Medicines for other conditions; listed with the medicines.",
                   KeyScope::kPatient),
          Optional("appointments", ListOf(Mapping(AppointmentKeys()), kMaxAppointments),
                   "Booked visits; the next one is on page 1.", KeyScope::kPatient),
          Optional("home_monitoring", ListOf(Mapping(HomeMonitoringKeys()), kMaxHomeMonitoring),
                   "What the person measures at home, with the care team's own levels.",
                   KeyScope::kPatient),
          Required("packet", Mapping(PacketKeys()), PacketKeys().description, KeyScope::kPacket),
          Optional("preferences", Mapping(PreferencesKeys()), PreferencesKeys().description),
      }};
  return spec;
}

}  // namespace

const KeySpec* MapSpec::Find(std::string_view key) const {
  for (const KeySpec& spec : keys)
    if (spec.key == key) return &spec;
  return nullptr;
}

std::vector<std::string> MapSpec::Names() const {
  std::vector<std::string> names;
  for (const KeySpec& spec : keys) names.emplace_back(spec.key);
  return names;
}

const MapSpec& ProfileKeys() { return TopLevelKeys(); }

const MapSpec& KeysOf(std::string_view top_level_key) {
  const KeySpec* key = ProfileKeys().Find(top_level_key);
  assert(key);
  const ValueSpec& value = key->value.kind == ValueKind::kList ? *key->value.item : key->value;
  assert(value.kind == ValueKind::kMapping);
  return *value.keys;
}

const std::vector<std::string>& OutcomeWords() {
  static const std::vector<std::string> words = WordsOf(Outcome::kOngoing, Outcome::kCompleted);
  return words;
}

const std::vector<std::string>& SmokingWords() {
  static const std::vector<std::string> words = WordsOf(Smoking::kCurrent, Smoking::kNever);
  return words;
}

const std::vector<std::string>& PageSizeWords() {
  static const std::vector<std::string> words = WordsOf(PageSize::kA4, PageSize::kLetter);
  return words;
}

const std::vector<std::string>& SexWords() {
  static const std::vector<std::string> words = WordsOf(Sex::kFemale, Sex::kOther);
  return words;
}

const std::vector<std::string>& PregnancyWords() {
  static const std::vector<std::string> words =
      WordsOf(Pregnancy::kPossible, Pregnancy::kBreastfeeding);
  return words;
}

const std::vector<std::string>& HomeMeasureWords() {
  static const std::vector<std::string> words =
      WordsOf(HomeMeasure::kBloodPressure, HomeMeasure::kTemperature);
  return words;
}

const std::vector<std::string>& GuideSectionsWords() {
  static const std::vector<std::string> words =
      WordsOf(GuideSections::kRelevant, GuideSections::kAll);
  return words;
}

std::string NormalizeWord(std::string_view text) {
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '-') {
      word += '_';
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else {
      word += c;
    }
  }
  return word;
}

}  // namespace careplan::profile
