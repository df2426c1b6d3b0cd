// Knowledge: the clinical rules in templates/rules/ as typed data: sources,
// tests, medicines (aliases, class, monitoring by phase, warnings), organs
// (monitoring, warning signs, lifestyle items), lifestyle items and general
// rules. Loaded once by LoadKnowledge (knowledge_loader.h) and shared
// read-only; consumed by selection (content/) and plan computation (plan/).
// Every rule carries the ids of its sources and where it was written.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/interval.h"
#include "base/source_loc.h"
#include "content/condition.h"
#include "doc/document.h"
#include "profile/vocabulary.h"

namespace careplan::content {

struct Source {
  std::string id;
  std::string citation;
  std::string read;  // what of the source was actually read
};

// When in a medicine's course a monitoring rule applies: baseline before
// starting; initial from the start for `duration`; maintenance after the
// initial phase; ongoing for as long as it is taken (or always, for organs);
// follow_up after it has stopped (e.g. urine checks after cyclophosphamide).
enum class Phase { kBaseline, kInitial, kMaintenance, kOngoing, kFollowUp };

enum class Urgency { kInfo, kSameDay, kEmergency };

struct MonitoringRule {
  std::string test;  // a test id from tests.yaml
  Phase phase = Phase::kOngoing;
  std::optional<Interval> every;     // none: at set moments only (see note)
  std::optional<Interval> duration;  // initial phase length
  std::string note;                  // plain text for the patient
  std::string detail;                // for clinicians (`careplan explain`), never printed
  // Without `every`: when it is done, in a few words for the "How often"
  // column ("At every clinic visit"); empty: "As your team decides".
  std::string how_often;
  Condition when;  // extra condition (default: always)
  std::vector<std::string> sources;
  SourceLoc loc;
};

struct WarningRule {
  std::string text;
  // How it reads among the warning signs (the end of "Call your care team the
  // same day if…"); empty: `text`. Rules with the same sign are listed once.
  std::string sign;
  Urgency urgency = Urgency::kInfo;
  Condition when;  // default: always
  std::vector<std::string> sources;
  SourceLoc loc;
};

struct TestInfo {
  std::string id;
  std::string name;                  // plain name printed to the patient
  std::vector<std::string> aliases;  // lowercase spellings matched in profiles
  std::string why;
  std::string brief;  // why in about 8 words, for Part 1's table; empty: `why`
  std::vector<std::string> sources;
  // Done by the person at home (home blood pressure): no visit to book, so
  // the plan says "Start now" or "Keep going" instead of a due date.
  bool at_home = false;
  // The ids of the broader tests this one is part of (a blood count is part
  // of "blood count, kidney and liver blood tests"; a urine dipstick is part
  // of the clinic kidney check and is the urine test for blood), or empty. A
  // profile's entry for a part dates the broader tests' rows when only those
  // are asked for, and only when it agrees with them (see
  // BuildMonitoringSchedule).
  std::vector<std::string> part_of;
  // The parts of this broader test are taken together (one blood sample):
  // a part the team does more often than the rules ask sets this row's
  // interval, instead of a second row with a different interval for the
  // same blood test.
  bool taken_together = false;
  // Names of a clinic test that mean this home check when written with an
  // interval shorter than a month ("blood pressure" written weekly).
  std::vector<std::string> frequent_aliases;
  // A name recognised in profiles with no advice of its own (no source gives
  // a why): its row is printed as written, with the profile's interval.
  bool name_only = false;
  SourceLoc loc;
};

// A short rule for Part 1's medicines table ("Never stop it suddenly.").
struct KeepSafeRule {
  std::string text;
  std::vector<std::string> sources;
  // An interaction id: when the person's medicines set it off, its own line
  // says this rule already, so this one is left out (no line said twice).
  std::string left_out_with;
  // Whom the rule is for (contraception only for someone who could become
  // pregnant); default: always.
  Condition when = {};
};

struct MedicineInfo {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;  // lowercase, brand names included
  std::string medicine_class;        // standard_immunosuppressant | biologic | ...
  bool immunosuppressive = false;
  bool sun_protection = false;
  std::string purpose;  // what it is for, plain
  std::vector<std::string> purpose_sources;
  bool harms_unborn_baby = false;  // carries a pregnancy warning (medicines.yaml)
  std::vector<std::string> harms_unborn_baby_sources;
  std::vector<MonitoringRule> monitoring;
  std::vector<WarningRule> warnings;
  std::vector<KeepSafeRule> keep_safe;  // at most two, in print order; empty: see compose
  SourceLoc loc;
};

// Two medicines that must not meet, or that the team must know are taken
// together (medicines.yaml `interactions`). It applies when a person takes
// one of `medicines` and, as another entry, one of `with` or a name in
// `with_names` (for medicines the rules do not describe, such as allopurinol).
struct InteractionRule {
  std::string id;
  std::vector<std::string> medicines;   // medicine ids on one side
  std::vector<std::string> with;        // medicine ids on the other side
  std::vector<std::string> with_names;  // lowercase spellings on the other side
  WarningRule warning;                  // text, sign, urgency and sources
  std::string keep_safe;                // short form for the medicines table; empty: text
  // A question for the next visit ("My {other} and {medicine} must never be
  // used together…"), with the names as written; empty: none.
  std::string question;
  SourceLoc loc;
};

struct OrganRules {
  std::string organ;       // profile organ_involvement id
  Condition applies_when;  // default {organ: <organ>}; kidneys also for diffuse disease
  std::vector<MonitoringRule> monitoring;
  std::vector<WarningRule> warning_signs;
  std::vector<std::string> lifestyle;  // lifestyle item ids
  SourceLoc loc;
};

// The log page a checklist item asks the person to keep (lifestyle.yaml
// `log`): their weight, or their Raynaud's attacks.
enum class ItemLog { kNone, kWeight, kRaynaud };

struct LifestyleItem {
  std::string id;
  std::string text;
  Condition when;
  bool daily = false;  // a daily habit for the weekly tracker
  // `log: weight` or `log: raynaud`: the item asks the person to write down
  // their weight or their Raynaud's attacks, so the plan gets that log page.
  ItemLog log = ItemLog::kNone;
  // `with_team_level`: the words used instead of `text` when the care team
  // gives its own level for the logged measure (profile home_monitoring), so
  // that the checklist and the log say the same; "{every}" becomes the team's
  // interval ("weekly"). Empty: `text` is always used.
  std::string with_team_level;
  // `picture: NAME`: the drawing that shows how (doc/picture_names.h), printed
  // on the My week page beside the habit's row.
  std::optional<doc::PictureKind> picture;
  std::vector<std::string> sources;
  SourceLoc loc;
};

struct VaccineItem {
  std::string id;
  std::string text;
  Condition when;
  std::vector<std::string> sources;
  SourceLoc loc;
};

// Numbered steps for a measurement the person makes at home, with sources.
struct HowTo {
  std::vector<std::string> steps;
  std::vector<std::string> sources;
};

// A point for the clinician's eyes only (`careplan explain`), never printed
// for the patient: a missing baseline test, a transplant selection criterion.
struct ReviewFlag {
  std::string id;
  std::string kind;  // the heading it is listed under: "missing baseline", "stem cell transplant"
  std::string text;
  Condition when;
  // A test id: the flag holds only while the profile records no date
  // (last done or booked) for that test.
  std::string unless_recorded;
  std::vector<std::string> sources;
  SourceLoc loc;
};

// One thing that calls for a home log (home_logs.yaml): a condition, and for
// a condition about the disease itself, how recent the diagnosis must be.
struct HomeLogTrigger {
  Condition when;
  // Only in the first years after diagnosis: the last possible day of
  // diagnosed_on is less than this before the plan date, or no date is given.
  std::optional<Interval> diagnosed_within;
  std::string reason;  // plain words; empty: the condition's own (PlainMatch)
  SourceLoc loc;
};

// A fill-in-by-hand log the plan carries (C++ knows how to draw each `log`
// kind; the rules say when): added when any trigger holds, or when `test` is
// in the monitoring schedule. Its sources are those of `test`.
struct HomeLogRule {
  std::string log;   // the kind of log: blood_pressure
  std::string test;  // a test id from tests.yaml
  std::vector<HomeLogTrigger> triggers;
  std::string when_scheduled;  // the reason when only the schedule asks for it
  SourceLoc loc;
};

struct Knowledge {
  // The words of this rules folder (vocabulary.yaml).
  profile::Vocabulary vocabulary;
  std::vector<HomeLogRule> home_logs;
  std::map<std::string, Source> sources;
  std::vector<TestInfo> tests;
  std::vector<MedicineInfo> medicines;
  std::vector<InteractionRule> interactions;
  std::vector<OrganRules> organs;
  std::vector<LifestyleItem> lifestyle;
  std::vector<MonitoringRule> general_monitoring;  // everyone with the condition
  std::vector<WarningRule> general_warnings;
  std::vector<VaccineItem> vaccines;
  HowTo blood_pressure_how_to;           // printed on the blood-pressure log; empty: none
  std::vector<ReviewFlag> review_flags;  // general.yaml `review_flags`

  // Match of a name as written in a profile against ids, names and aliases,
  // ignoring case, surrounding white space and runs of inner white space;
  // nullptr when unknown.
  const MedicineInfo* FindMedicine(std::string_view name) const;
  const TestInfo* FindTest(std::string_view name) const;
  // FindTest for a profile's entry: a name of a clinic test written with an
  // interval shorter than a month is the home check that has it among its
  // `frequent_aliases`.
  const TestInfo* FindWrittenTest(std::string_view name,
                                  const std::optional<Interval>& every) const;
  const TestInfo* TestById(std::string_view id) const;
  const MedicineInfo* MedicineById(std::string_view id) const;
  const OrganRules* OrganById(std::string_view id) const;
  const LifestyleItem* LifestyleById(std::string_view id) const;
  const HomeLogRule* HomeLog(std::string_view log) const;  // nullptr when no rule has it
  // Every spelling that FindMedicine / FindTest accepts, for "did you mean".
  std::vector<std::string> MedicineSpellings() const;
  std::vector<std::string> TestSpellings() const;
};

}  // namespace careplan::content
