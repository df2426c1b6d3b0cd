// Interval: how often something recurs ("3 months", "weekly"), as written in
// profiles and rules. Adding an interval to a Date uses calendar months and
// years (clamped at month ends), not a fixed number of days.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"

namespace careplan {

enum class IntervalUnit { kDays, kWeeks, kMonths, kYears };

struct Interval {
  int count = 1;  // > 0
  IntervalUnit unit = IntervalUnit::kMonths;

  Date AddTo(const Date& date) const;
  // Approximate length for ordering intervals (a month counts 30 days).
  int NominalDays() const;
  std::string Display() const;  // "weekly", "every 3 months", "every year"

  bool operator==(const Interval&) const = default;
};

// Accepts "N day(s)|week(s)|month(s)|year(s)" with N a positive whole number,
// and the words daily, weekly, fortnightly, monthly, quarterly, yearly,
// annually. Case-insensitive. On failure sets `error` when given.
std::optional<Interval> ParseInterval(std::string_view text, std::string* error = nullptr);

}  // namespace careplan
