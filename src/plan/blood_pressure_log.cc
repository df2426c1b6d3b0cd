#include "plan/blood_pressure_log.h"

#include <string>

#include "plan/reasons.h"

namespace careplan::plan {

BloodPressureLogDecision DecideBloodPressureLog(const profile::Profile& profile,
                                                const content::Knowledge& knowledge,
                                                const content::PersonFacts& facts,
                                                const MonitoringSchedule& schedule) {
  BloodPressureLogDecision decision;
  if (facts.is_packet) return decision;
  auto add = [&](const std::string& text) {
    decision.needed = true;
    if (!decision.reason.text.empty()) decision.reason.text += "; ";
    decision.reason.text += text;
  };

  if (profile.HasOrgan(profile::Organ::kKidneys)) add("kidney involvement");

  if (profile.diagnosis.subtype == profile::Subtype::kDiffuseCutaneous) {
    const std::optional<PartialDate>& diagnosed = profile.diagnosis.diagnosed_on;
    if (!diagnosed) {
      add("diffuse cutaneous scleroderma (the date of diagnosis is not given)");
    } else if (profile.plan_date < diagnosed->LastDay().AddYears(5)) {
      add("diffuse cutaneous scleroderma, diagnosed less than 5 years ago (" +
          diagnosed->Display() + ")");
    }
  }

  for (const content::MedicineUse& use : facts.medicines) {
    if (use.status == content::MedicineStatus::kCurrent &&
        use.medicine->medicine_class == "glucocorticoid") {
      add("taking " + MedicineLabel(use.medicine, use.medicine->name));
      break;
    }
  }

  if (!decision.needed) {
    for (const ScheduledTest& test : schedule.tests) {
      if (test.test_id == "home_blood_pressure") {
        add("home blood pressure checks are in your monitoring schedule");
        break;
      }
    }
  }

  if (decision.needed) {
    if (const content::TestInfo* test = knowledge.TestById("home_blood_pressure")) {
      decision.reason.sources = test->sources;
    }
  }
  return decision;
}

}  // namespace careplan::plan
