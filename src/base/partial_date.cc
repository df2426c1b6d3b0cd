#include "base/partial_date.h"

#include <charconv>
#include <cstdio>

namespace careplan {
namespace {

bool ParseFixedDigits(std::string_view text, size_t width, int* value) {
  if (text.size() != width) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return std::from_chars(text.data(), text.data() + text.size(), *value).ec == std::errc();
}

void SetError(std::string* error, std::string message) {
  if (error) *error = std::move(message);
}

}  // namespace

DatePrecision PartialDate::precision() const {
  if (month == 0) return DatePrecision::kYear;
  if (day == 0) return DatePrecision::kMonth;
  return DatePrecision::kDay;
}

Date PartialDate::FirstDay() const { return Date(year, month ? month : 1, day ? day : 1); }

Date PartialDate::LastDay() const {
  const int last_month = month ? month : 12;
  return Date(year, last_month, day ? day : Date::DaysInMonth(year, last_month));
}

std::string PartialDate::Iso() const {
  char buffer[16];
  switch (precision()) {
    case DatePrecision::kYear:
      std::snprintf(buffer, sizeof buffer, "%04d", year);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
      break;
    case DatePrecision::kDay:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buffer;
}

std::string PartialDate::Display() const {
  switch (precision()) {
    case DatePrecision::kYear:
      return std::to_string(year);
    case DatePrecision::kMonth:
      return std::string(MonthAbbreviation(month)) + " " + std::to_string(year);
    case DatePrecision::kDay:
      break;
  }
  return FirstDay().Display();
}

std::optional<PartialDate> ParsePartialDate(std::string_view text, std::string* error) {
  const std::string expected = "expected a date as YYYY, YYYY-MM or YYYY-MM-DD";
  PartialDate date;
  if (!ParseFixedDigits(text.substr(0, 4), 4, &date.year) ||
      (text.size() != 4 && text.size() != 7 && text.size() != 10)) {
    SetError(error, expected);
    return std::nullopt;
  }
  if (date.year < 1) {
    SetError(error, "year 0000 is not a date");
    return std::nullopt;
  }
  if (text.size() >= 7) {
    if (text[4] != '-' || !ParseFixedDigits(text.substr(5, 2), 2, &date.month)) {
      SetError(error, expected);
      return std::nullopt;
    }
    if (date.month < 1 || date.month > 12) {
      SetError(error, "month " + std::string(text.substr(5, 2)) + " does not exist");
      return std::nullopt;
    }
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !ParseFixedDigits(text.substr(8, 2), 2, &date.day)) {
      SetError(error, expected);
      return std::nullopt;
    }
    if (!Date::IsValidYmd(date.year, date.month, date.day)) {
      SetError(error, std::string(text) + " is not a calendar date");
      return std::nullopt;
    }
  }
  return date;
}

}  // namespace careplan
