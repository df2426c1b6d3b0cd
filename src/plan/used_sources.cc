#include "plan/used_sources.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

namespace careplan::plan {
namespace {

// "S24b" -> ("S", 24, "b"), so that ids sort as people count.
std::tuple<std::string, long, std::string> NaturalKey(const std::string& id) {
  size_t digits = 0;
  while (digits < id.size() && !std::isdigit(static_cast<unsigned char>(id[digits]))) ++digits;
  size_t end = digits;
  long number = 0;
  while (end < id.size() && std::isdigit(static_cast<unsigned char>(id[end])) && end - digits < 9) {
    number = number * 10 + (id[end] - '0');
    ++end;
  }
  return {id.substr(0, digits), number, id.substr(end)};
}

void Add(const std::vector<std::string>& ids, std::set<std::string>* used) {
  used->insert(ids.begin(), ids.end());
}

void AddVaccineSources(const CarePlan& plan, std::set<std::string>* used) {
  if (!plan.knowledge) return;
  for (const content::VaccineItem& item : plan.knowledge->vaccines) {
    if (std::find(plan.vaccines.begin(), plan.vaccines.end(), item.text) != plan.vaccines.end()) {
      Add(item.sources, used);
    }
  }
}

}  // namespace

std::vector<std::string> UsedSourceIds(const CarePlan& plan) {
  std::set<std::string> used;
  for (const ChosenSection& chosen : plan.sections) Add(chosen.section->sources, &used);
  for (const ScheduledTest& test : plan.schedule.tests) {
    for (const Reason& reason : test.reasons) Add(reason.sources, &used);
  }
  for (const ChecklistEntry& entry : plan.checklist) Add(entry.reason.sources, &used);
  for (const WarningEntry& warning : plan.warnings) Add(warning.reason.sources, &used);
  for (const MedicineCard& card : plan.medicines) {
    if (card.medicine) {
      Add(card.medicine->purpose_sources, &used);
      for (const content::KeepSafeRule* rule : card.keep_safe) Add(rule->sources, &used);
    }
    for (const content::WarningRule* rule : card.warnings) Add(rule->sources, &used);
  }
  if (plan.needs_blood_pressure_log) {
    Add(plan.blood_pressure_log_reason.sources, &used);
    if (plan.knowledge) Add(plan.knowledge->blood_pressure_how_to.sources, &used);
  }
  AddVaccineSources(plan, &used);
  std::vector<std::string> ids(used.begin(), used.end());
  std::sort(ids.begin(), ids.end(), [](const std::string& a, const std::string& b) {
    return NaturalKey(a) < NaturalKey(b);
  });
  return ids;
}

}  // namespace careplan::plan
