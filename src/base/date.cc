#include "base/date.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cstdio>

namespace careplan {
namespace {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool ParseDigits(std::string_view text, int* value) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  auto result = std::from_chars(text.data(), text.data() + text.size(), *value);
  return result.ec == std::errc();
}

}  // namespace

Date::Date(int year, int month, int day) : year_(year), month_(month), day_(day) {
  assert(year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month));
}

bool Date::IsValidYmd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return false;
  return day >= 1 && day <= DaysInMonth(year, month);
}

int Date::DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

std::optional<Date> Date::FromYmd(int year, int month, int day) {
  if (!IsValidYmd(year, month, day)) return std::nullopt;
  return Date(year, month, day);
}

std::optional<Date> Date::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!ParseDigits(text.substr(0, 4), &year) || !ParseDigits(text.substr(5, 2), &month) ||
      !ParseDigits(text.substr(8, 2), &day)) {
    return std::nullopt;
  }
  return FromYmd(year, month, day);
}

Date Date::FromDaysSinceEpoch(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

int64_t Date::DaysSinceEpoch() const {
  return DaysFromCivil(year_, static_cast<unsigned>(month_), static_cast<unsigned>(day_));
}

Date Date::AddDays(int64_t days) const { return FromDaysSinceEpoch(DaysSinceEpoch() + days); }

Date Date::AddMonths(int months) const {
  const int total = year_ * 12 + (month_ - 1) + months;
  const int year = total / 12;
  const int month = total % 12 + 1;
  const int day = std::min(day_, DaysInMonth(year, month));
  return Date(year, month, day);
}

std::string Date::Iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year_, month_, day_);
  return buffer;
}

std::string Date::Display() const {
  return std::to_string(day_) + " " + std::string(MonthAbbreviation(month_)) + " " +
         std::to_string(year_);
}

std::string_view MonthAbbreviation(int month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  assert(month >= 1 && month <= 12);
  return kNames[month - 1];
}

}  // namespace careplan
