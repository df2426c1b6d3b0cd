#include "plan/compute_plan.h"

#include <algorithm>

#include "content/guide_when.h"
#include "content/person_facts.h"
#include "content/selection.h"
#include "plan/blood_pressure_log.h"
#include "plan/checklist.h"
#include "plan/home_monitoring_plan.h"
#include "plan/interactions.h"
#include "plan/medicine_cards.h"
#include "plan/monitoring_schedule.h"
#include "plan/questions.h"
#include "plan/timeline.h"
#include "plan/unborn_baby_medicines.h"
#include "plan/warning_signs.h"

namespace careplan::plan {

CarePlan ComputePlan(const profile::Profile& profile, const content::Guide& guide,
                     const content::Knowledge& knowledge, Diagnostics* diagnostics) {
  CarePlan plan;
  plan.profile = &profile;
  plan.guide = &guide;
  plan.knowledge = &knowledge;
  plan.timeline.plan_date = profile.plan_date;
  plan.schedule.plan_date = profile.plan_date;
  plan.emergency_number = profile.emergency_number;

  const content::PersonFacts facts = content::MakePersonFacts(profile, knowledge);
  plan.sections = content::SelectSections(profile, facts, guide, diagnostics);
  for (ChosenSection& chosen : plan.sections) {
    chosen.body = content::PersonalBody(*chosen.section, facts);
  }
  if (profile.kind == profile::ProfileKind::kPacket) return plan;

  content::CheckNamesAgainstKnowledge(profile, knowledge, diagnostics);
  plan.timeline = BuildTimeline(profile, knowledge);
  plan.schedule = BuildMonitoringSchedule(profile, knowledge, facts, plan.timeline);
  plan.medicines = BuildMedicineCards(plan.timeline, facts);
  plan.interactions =
      FindInteractions(CurrentAndPlannedNames(plan.timeline, profile.other_medicines), knowledge);
  AddInteractionWarnings(plan.interactions, knowledge, &plan.medicines);
  plan.checklist = BuildChecklist(profile, knowledge, facts);
  plan.warnings = BuildWarningSigns(knowledge, facts, plan.timeline, plan.interactions);
  plan.vaccines = BuildVaccineAdvice(knowledge, facts);
  plan.question_prompts = BuildQuestionPrompts(plan.timeline, plan.schedule, plan.interactions);
  BloodPressureLogDecision blood_pressure =
      DecideBloodPressureLog(profile, knowledge, facts, plan.schedule);
  plan.needs_blood_pressure_log = blood_pressure.needed;
  plan.blood_pressure_log_reason = std::move(blood_pressure.reason);
  const auto asks_for = [&](content::ItemLog log) {
    return std::any_of(plan.checklist.begin(), plan.checklist.end(),
                       [&](const ChecklistEntry& entry) { return entry.log == log; });
  };
  plan.needs_weight_log = HomeEntry(profile, profile::HomeMeasure::kWeight) != nullptr ||
                          asks_for(content::ItemLog::kWeight);
  plan.needs_raynaud_log = asks_for(content::ItemLog::kRaynaud);
  ApplyHomeMonitoring(profile, &plan);
  FillUsualReadings(profile, &plan);
  FillUnbornBabyMedicines(&plan);
  return plan;
}

}  // namespace careplan::plan
