// The worked example row of the blood-pressure log: two readings a minute
// apart, below the person's level to act, so the example never shows a
// reading that should have been acted on (one reading, one action).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "doc/document.h"
#include "profile/home_levels.h"

namespace careplan::compose {

// The lowest blood-pressure level written in `text` as SYS/DIA ("140/90 or
// higher"): the lowest top and the lowest bottom number; none when the text
// has no reading.
std::optional<profile::BloodPressureReading> LowestLevelIn(const std::string& text);

// The example's two readings: the usual reading (or a made-up one when the
// team gave none) and one a little lower, both clearly below `act_at` when
// there is one. Empty when the usual reading itself is not below `act_at`.
std::vector<profile::BloodPressureReading> ExampleReadings(
    const std::optional<profile::BloodPressureReading>& usual,
    const std::optional<profile::BloodPressureReading>& act_at);

// The row's cells, for the grid's columns: date (marked "Example"), time,
// first reading, second reading, pulse, notes. Empty without readings.
std::vector<doc::RichText> ExampleRow(const std::vector<profile::BloodPressureReading>& readings);

}  // namespace careplan::compose
