#include "profile/profile_loader.h"

#include <algorithm>
#include <utility>

#include "base/suggest.h"
#include "profile/field_reader.h"
#include "profile/home_levels.h"
#include "profile/input_limits.h"
#include "profile/profile_keys.h"
#include "profile/profile_limits.h"
#include "yaml/source_text.h"
#include "yaml/yaml_tree.h"

namespace careplan::profile {
namespace {

constexpr std::string_view kKindHint =
    "patient: makes a personal care plan; packet: makes an information packet for a group";

template <typename T>
void Set(std::optional<T> value, T* out) {
  if (value) *out = std::move(*value);
}

// Reads a YamlNode tree into a Profile, section by section. Every problem is
// reported; a value with a problem is left at its default.
class ProfileReader {
 public:
  ProfileReader(const std::string& file, const LoadOptions& options, Diagnostics* diagnostics,
                Profile* profile)
      : reader_(file, diagnostics, &profile->printed_texts),
        options_(options),
        profile_(*profile) {}

  void Read(const YamlNode& root) {
    if (root.is_null()) {
      reader_.Error(root, "the file is empty; a profile starts with \"format: careplan/v1\"");
      return;
    }
    if (!root.is_mapping()) {
      reader_.Error(root,
                    "expected a mapping at the top level (format:, patient: and so on), got " +
                        DescribeYamlValue(root));
      return;
    }
    const std::optional<MapFields> top = reader_.Map(root, ProfileKeys(), "");
    reader_.Constant(top->Get("format"));
    ReadKind(*top);
    ReadPlanDate(*top);
    ReadLanguageAndGuide(*top);
    ReadEmergencyNumber(top->Get("emergency_number"));
    ReadPreviousPlanDate(top->Get("previous_plan_date"));
    ReadPatient(KindField(*top, "patient", ProfileKind::kPatient));
    ReadDiagnosis(KindField(*top, "diagnosis", ProfileKind::kPatient));
    ReadCareTeam(top->Get("care_team"));
    ReadTreatments(top->Get("treatments"));
    ReadPlanned(top->Get("planned"));
    ReadMonitoring(top->Get("monitoring"));
    ReadLifestyle(top->Get("lifestyle"));
    Set(reader_.Text(top->Get("notes")), &profile_.notes);
    ReadAllergies(top->Get("allergies"));
    ReadOtherMedicines(top->Get("other_medicines"));
    ReadAppointments(top->Get("appointments"));
    ReadHomeMonitoring(top->Get("home_monitoring"));
    ReadPacket(KindField(*top, "packet", ProfileKind::kPacket));
    ReadPreferences(top->Get("preferences"));
    if (options_.guide_sections) profile_.preferences.guide_sections = *options_.guide_sections;
  }

 private:
  // Patient or packet: exactly one of the two keys. Then the keys that only
  // one kind of profile has are checked against the kind.
  void ReadKind(const MapFields& top) {
    const YamlNode* patient = top.KeyNode("patient");
    const YamlNode* packet = top.KeyNode("packet");
    if (patient && packet) {
      const bool packet_later = std::pair(packet->position.line, packet->position.column) >
                                std::pair(patient->position.line, patient->position.column);
      reader_.Error(packet_later ? *packet : *patient,
                    "a profile has either patient: or packet:, not both", {std::string(kKindHint)});
      return;
    }
    if (!patient && !packet) {
      reader_.Error(top.node(), "missing required key \"patient\" (or \"packet\")",
                    {std::string(kKindHint)});
      return;
    }
    profile_.kind = packet ? ProfileKind::kPacket : ProfileKind::kPatient;
    kind_known_ = true;
    CheckScopes(top);
  }

  void CheckScopes(const MapFields& top) {
    const bool patient = profile_.kind == ProfileKind::kPatient;
    for (const KeySpec& spec : ProfileKeys().keys) {
      if (spec.scope == KeyScope::kAny) continue;
      const bool belongs = (spec.scope == KeyScope::kPatient) == patient;
      const std::string key(spec.key);
      if (!belongs && top.Has(key)) {
        reader_.Error(*top.KeyNode(key),
                      key + ": only " + (patient ? "packet" : "patient") +
                          " profiles have this key; this profile has " +
                          (patient ? "patient:" : "packet:"),
                      {std::string(kKindHint)});
      } else if (belongs && spec.required && !top.Has(key)) {
        reader_.Error(top.node(), "missing required key \"" + key + "\"");
      }
    }
  }

  // A field that must not be empty when the profile is of `kind`.
  Field KindField(const MapFields& top, std::string_view key, ProfileKind kind) const {
    Field field = top.Get(key);
    field.required = kind_known_ && profile_.kind == kind;
    return field;
  }

  void ReadPlanDate(const MapFields& top) {
    const std::optional<Date> written = reader_.FullDate(top.Get("plan_date"));
    profile_.plan_date_given = written.has_value();
    if (options_.plan_date) {
      profile_.plan_date = *options_.plan_date;
    } else {
      profile_.plan_date = written ? *written : options_.today;
      plan_date_is_today_ = !written;
    }
  }

  void ReadLanguageAndGuide(const MapFields& top) {
    const Field language = top.Get("language");
    if (auto value = reader_.Text(language)) {
      if (IsAvailable(language, *value, options_.languages, "language", "languages"))
        profile_.language = *value;
    }
    const Field guide = top.Get("guide");
    if (auto value = reader_.Text(guide)) {
      if (IsAvailable(guide, *value, options_.guides, "guide", "guides")) profile_.guide = *value;
    }
    const std::string& guide_id = profile_.guide.empty() ? options_.default_guide : profile_.guide;
    const auto found = options_.vocabularies.find(guide_id);
    if (found != options_.vocabularies.end()) reader_.set_vocabulary(found->second.get());
  }

  // Whether `value` is one of `available` (or there is no list to check).
  bool IsAvailable(const Field& field, const std::string& value,
                   const std::vector<std::string>& available, const std::string& what,
                   const std::string& what_plural) {
    if (available.empty() ||
        std::find(available.begin(), available.end(), value) != available.end()) {
      return true;
    }
    reader_.Error(*field.node,
                  field.path + ": unknown " + what + " " + QuoteForMessage(value) +
                      "; the available " + (available.size() == 1 ? what : what_plural) +
                      (available.size() == 1 ? " is " : " are ") + JoinChoices(available, "and"),
                  DidYouMean(value, available));
    return false;
  }

  void ReadPatient(const Field& field) {
    const std::optional<MapFields> map = reader_.Map(field);
    if (!map) return;
    Patient& patient = profile_.patient;
    Set(reader_.Text(map->Get("name")), &patient.name);
    Set(reader_.Text(map->Get("preferred_name")), &patient.preferred_name);
    const Field birth = map->Get("date_of_birth");
    if (auto date = reader_.FullDate(birth)) {
      CheckNotAfterPlanDate(birth, *date, date->Iso());
      patient.date_of_birth = date;
    }
    Set(reader_.Text(map->Get("identifier")), &patient.identifier);
    if (auto index = reader_.Word(map->Get("sex"))) patient.sex = static_cast<Sex>(*index);
    if (auto index = reader_.Word(map->Get("pregnancy")))
      patient.pregnancy = static_cast<Pregnancy>(*index);
    Set(reader_.Text(map->Get("interpreter")), &patient.interpreter);
    ReadCaregiver(map->Get("caregiver"));
  }

  void ReadCaregiver(const Field& field) {
    const std::optional<MapFields> map = reader_.Map(field);
    if (!map) return;
    Caregiver caregiver;
    Set(reader_.Text(map->Get("name")), &caregiver.name);
    Set(reader_.Text(map->Get("relation")), &caregiver.relation);
    Set(reader_.Text(map->Get("phone")), &caregiver.phone);
    profile_.patient.caregiver = std::move(caregiver);
  }

  void ReadDiagnosis(const Field& field) {
    const std::optional<MapFields> map = reader_.Map(field);
    if (!map) return;
    Diagnosis& diagnosis = profile_.diagnosis;
    Set(reader_.Text(map->Get("condition")), &diagnosis.condition);
    if (auto word = reader_.Term(map->Get("subtype"))) diagnosis.subtype = std::move(*word);
    const Field diagnosed = map->Get("diagnosed_on");
    if (auto date = reader_.PartialDateValue(diagnosed)) {
      CheckNotAfterPlanDate(diagnosed, date->FirstDay(), date->Iso());
      diagnosis.diagnosed_on = date;
    }
    for (const Field& item : reader_.List(map->Get("organ_involvement"))) {
      if (auto word = reader_.Term(item)) diagnosis.organ_involvement.push_back(std::move(*word));
    }
    diagnosis.treatment_resistant = reader_.Bool(map->Get("treatment_resistant"));
    for (const Field& item : reader_.List(map->Get("antibodies"))) {
      std::optional<std::string> antibody = reader_.Term(item);
      if (!antibody) continue;
      auto& antibodies = diagnosis.antibodies;
      if (std::find(antibodies.begin(), antibodies.end(), *antibody) != antibodies.end()) {
        reader_.Warning(*item.node, item.path + ": " + *antibody +
                                        " is already in the list; the repeat is ignored");
        continue;
      }
      antibodies.push_back(std::move(*antibody));
    }
  }

  void ReadCareTeam(const Field& field) {
    for (const Field& item : reader_.List(field)) {
      const std::optional<MapFields> map = reader_.Map(item);
      if (!map) continue;
      CareTeamMember member;
      Set(reader_.Text(map->Get("role")), &member.role);
      Set(reader_.Text(map->Get("name")), &member.name);
      Set(reader_.Text(map->Get("phone")), &member.phone);
      Set(reader_.Text(map->Get("email")), &member.email);
      Set(reader_.Text(map->Get("notes")), &member.notes);
      Set(reader_.Text(map->Get("hours")), &member.hours);
      Set(reader_.Bool(map->Get("out_of_hours")), &member.out_of_hours);
      profile_.care_team.push_back(std::move(member));
    }
  }

  void ReadTreatments(const Field& field) {
    for (const Field& item : reader_.List(field)) {
      if (const std::optional<MapFields> map = reader_.Map(item))
        profile_.treatments.push_back(ReadTreatment(*map));
    }
  }

  Treatment ReadTreatment(const MapFields& map) {
    Treatment treatment;
    treatment.loc = NameLoc(map, "name");
    Set(reader_.Text(map.Get("name")), &treatment.name);
    Set(reader_.Text(map.Get("dose")), &treatment.dose);
    const Field started_field = map.Get("started");
    const std::optional<PartialDate> started = reader_.PartialDateValue(started_field);
    if (started) {
      CheckNotAfterPlanDate(started_field, started->FirstDay(), started->Iso());
      treatment.started = *started;
    }
    const Field stopped_field = map.Get("stopped");
    treatment.stopped = reader_.PartialDateValue(stopped_field);
    // Whole periods are compared: started 2019-04, stopped 2019-04 is fine.
    if (started && treatment.stopped && treatment.stopped->LastDay() < started->FirstDay()) {
      reader_.Error(*stopped_field.node, stopped_field.path + ": " + treatment.stopped->Iso() +
                                             " is before started (" + started->Iso() + ")");
    }
    if (auto index = reader_.Word(map.Get("outcome")))
      treatment.outcome = static_cast<Outcome>(*index);
    Set(reader_.Text(map.Get("notes")), &treatment.notes);
    ReadChangedOn(map.Get("changed_on"), started, &treatment);
    return treatment;
  }

  // A change of dose or instructions: between the start and the plan date.
  void ReadChangedOn(const Field& field, const std::optional<PartialDate>& started,
                     Treatment* treatment) {
    const std::optional<PartialDate> changed = reader_.PartialDateValue(field);
    if (!changed) return;
    CheckNotAfterPlanDate(field, changed->FirstDay(), changed->Iso());
    if (started && changed->LastDay() < started->FirstDay()) {
      reader_.Error(*field.node, field.path + ": " + changed->Iso() + " is before started (" +
                                     started->Iso() + ")");
    }
    treatment->changed_on = changed;
  }

  void ReadPlanned(const Field& field) {
    for (const Field& item : reader_.List(field)) {
      const std::optional<MapFields> map = reader_.Map(item);
      if (!map) continue;
      PlannedTherapy planned;
      planned.loc = NameLoc(*map, "name");
      Set(reader_.Text(map->Get("name")), &planned.name);
      planned.target = reader_.PartialDateValue(map->Get("target"));
      Set(reader_.Text(map->Get("notes")), &planned.notes);
      profile_.planned.push_back(std::move(planned));
    }
  }

  void ReadMonitoring(const Field& field) {
    for (const Field& item : reader_.List(field)) {
      const std::optional<MapFields> map = reader_.Map(item);
      if (!map) continue;
      MonitoringEntry entry;
      entry.loc = NameLoc(*map, "test");
      Set(reader_.Text(map->Get("test")), &entry.test);
      const Field last_done = map->Get("last_done");
      if (auto date = reader_.FullDate(last_done)) {
        CheckNotAfterPlanDate(last_done, *date, date->Iso());
        entry.last_done = date;
      }
      entry.every = reader_.IntervalValue(map->Get("every"));
      Set(reader_.Text(map->Get("notes")), &entry.notes);
      entry.booked = reader_.FullDate(map->Get("booked"));
      profile_.monitoring.push_back(std::move(entry));
    }
  }

  void ReadLifestyle(const Field& field) {
    const std::optional<MapFields> map = reader_.Map(field);
    if (!map) return;
    if (auto index = reader_.Word(map->Get("smoking")))
      profile_.lifestyle.smoking = static_cast<Smoking>(*index + 1);  // 0 is kUnknown
    for (const Field& item : reader_.List(map->Get("goals"))) {
      if (auto goal = reader_.Text(item)) profile_.lifestyle.goals.push_back(std::move(*goal));
    }
  }

  void ReadPreferences(const Field& field) {
    const std::optional<MapFields> map = reader_.Map(field);
    if (!map) return;
    Preferences& preferences = profile_.preferences;
    if (auto index = reader_.Word(map->Get("page_size")))
      preferences.page_size = static_cast<PageSize>(*index);
    Set(reader_.Bool(map->Get("large_print")), &preferences.large_print);
    if (auto index = reader_.Word(map->Get("guide_sections")))
      preferences.guide_sections = static_cast<GuideSections>(*index);
    const Field include = map->Get("include_sections");
    preferences.include_sections = ReadIds(include, &preferences.include_section_locs);
    if (include.node) preferences.include_loc = reader_.Loc(*include.node);
    const Field exclude = map->Get("exclude_sections");
    preferences.exclude_sections = ReadIds(exclude, &preferences.exclude_section_locs);
    if (exclude.node) preferences.exclude_loc = reader_.Loc(*exclude.node);
    if (profile_.kind == ProfileKind::kPacket && kind_known_) {
      for (const Field* list : {&include, &exclude}) {
        if (!list->given()) continue;
        reader_.Warning(*list->node, list->path + " has no effect in a packet profile",
                        {"list the sections of a packet under packet.sections"});
      }
    }
  }

  void ReadEmergencyNumber(const Field& field) {
    if (auto number = reader_.Text(field)) {
      profile_.emergency_number = std::move(*number);
      profile_.emergency_number_loc = reader_.Loc(*field.node);
    }
  }

  // The last printed plan: before this one.
  void ReadPreviousPlanDate(const Field& field) {
    const std::optional<Date> date = reader_.FullDate(field);
    if (!date) return;
    if (!(*date < profile_.plan_date)) {
      reader_.Error(*field.node, field.path + ": " + date->Iso() + " is not before the plan date " +
                                     profile_.plan_date.Iso());
      return;
    }
    profile_.previous_plan_date = date;
  }

  // A list of allergies, or the word none.
  void ReadAllergies(const Field& field) {
    if (!field.given()) return;
    if (field.node->is_scalar() && NormalizeWord(field.node->value) == "none") {
      profile_.allergies.recorded = true;
      return;
    }
    if (field.node->is_sequence() && field.node->items.empty()) {
      reader_.Error(*field.node,
                    field.path + ": the list is empty; write none for no known allergies");
      return;
    }
    if (!field.node->is_sequence()) {
      reader_.Error(*field.node,
                    field.path +
                        ": expected none or a list of allergies (- substance: ...), "
                        "got " +
                        DescribeYamlValue(*field.node),
                    {"write none when there are no known allergies"});
      return;
    }
    profile_.allergies.recorded = true;
    for (const Field& item : reader_.List(field)) {
      const std::optional<MapFields> map = reader_.Map(item);
      if (!map) continue;
      Allergy allergy;
      allergy.loc = NameLoc(*map, "substance");
      Set(reader_.Text(map->Get("substance")), &allergy.substance);
      Set(reader_.Text(map->Get("reaction")), &allergy.reaction);
      profile_.allergies.list.push_back(std::move(allergy));
    }
  }

  void ReadOtherMedicines(const Field& field) {
    for (const Field& item : reader_.List(field)) {
      const std::optional<MapFields> map = reader_.Map(item);
      if (!map) continue;
      OtherMedicine medicine;
      medicine.loc = NameLoc(*map, "name");
      Set(reader_.Text(map->Get("name")), &medicine.name);
      Set(reader_.Text(map->Get("dose")), &medicine.dose);
      Set(reader_.Text(map->Get("notes")), &medicine.notes);
      profile_.other_medicines.push_back(std::move(medicine));
    }
  }

  void ReadAppointments(const Field& field) {
    for (const Field& item : reader_.List(field)) {
      const std::optional<MapFields> map = reader_.Map(item);
      if (!map) continue;
      Appointment appointment;
      appointment.loc = NameLoc(*map, "date");
      const std::optional<Date> date = reader_.FullDate(map->Get("date"));
      if (date) appointment.date = *date;
      ReadClockTime(map->Get("time"), &appointment.time);
      Set(reader_.Text(map->Get("with")), &appointment.with);
      Set(reader_.Text(map->Get("place")), &appointment.place);
      Set(reader_.Text(map->Get("notes")), &appointment.notes);
      if (date) profile_.appointments.push_back(std::move(appointment));
    }
  }

  // HH:MM on the 24-hour clock. Unquoted 10:30 is read by YAML as text too.
  void ReadClockTime(const Field& field, std::string* out) {
    const std::optional<std::string> text = reader_.Text(field);
    if (!text) return;
    const std::string& t = *text;
    const auto digit = [&t](size_t i) { return t[i] >= '0' && t[i] <= '9'; };
    const bool shaped =
        t.size() == 5 && digit(0) && digit(1) && t[2] == ':' && digit(3) && digit(4);
    if (!shaped || std::stoi(t.substr(0, 2)) > 23 || std::stoi(t.substr(3, 2)) > 59) {
      reader_.Error(
          *field.node,
          field.path + ": expected a time as HH:MM (24-hour clock), got " + QuoteForMessage(t),
          {"write it in quotes, such as time: \"09:30\""});
      return;
    }
    *out = t;
  }

  void ReadHomeMonitoring(const Field& field) {
    for (const Field& item : reader_.List(field)) {
      const std::optional<MapFields> map = reader_.Map(item);
      if (!map) continue;
      HomeMonitoring entry;
      entry.loc = NameLoc(*map, "measure");
      const Field measure = map->Get("measure");
      const std::optional<size_t> index = reader_.Word(measure);
      if (index) entry.measure = static_cast<HomeMeasure>(*index);
      entry.every = reader_.IntervalValue(map->Get("every"));
      Set(ReadLevel(map->Get("usual"), entry.measure, index.has_value()), &entry.usual);
      Set(ReadLevel(map->Get("act_at"), entry.measure, index.has_value()), &entry.act_at);
      Set(reader_.Text(map->Get("action")), &entry.action);
      const Field call = map->Get("call");
      if (auto role = reader_.Text(call)) {
        CheckCareTeamRole(call, *role);
        entry.call = std::move(*role);
      }
      if (!index) continue;
      if (IsMeasured(entry.measure)) {
        reader_.Error(*measure.node, measure.path + ": " + ToString(entry.measure) +
                                         " is already in home_monitoring; list each measure once");
        continue;
      }
      profile_.home_monitoring.push_back(std::move(entry));
    }
  }

  bool IsMeasured(HomeMeasure measure) const {
    for (const HomeMonitoring& entry : profile_.home_monitoring)
      if (entry.measure == measure) return true;
    return false;
  }

  // A reading or level, checked for its measure: blood pressure as SYS/DIA,
  // oxygen as a percentage, temperature in degrees Celsius; weight is free text.
  std::optional<std::string> ReadLevel(const Field& field, HomeMeasure measure, bool known) {
    std::optional<std::string> text = reader_.Text(field);
    if (!text || !known) return text;
    const std::string problem = LevelProblem(*text, measure);
    if (problem.empty()) return text;
    reader_.Error(*field.node, field.path + ": " + problem + ", got " + QuoteForMessage(*text));
    return std::nullopt;
  }

  void CheckCareTeamRole(const Field& field, const std::string& role) {
    std::vector<std::string> roles;
    for (const CareTeamMember& member : profile_.care_team) {
      if (NormalizeWord(member.role) == NormalizeWord(role)) return;
      roles.push_back(member.role);
    }
    if (roles.empty()) {
      reader_.Error(
          *field.node,
          field.path + ": " + QuoteForMessage(role) + " is not in care_team, which is empty",
          {"add the contact to care_team, with its role, name and phone"});
      return;
    }
    reader_.Error(*field.node,
                  field.path + ": " + QuoteForMessage(role) +
                      " is not a role in care_team; the roles are " + JoinChoices(roles, "and"),
                  DidYouMean(role, roles));
  }

  void ReadPacket(const Field& field) {
    const std::optional<MapFields> map = reader_.Map(field);
    if (!map) return;
    Packet& packet = profile_.packet;
    Set(reader_.Text(map->Get("title")), &packet.title);
    Set(reader_.Text(map->Get("organisation")), &packet.organisation);
    Set(reader_.Text(map->Get("contact")), &packet.contact);
    ReadPacketSections(map->Get("sections"));
    Set(reader_.Bool(map->Get("blank_forms")), &packet.blank_forms);
  }

  // `all` (also when absent) or a non-empty list of guide section ids.
  void ReadPacketSections(const Field& field) {
    Packet& packet = profile_.packet;
    if (!field.given()) return;  // all_sections stays true
    packet.sections_loc = reader_.Loc(*field.node);
    if (field.node->is_scalar() && field.node->value == "all") return;
    if (field.node->is_sequence() && field.node->items.empty()) {
      reader_.Error(*field.node, field.path +
                                     ": the list is empty; write all, or list at least "
                                     "one guide section id");
      return;
    }
    if (!field.node->is_sequence()) {
      reader_.Error(*field.node, field.path +
                                     ": expected all or a list of guide section ids, got " +
                                     DescribeYamlValue(*field.node));
      return;
    }
    packet.all_sections = false;
    packet.sections = ReadIds(field, &packet.section_locs);
  }

  std::vector<std::string> ReadIds(const Field& field, std::vector<SourceLoc>* locs) {
    std::vector<std::string> ids;
    for (const Field& item : reader_.List(field)) {
      if (auto id = reader_.Text(item)) {
        ids.push_back(std::move(*id));
        locs->push_back(reader_.Loc(*item.node));
      }
    }
    return ids;
  }

  // Where an entry's name is written, or the entry itself when it has none.
  SourceLoc NameLoc(const MapFields& map, std::string_view key) const {
    const Field name = map.Get(key);
    return reader_.Loc(name.given() ? *name.node : map.node());
  }

  // Dates of things that have happened (birth, diagnosis, a start, a test)
  // cannot be later than the day the plan is made for.
  void CheckNotAfterPlanDate(const Field& field, const Date& earliest, const std::string& text) {
    if (earliest <= profile_.plan_date) return;
    std::vector<std::string> hints;
    if (plan_date_is_today_) {
      hints.push_back("the plan date is today unless plan_date: or --date gives another one");
    }
    reader_.Error(*field.node,
                  field.path + ": " + text + " is after the plan date " + profile_.plan_date.Iso(),
                  hints);
  }

  FieldReader reader_;
  const LoadOptions& options_;
  Profile& profile_;
  bool kind_known_ = false;
  bool plan_date_is_today_ = false;
};

std::optional<Profile> Load(std::string_view text, const std::string& file,
                            const LoadOptions& options, Diagnostics* diagnostics) {
  if (!CheckFileSize(text, file, diagnostics)) return std::nullopt;
  std::optional<SourceText> source = yaml::PrepareSourceText(text, file, diagnostics);
  if (!source || !PreScanYaml(*source, file, diagnostics)) return std::nullopt;
  const std::optional<YamlNode> root = yaml::ReadYamlTree(*source, file, diagnostics);
  if (!root) return std::nullopt;
  Profile profile;
  profile.file = file;
  ProfileReader(file, options, diagnostics, &profile).Read(*root);
  return profile;
}

// Appends `found` to `out`, but at most kMaxErrorsPerFile errors (the first
// ones in the file) and one line that says how many there were.
void AppendCapped(const Diagnostics& found, const std::string& file, Diagnostics* out) {
  if (found.error_count() <= kMaxErrorsPerFile) {
    out->Append(found);
    return;
  }
  int errors = 0;
  for (const Diagnostic& diagnostic : found.Sorted()) {
    if (diagnostic.severity == Severity::kError && ++errors > kMaxErrorsPerFile) continue;
    out->Add(diagnostic);
  }
  out->Error(SourceLoc{file, 0, 0}, std::to_string(found.error_count()) +
                                        " errors; only the first " +
                                        std::to_string(kMaxErrorsPerFile) + " are shown");
}

}  // namespace

std::optional<Profile> LoadProfile(std::string_view text, const std::string& file,
                                   const LoadOptions& options, Diagnostics* diagnostics) {
  Diagnostics found;
  std::optional<Profile> profile = Load(text, file, options, &found);
  AppendCapped(found, file, diagnostics);
  if (found.has_errors()) return std::nullopt;
  return profile;
}

}  // namespace careplan::profile
