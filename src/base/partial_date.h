// PartialDate: a date known to the year, the month or the day, as profiles
// allow for treatment starts and diagnoses ("2019", "2019-04", "2019-04-15").
// Printed and drawn at the precision it was given.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"

namespace careplan {

enum class DatePrecision { kYear, kMonth, kDay };

struct PartialDate {
  int year = 0;
  int month = 0;  // 0 when precision is kYear
  int day = 0;    // 0 unless precision is kDay

  DatePrecision precision() const;
  Date FirstDay() const;        // 2019 -> 2019-01-01; 2019-04 -> 2019-04-01
  Date LastDay() const;         // 2019 -> 2019-12-31; 2019-04 -> 2019-04-30
  std::string Iso() const;      // "2019", "2019-04", "2019-04-15"
  std::string Display() const;  // "2019", "Apr 2019", "15 Apr 2019"

  static PartialDate FromDate(const Date& date) { return {date.year(), date.month(), date.day()}; }

  auto operator<=>(const PartialDate&) const = default;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a real calendar date.
// On failure returns nullopt and, when `error` is given, says why.
std::optional<PartialDate> ParsePartialDate(std::string_view text, std::string* error = nullptr);

}  // namespace careplan
