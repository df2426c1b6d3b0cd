// Home readings as the care team writes them in home_monitoring (`usual`,
// `act_at`): blood pressure "140/90", oxygen "92%", temperature "38.0 C";
// weight stays free text ("2 kg in 3 days"). Used by the loader to check
// them and by the plan to print them.
#pragma once

#include <optional>
#include <string>

#include "profile/profile_additions.h"

namespace careplan::profile {

struct BloodPressureReading {
  int systolic = 0;
  int diastolic = 0;
};

// "140/90" (spaces allowed around the slash; an optional "mmHg" after it).
std::optional<BloodPressureReading> ParseBloodPressure(const std::string& text);

// Empty when `text` is a good reading for `measure`, else what it should be:
// "expected blood pressure as SYS/DIA, such as 140/90".
std::string LevelProblem(const std::string& text, HomeMeasure measure);

}  // namespace careplan::profile
