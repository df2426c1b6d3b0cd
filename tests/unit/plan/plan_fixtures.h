// Hand-made rules and profiles for the plan/ tests: a realistic subset of
// templates/rules/ (same ids, intervals and conditions), built in code so
// that the tests read no files.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/date.h"
#include "base/interval.h"
#include "base/partial_date.h"
#include "content/condition.h"
#include "content/knowledge.h"
#include "profile/profile.h"
#include "testutil/vocabulary.h"

namespace careplan::plan {

using content::Condition;
using content::ConditionKind;
using content::MedicineStatus;
using content::Phase;
using content::Urgency;

inline Interval Days(int n) { return Interval{n, IntervalUnit::kDays}; }
inline Interval Weeks(int n) { return Interval{n, IntervalUnit::kWeeks}; }
inline Interval Months(int n) { return Interval{n, IntervalUnit::kMonths}; }
inline Interval Years(int n) { return Interval{n, IntervalUnit::kYears}; }

inline PartialDate Ymd(int y, int m, int d) { return PartialDate{y, m, d}; }
inline PartialDate Ym(int y, int m) { return PartialDate{y, m, 0}; }
inline PartialDate Y(int y) { return PartialDate{y, 0, 0}; }

inline Condition Always() { return Condition{}; }

inline Condition Simple(ConditionKind kind, std::string value) {
  Condition condition;
  condition.kind = kind;
  condition.value = std::move(value);
  return condition;
}

inline Condition OrganIs(std::string organ) { return Simple(ConditionKind::kOrgan, organ); }
inline Condition SubtypeIs(std::string subtype) { return Simple(ConditionKind::kSubtype, subtype); }
inline Condition SmokingIs(std::string word) { return Simple(ConditionKind::kSmoking, word); }

inline Condition MedicineIs(std::string id, MedicineStatus status) {
  Condition condition = Simple(ConditionKind::kMedicine, std::move(id));
  condition.status = status;
  condition.statuses = {status};
  return condition;
}

inline Condition FlagIs(std::string flag, MedicineStatus status) {
  Condition condition = Simple(ConditionKind::kMedicineFlag, std::move(flag));
  condition.status = status;
  condition.statuses = {status};
  return condition;
}

inline Condition AnyOf(std::vector<Condition> children) {
  Condition condition;
  condition.kind = ConditionKind::kAny;
  condition.children = std::move(children);
  return condition;
}

inline content::MonitoringRule Rule(std::string test, Phase phase,
                                    std::optional<Interval> every = std::nullopt,
                                    std::optional<Interval> duration = std::nullopt,
                                    std::string note = "",
                                    std::vector<std::string> sources = {"S1"}) {
  content::MonitoringRule rule;
  rule.test = std::move(test);
  rule.phase = phase;
  rule.every = every;
  rule.duration = duration;
  rule.note = std::move(note);
  rule.sources = std::move(sources);
  return rule;
}

inline content::WarningRule Warning(std::string text, Urgency urgency,
                                    std::vector<std::string> sources, Condition when = Always()) {
  content::WarningRule rule;
  rule.text = std::move(text);
  rule.urgency = urgency;
  rule.when = std::move(when);
  rule.sources = std::move(sources);
  return rule;
}

inline content::TestInfo Test(std::string id, std::string name, std::vector<std::string> aliases,
                              std::vector<std::string> sources = {"S1"}) {
  content::TestInfo test;
  test.id = std::move(id);
  test.name = std::move(name);
  test.aliases = std::move(aliases);
  test.why = "Why " + test.id + ".";
  test.sources = std::move(sources);
  return test;
}

// A test done at home (tests.yaml `at_home`).
inline content::TestInfo AtHome(content::TestInfo test) {
  test.at_home = true;
  return test;
}

// A test that is part of a broader one (tests.yaml `part_of`).
inline content::TestInfo PartOf(content::TestInfo test, std::string whole) {
  test.part_of = {std::move(whole)};
  return test;
}

inline content::LifestyleItem Lifestyle(std::string id, Condition when, bool daily) {
  content::LifestyleItem item;
  item.id = id;
  item.text = "Text of " + id + ".";
  item.when = std::move(when);
  item.daily = daily;
  item.sources = {"S31"};
  return item;
}

inline content::OrganRules Organ(std::string id) {
  content::OrganRules organ;
  organ.organ = id;
  organ.applies_when = OrganIs(id);
  return organ;
}

// A subset of templates/rules/ with the same ids, intervals and conditions.
inline content::Knowledge MakeKnowledge() {
  content::Knowledge k;
  k.tests = {
      Test("specialist_review", "Check-up with your scleroderma specialist", {"specialist review"}),
      Test("blood_monitoring", "Blood count, kidney and liver blood tests",
           {"blood monitoring", "blood tests", "bloods"}, {"S14"}),
      PartOf(Test("blood_count", "Blood count", {"blood count", "fbc"}), "blood_monitoring"),
      Test("pulmonary_function_tests", "Breathing tests (lung function tests)",
           {"pft", "pfts", "pulmonary function tests"}, {"S4"}),
      Test("hrct_chest", "Detailed CT scan of the chest (HRCT)", {"hrct", "ct chest"}),
      Test("echocardiogram", "Heart ultrasound (echocardiogram)", {"echo", "echocardiogram"}),
      AtHome(Test("home_blood_pressure", "Blood pressure check at home",
                  {"home bp", "home blood pressure"}, {"S11", "S12", "S13"})),
      Test("office_bp_kidney", "Blood pressure, kidney blood test and urine dip test at the clinic",
           {"clinic bp"}),
      Test("immunoglobulins", "Antibody levels (immunoglobulins)", {"immunoglobulins"}),
      Test("hepatitis_b_screen", "Hepatitis B blood test", {"hepatitis b screen"}),
      Test("viral_screen", "Hepatitis B, hepatitis C and HIV blood tests", {"viral screen"}),
      Test("urine_blood_check", "Urine test for blood", {"urine check"}),
  };

  content::MedicineInfo methotrexate;
  methotrexate.id = "methotrexate";
  methotrexate.name = "Methotrexate";
  methotrexate.aliases = {"methotrexate", "mtx"};
  methotrexate.medicine_class = "standard_immunosuppressant";
  methotrexate.immunosuppressive = true;
  methotrexate.sun_protection = true;
  methotrexate.monitoring = {
      Rule("blood_monitoring", Phase::kBaseline, {}, {}, "Albumin is checked too.", {"S16"}),
      Rule("viral_screen", Phase::kBaseline, {}, {}, "", {"S16"}),
      Rule("blood_monitoring", Phase::kInitial, Weeks(2), Weeks(6),
           "Every 2 weeks until your dose has been stable for 6 weeks.", {"S14"}),
      Rule("blood_monitoring", Phase::kInitial, Months(1), Months(3), "", {"S14"}),
      Rule("blood_monitoring", Phase::kMaintenance, Months(3), {}, "", {"S14", "S15", "S22"}),
  };
  methotrexate.warnings = {
      Warning("Take methotrexate once a week.", Urgency::kInfo, {"S22"}),
      Warning("Call your care team the same day if you have a fever.", Urgency::kSameDay, {"S14"}),
  };

  content::MedicineInfo rituximab;
  rituximab.id = "rituximab";
  rituximab.name = "Rituximab";
  rituximab.aliases = {"rituximab", "mabthera"};
  rituximab.medicine_class = "biologic";
  rituximab.immunosuppressive = true;
  rituximab.monitoring = {
      Rule("hepatitis_b_screen", Phase::kBaseline, {}, {},
           "Both hepatitis B surface antigen and core antibody.", {"S22"}),
      Rule("immunoglobulins", Phase::kBaseline, {}, {}, "", {"S22"}),
      Rule("blood_count", Phase::kBaseline, {}, {}, "", {"S22"}),
      Rule("immunoglobulins", Phase::kOngoing, {}, {}, "Before each course.", {"S22"}),
      Rule("blood_count", Phase::kOngoing, {}, {}, "Before each course.", {"S22"}),
  };
  rituximab.warnings = {
      Warning("Reactions to the drip are most common with the first infusion.", Urgency::kInfo,
              {"S22"}),
      Warning("Call your care team the same day if you have a temperature of 38.0 °C.",
              Urgency::kSameDay, {"S22", "S24b"}),
  };

  content::MedicineInfo cyclophosphamide;
  cyclophosphamide.id = "cyclophosphamide";
  cyclophosphamide.name = "Cyclophosphamide";
  cyclophosphamide.aliases = {"cyclophosphamide", "cyc"};
  cyclophosphamide.medicine_class = "standard_immunosuppressant";
  cyclophosphamide.immunosuppressive = true;
  cyclophosphamide.monitoring = {
      Rule("urine_blood_check", Phase::kOngoing, {}, {},
           "Regularly while you are having treatment.", {"S24"}),
      Rule("urine_blood_check", Phase::kFollowUp, {}, {},
           "From time to time for years after treatment ends.", {"S24"}),
  };

  content::MedicineInfo steroids;
  steroids.id = "glucocorticoids";
  steroids.name = "Steroids (glucocorticoids)";
  steroids.aliases = {"glucocorticoids", "prednisolone", "prednisone"};
  steroids.medicine_class = "glucocorticoid";
  steroids.immunosuppressive = true;
  steroids.monitoring = {
      Rule("office_bp_kidney", Phase::kBaseline, {}, {}, "Blood pressure before you start.",
           {"S9", "S34"}),
      Rule("home_blood_pressure", Phase::kOngoing, Days(2), {},
           "At least 3 times a week, or every other day, while you take steroids.",
           {"S11", "S12", "S34"}),
  };
  steroids.warnings = {
      Warning("Tell every doctor who prescribes for you that you have scleroderma.", Urgency::kInfo,
              {"S34"}),
  };

  content::MedicineInfo hsct;
  hsct.id = "autologous_hsct";
  hsct.name = "Autologous stem cell transplant";
  hsct.aliases = {"autologous stem cell transplantation", "hsct"};
  hsct.medicine_class = "procedure";
  hsct.immunosuppressive = true;
  hsct.monitoring = {
      Rule("pulmonary_function_tests", Phase::kBaseline, {}, {}, "", {"S26"}),
      Rule("echocardiogram", Phase::kBaseline, {}, {}, "", {"S26"}),
  };
  k.medicines = {methotrexate, rituximab, cyclophosphamide, steroids, hsct};

  content::OrganRules lungs = Organ("lungs");
  lungs.monitoring = {
      Rule("pulmonary_function_tests", Phase::kOngoing, Months(3), {},
           "Every 3 to 6 months in the first year. Your team sets the interval.", {"S4"}),
      Rule("hrct_chest", Phase::kOngoing, {}, {}, "Repeated when your team needs it.",
           {"S4", "S16"}),
  };
  lungs.warning_signs = {
      Warning("Your breathing gets worse, or you have a new dry cough", Urgency::kSameDay,
              {"S4", "S18"}),
  };
  lungs.lifestyle = {"stay_active_lungs", "stop_smoking"};

  content::OrganRules heart = Organ("heart");
  heart.monitoring = {Rule("echocardiogram", Phase::kOngoing, Years(1), {}, "", {"S5", "S13"})};
  heart.warning_signs = {
      Warning("Your ankles swell, or you are short of breath when you lie flat", Urgency::kSameDay,
              {"S18", "S36"}),
  };

  content::OrganRules kidneys = Organ("kidneys");
  kidneys.applies_when = AnyOf({OrganIs("kidneys"), SubtypeIs("diffuse cutaneous"),
                                MedicineIs("glucocorticoids", MedicineStatus::kCurrent)});
  kidneys.monitoring = {
      Rule("office_bp_kidney", Phase::kOngoing, {}, {}, "At every clinic visit.", {"S13", "S16"}),
      Rule("home_blood_pressure", Phase::kOngoing, Days(2), {},
           "At least 3 times a week, or every other day.", {"S11", "S12"}),
  };
  kidneys.warning_signs = {
      Warning("You pass much less urine than usual", Urgency::kEmergency, {"S12"}),
  };
  kidneys.lifestyle = {"home_bp_log"};

  const std::string kWhiteFinger =
      "A finger or toe stays white, blue or black and cold, even after you warm it";
  content::OrganRules raynaud = Organ("raynaud");
  raynaud.warning_signs = {Warning(kWhiteFinger, Urgency::kEmergency, {"S30b"})};
  raynaud.lifestyle = {"keep_warm", "stop_smoking"};

  content::OrganRules ulcers = Organ("digital_ulcers");
  ulcers.warning_signs = {
      Warning(kWhiteFinger, Urgency::kEmergency, {"S30b"}),
      Warning("A finger sore (ulcer) gets more painful, red or swollen, or oozes pus",
              Urgency::kSameDay, {"S32"}),
  };
  ulcers.lifestyle = {"keep_warm", "stop_smoking"};
  k.organs = {Organ("skin"),   lungs,
              heart,           Organ("pulmonary_hypertension"),
              kidneys,         Organ("gastrointestinal"),
              raynaud,         ulcers,
              Organ("joints"), Organ("muscles")};

  k.lifestyle = {
      Lifestyle("stop_smoking", SmokingIs("current"), true),
      Lifestyle("stay_smoke_free", SmokingIs("former"), true),
      Lifestyle("keep_warm", AnyOf({OrganIs("raynaud"), OrganIs("digital_ulcers")}), true),
      Lifestyle("stay_active_lungs", OrganIs("lungs"), true),
      Lifestyle("home_bp_log",
                AnyOf({OrganIs("kidneys"), SubtypeIs("diffuse cutaneous"),
                       MedicineIs("glucocorticoids", MedicineStatus::kCurrent)}),
                false),
      Lifestyle("emotional_support", Always(), false),
  };

  k.general_monitoring = {
      Rule("specialist_review", Phase::kOngoing, Years(1), {},
           "At least once a year; more often in early or active disease.", {"S16", "S13"}),
      Rule("hrct_chest", Phase::kBaseline, {}, {},
           "Once for everyone, around the time of diagnosis.", {"S7", "S4"}),
      Rule("pulmonary_function_tests", Phase::kBaseline, {}, {}, "At diagnosis.", {"S4"}),
      Rule("echocardiogram", Phase::kOngoing, Years(1), {}, "", {"S5", "S13", "S18"}),
      Rule("office_bp_kidney", Phase::kOngoing, {}, {}, "At every clinic visit.", {"S13", "S16"}),
  };
  // Details are for clinicians (explain), never printed in the plan.
  k.general_monitoring[3].detail = "Yearly screening is widely used.";
  k.general_warnings = {
      Warning("You suddenly become very short of breath", Urgency::kEmergency, {"S4", "S18"}),
      Warning("You have a temperature of 38.0 °C (100.4 °F) or higher, or chills",
              Urgency::kSameDay, {"S24b", "S15"},
              FlagIs("immunosuppressive", MedicineStatus::kCurrent)),
      Warning("You have chest pain, or you faint", Urgency::kEmergency, {"S18", "S36"}),
  };

  content::VaccineItem flu;
  flu.id = "influenza";
  flu.text = "Have a flu vaccine every year.";
  flu.sources = {"S27"};
  content::VaccineItem shingles;
  shingles.id = "shingles";
  shingles.text = "Ask about the shingles vaccine that is not live.";
  shingles.when = AnyOf({FlagIs("immunosuppressive", MedicineStatus::kCurrent),
                         FlagIs("immunosuppressive", MedicineStatus::kPlanned)});
  shingles.sources = {"S28"};
  k.vaccines = {flu, shingles};
  // The words and home logs as the bundled rules name them (vocabulary.yaml,
  // home_logs.yaml), so that the tests follow the data.
  k.vocabulary = testutil::BundledKnowledge().vocabulary;
  k.home_logs = testutil::BundledKnowledge().home_logs;
  return k;
}

// A patient with no organs, no treatments, planned on 24 Nov 2026.
inline profile::Profile MakeProfile(Date plan_date = Date(2026, 11, 24)) {
  profile::Profile profile;
  profile.file = "test.yaml";
  profile.plan_date = plan_date;
  profile.patient.name = "Test Person";
  profile.diagnosis.condition = "systemic sclerosis";
  return profile;
}

inline profile::Treatment MakeTreatment(std::string name, PartialDate started,
                                        std::optional<PartialDate> stopped = std::nullopt) {
  profile::Treatment treatment;
  treatment.name = std::move(name);
  treatment.started = started;
  treatment.stopped = stopped;
  treatment.outcome = stopped ? profile::Outcome::kInadequateResponse : profile::Outcome::kOngoing;
  return treatment;
}

inline profile::MonitoringEntry MakeEntry(std::string test, std::optional<Date> last_done,
                                          std::optional<Interval> every = std::nullopt) {
  profile::MonitoringEntry entry;
  entry.test = std::move(test);
  entry.last_done = last_done;
  entry.every = every;
  return entry;
}

}  // namespace careplan::plan
