// Date: a real calendar date (proleptic Gregorian), the value type for plan
// dates, last-done dates and next-due dates. All date arithmetic in the
// program goes through it, so month ends and leap years are handled once.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace careplan {

class Date {
 public:
  // REQUIRES: a real day of a year from 1 on. Parsing accepts years up to
  // 9999 only (IsValidYmd), but arithmetic may go past it (a test last done
  // in 9990 plus 1000 years); such a date prints with five digits.
  Date(int year, int month, int day);

  static bool IsValidYmd(int year, int month, int day);
  static int DaysInMonth(int year, int month);
  // The date, or nullopt when the day does not exist (2026-02-30).
  static std::optional<Date> FromYmd(int year, int month, int day);
  // Parses exactly "YYYY-MM-DD"; nullopt for anything else or a non-date.
  static std::optional<Date> ParseIso(std::string_view text);
  static Date FromDaysSinceEpoch(int64_t days);  // 1970-01-01 is day 0

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  int64_t DaysSinceEpoch() const;

  Date AddDays(int64_t days) const;
  // Calendar months; a day past the end of the target month is clamped to its
  // last day (31 Jan + 1 month = 28 or 29 Feb).
  Date AddMonths(int months) const;
  Date AddYears(int years) const { return AddMonths(years * 12); }

  std::string Iso() const;      // "2026-12-10"
  std::string Display() const;  // "10 Dec 2026", the form printed in plans

  auto operator<=>(const Date&) const = default;

 private:
  int year_;
  int month_;
  int day_;
};

// "Jan".."Dec"; REQUIRES: 1 <= month <= 12.
std::string_view MonthAbbreviation(int month);

}  // namespace careplan
