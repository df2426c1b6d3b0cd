// MedicinePhase: which of a current medicine's monitoring rules apply on the
// plan date, counted from the day the medicine was started (see
// templates/README.md section 5). For each test, the `initial` rules form a
// chain of steps in file order, each lasting its `duration`; `maintenance`
// starts when the chain ends (or at the start when there is none); `ongoing`
// applies throughout. Used by the monitoring schedule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "content/knowledge.h"
#include "content/person_facts.h"

namespace careplan::plan {

enum class MedicineStage { kInitial, kMaintenance, kOngoing };

struct ActiveRule {
  const content::MonitoringRule* rule = nullptr;
  MedicineStage stage = MedicineStage::kOngoing;
  int step = 0;               // kInitial: 1-based step of the chain
  Date step_end{1970, 1, 1};  // kInitial: the day the step ends (started + durations)
  // kInitial: the interval that follows this step (the next step's, or the
  // maintenance interval); none when nothing follows.
  std::optional<Interval> then;
  // "first months (every 2 weeks until about 15 Dec 2026, then monthly)",
  // "maintenance", or "" for ongoing rules.
  std::string stage_text;
};

// The rules of a medicine taken since `started` that apply on `plan_date`, in
// the medicine's file order. Rules whose `when` does not hold are dropped
// before the steps are counted. Baseline and follow_up rules are never
// returned: baseline checks were done before starting.
// REQUIRES: started <= plan_date (the medicine is current).
std::vector<ActiveRule> ActiveMedicineRules(const content::MedicineInfo& medicine,
                                            const Date& started, const Date& plan_date,
                                            const content::PersonFacts& facts);

}  // namespace careplan::plan
