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

// The tables, one per mapping of the format.

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
      }};
  return spec;
}

const MapSpec& DiagnosisKeys() {
  static const MapSpec spec{
      "The diagnosis the plan is about.",
      {
          Required("condition", Line(), "The condition, such as systemic sclerosis."),
          Optional("subtype", Word(SubtypeWords()), "The subtype of the condition."),
          Optional("diagnosed_on", Of(ValueKind::kPartialDate),
                   "When it was diagnosed: YYYY, YYYY-MM or YYYY-MM-DD, not after the plan date."),
          Optional("organ_involvement", UniqueListOf(Word(OrganWords()), kMaxOrgans),
                   "The organs and problems involved, each once."),
          Optional("treatment_resistant", Of(ValueKind::kBool),
                   "Whether the disease is resistant to treatment. When absent it is inferred: "
                   "true when two or more past treatments ended with an inadequate response."),
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

const std::vector<std::string>& SubtypeWords() {
  static const std::vector<std::string> words =
      WordsOf(Subtype::kDiffuseCutaneous, Subtype::kOverlap);
  return words;
}

const std::vector<std::string>& OrganWords() {
  static const std::vector<std::string> words = WordsOf(Organ::kSkin, Organ::kMuscles);
  return words;
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

}  // namespace careplan::profile
