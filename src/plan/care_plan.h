// CarePlan: everything the printed plan says about one person (or, for a
// packet, the chosen guide sections and forms), computed from the profile and
// the knowledge in templates/ by ComputePlan (compute_plan.h). Consumed by
// compose (BuildDocument) and by `careplan explain`. Holds pointers into the
// Profile, Guide and Knowledge, which must outlive it. Pure data: no clock.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/interval.h"
#include "base/partial_date.h"
#include "content/guide.h"
#include "content/knowledge.h"
#include "content/selection.h"
#include "plan/interactions.h"
#include "profile/profile.h"

namespace careplan::plan {

using ChosenSection = content::SelectedSection;

// Why something is in the plan, with the sources behind it.
struct Reason {
  std::string text;  // "methotrexate, first 6 weeks", "lung involvement", "your care team"
  std::vector<std::string> sources;
  // Monitoring only: the interval this reason asks for (none: once, or at
  // set moments), the rule's own note and its detail for clinicians, for
  // `careplan explain`.
  std::optional<Interval> every;
  std::string note;
  std::string detail;
  std::string how_often;  // the rule's words for when, without an interval
};

// ---- Treatment timeline ----
struct TimelineEntry {
  std::string name;                                 // as written in the profile
  const content::MedicineInfo* medicine = nullptr;  // null when the rules do not know it
  std::string dose;
  PartialDate started;
  std::optional<PartialDate> stopped;  // none: ongoing
  profile::Outcome outcome = profile::Outcome::kOngoing;
  std::string notes;
  // On the plan date: kCurrent, kPast, or kPlanned (starts after the plan date).
  content::MedicineStatus status = content::MedicineStatus::kCurrent;
};

struct PlannedEntry {
  std::string name;
  const content::MedicineInfo* medicine = nullptr;
  std::optional<PartialDate> target;
  std::string notes;
};

struct Timeline {
  std::vector<TimelineEntry> treatments;  // sorted by start, then as written
  std::vector<PlannedEntry> planned;
  std::optional<PartialDate> diagnosed_on;
  Date plan_date{1970, 1, 1};
};

// ---- Monitoring schedule ----
enum class DueKind {
  kDated,           // next_due is set (may be overdue)
  kAtHome,          // a check the person does at home: "Start now" / "Keep going"
  kNextVisit,       // no last-done date: "at your next visit"
  kBeforeStarting,  // baseline checks for a planned medicine
  kWhenNeeded,      // no interval: as the care team decides (see note)
};

struct ScheduledTest {
  std::string test_id;  // empty for a test the rules do not know
  std::string name;     // plain name (or as written, capitalised, when unknown)
  std::string why;
  std::string brief;  // why in about 8 words (tests.yaml `brief`); empty: use `why`
  // What the plan prints as "For": the person's own reasons in plain words,
  // once each, in the order collected ("your lungs", "nintedanib" as
  // written, "planned rituximab", "past cyclophosphamide"). Rules for
  // everyone and the profile's own entry are flags, not words.
  std::vector<std::string> because;
  bool for_everyone = false;      // a rule for everyone with scleroderma asks for it
  bool listed_by_team = false;    // the profile lists it
  std::optional<Interval> every;  // the shortest interval any reason asks for, or the
                                  // profile's own `every`, which overrides the rules
  // Without `every`: a repeating rule's words for when it is done ("At every
  // clinic visit"), or empty.
  std::string how_often;
  std::optional<Date> last_done;
  // When last_done is the date of a narrower test written in the profile
  // and folded into this row (a "full blood count" in the row "Blood count,
  // kidney and liver blood tests"), that test as written; else empty.
  std::string last_done_of;
  std::optional<Date> next_due;
  bool at_home = false;  // done by the person at home (tests.yaml `at_home`)
  DueKind due = DueKind::kNextVisit;
  bool overdue = false;  // next_due before the plan date
  bool booked = false;   // next_due is the profile's `booked` date
  // As last_done_of, for the booked date: the narrower test that is booked
  // ("right heart catheterisation" in "Heart and lung checks before…").
  std::string booked_of;
  std::vector<Reason> reasons;  // every reason that asks for this test (for explain)
  // Plain notes printed with the row: the start-up steps of a medicine, rule
  // notes, then the profile's own notes (see BuildMonitoringSchedule).
  std::vector<std::string> notes;
};

struct MonitoringSchedule {
  // Dated by next_due, then at the next visit, before starting, when needed;
  // ties by name.
  std::vector<ScheduledTest> tests;
  Date plan_date{1970, 1, 1};
};

// ---- Checklist, warnings, questions ----
struct ChecklistEntry {
  std::string id;  // lifestyle item id; empty for a personal goal
  std::string text;
  bool daily = false;
  bool personal_goal = false;
  content::ItemLog log =
      content::ItemLog::kNone;              // the log page it asks for (lifestyle.yaml `log`)
  std::optional<doc::PictureKind> picture;  // how to do it (lifestyle.yaml `picture`)
  Reason reason;
};

struct WarningEntry {
  std::string text;
  content::Urgency urgency = content::Urgency::kSameDay;
  Reason reason;  // e.g. "kidneys", "rituximab", "everyone"
};

struct MedicineCard {
  const content::MedicineInfo* medicine = nullptr;
  std::string name_as_written;
  std::string dose;
  bool planned = false;
  std::vector<const content::WarningRule*> warnings;
  // The medicine's `keep_safe` rules whose `when` holds, in the rules' order.
  std::vector<const content::KeepSafeRule*> keep_safe = {};
};

// A rules' warning sign that gave way to the care team's own level for a
// home measure (home_monitoring_plan.h), kept for `careplan explain`.
struct ReplacedAdvice {
  std::string measure;  // "blood pressure"
  std::string rules_text;
  content::Urgency rules_urgency = content::Urgency::kSameDay;
  std::vector<std::string> rules_sources;
  std::string team_text;
  content::Urgency team_urgency = content::Urgency::kSameDay;
};

struct CarePlan {
  const profile::Profile* profile = nullptr;
  const content::Guide* guide = nullptr;
  const content::Knowledge* knowledge = nullptr;
  std::vector<ChosenSection> sections;  // in the guide's order

  Timeline timeline;
  MonitoringSchedule schedule;
  std::vector<MedicineCard> medicines;          // current, then planned
  std::vector<FoundInteraction> interactions;   // among current and planned medicines
  std::vector<ChecklistEntry> checklist;        // rules' items, then personal goals
  std::vector<WarningEntry> warnings;           // emergency first, then same day
  std::vector<ReplacedAdvice> replaced_advice;  // rules' signs the team's levels replaced
  std::vector<std::string> vaccines;            // vaccine advice that applies
  std::vector<std::string> question_prompts;    // for "Questions for my next appointment"
  bool needs_blood_pressure_log = false;
  Reason blood_pressure_log_reason;
  // A weight log page: the care team's home_monitoring weight entry, or a
  // checklist item that asks to write the weight down.
  bool needs_weight_log = false;
  // A Raynaud's log page: a checklist item asks to keep a log of the attacks.
  bool needs_raynaud_log = false;

  // The number to call for an ambulance ("999") and a clinic-wide
  // out-of-hours line: the profile's, else the theme's (contact_routes.h).
  // Empty: none, and the plan prints no number.
  std::string emergency_number;
  std::string out_of_hours_line;
};

}  // namespace careplan::plan
