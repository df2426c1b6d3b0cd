// Interval: how often something recurs ("3 months", "weekly"), as written in
// profiles and rules. Adding an interval to a Date uses calendar months and
// years (clamped at month ends), not a fixed number of days. Rules may give
// a range ("3 to 12 months", when a source leaves the choice to the care
// team): it is kept whole, printed as a range and dated from its long end,
// so that nothing is called overdue before the source says it is.
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
  int count_to = 0;  // the long end of a range ("3 to 12 months"): > count; 0 for no range

  bool IsRange() const { return count_to > 0; }
  // Adds the interval (a range's long end).
  Date AddTo(const Date& date) const;
  // Approximate length for ordering intervals (a month counts 30 days; a
  // range counts its short end, as often as a source may ask).
  int NominalDays() const;
  std::string Display() const;  // "weekly", "every 3 months", "every 3 to 12 months"

  bool operator==(const Interval&) const = default;
};

// Accepts "N day(s)|week(s)|month(s)|year(s)" with N a positive whole number,
// and the words daily, weekly, fortnightly, monthly, quarterly, yearly,
// annually. Case-insensitive. On failure sets `error` when given.
std::optional<Interval> ParseInterval(std::string_view text, std::string* error = nullptr);

// As ParseInterval, and also "N to M unit(s)" with 0 < N < M (for rules).
std::optional<Interval> ParseIntervalOrRange(std::string_view text, std::string* error = nullptr);

}  // namespace careplan
