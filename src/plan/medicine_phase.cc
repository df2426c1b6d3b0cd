#include "plan/medicine_phase.h"

#include <map>

namespace careplan::plan {
namespace {

using content::MonitoringRule;
using content::Phase;

std::string InitialText(const ActiveRule& active) {
  std::string text = "first months (";
  if (active.rule->every) text += active.rule->every->Display() + " ";
  text += "until about " + active.step_end.Display();
  if (active.then) text += ", then " + active.then->Display();
  return text + ")";
}

}  // namespace

std::vector<ActiveRule> ActiveMedicineRules(const content::MedicineInfo& medicine,
                                            const Date& started, const Date& plan_date,
                                            const content::PersonFacts& facts) {
  std::vector<const MonitoringRule*> rules;
  std::map<std::string, std::vector<const MonitoringRule*>> chains;
  std::map<std::string, const MonitoringRule*> first_maintenance;
  for (const MonitoringRule& rule : medicine.monitoring) {
    if (!content::EvaluateCondition(rule.when, facts)) continue;
    rules.push_back(&rule);
    if (rule.phase == Phase::kInitial) chains[rule.test].push_back(&rule);
    if (rule.phase == Phase::kMaintenance) first_maintenance.emplace(rule.test, &rule);
  }

  // For each test whose chain is still running: the step in progress.
  std::map<std::string, ActiveRule> in_progress;
  for (const auto& [test, chain] : chains) {
    Date step_start = started;
    for (size_t i = 0; i < chain.size(); ++i) {
      const Date step_end = chain[i]->duration ? chain[i]->duration->AddTo(step_start) : step_start;
      if (plan_date < step_end) {
        ActiveRule active;
        active.rule = chain[i];
        active.stage = MedicineStage::kInitial;
        active.step = static_cast<int>(i) + 1;
        active.step_end = step_end;
        if (i + 1 < chain.size()) {
          active.then = chain[i + 1]->every;
        } else if (auto found = first_maintenance.find(test); found != first_maintenance.end()) {
          active.then = found->second->every;
        }
        active.stage_text = InitialText(active);
        in_progress.emplace(test, active);
        break;
      }
      step_start = step_end;
    }
  }

  std::vector<ActiveRule> active_rules;
  for (const MonitoringRule* rule : rules) {
    switch (rule->phase) {
      case Phase::kInitial: {
        auto found = in_progress.find(rule->test);
        if (found != in_progress.end() && found->second.rule == rule) {
          active_rules.push_back(found->second);
        }
        break;
      }
      case Phase::kMaintenance:
        if (in_progress.count(rule->test) == 0) {
          ActiveRule active;
          active.rule = rule;
          active.stage = MedicineStage::kMaintenance;
          active.stage_text = "maintenance";
          active_rules.push_back(active);
        }
        break;
      case Phase::kOngoing: {
        ActiveRule active;
        active.rule = rule;
        active.stage = MedicineStage::kOngoing;
        active_rules.push_back(active);
        break;
      }
      case Phase::kBaseline:
      case Phase::kFollowUp:
        break;
    }
  }
  return active_rules;
}

}  // namespace careplan::plan
