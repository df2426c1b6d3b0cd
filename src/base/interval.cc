#include "base/interval.h"

#include <array>
#include <cctype>
#include <charconv>
#include <utility>

namespace careplan {
namespace {

std::string Lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

std::optional<IntervalUnit> ParseUnit(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, IntervalUnit>, 8> kUnits = {{
      {"day", IntervalUnit::kDays},
      {"days", IntervalUnit::kDays},
      {"week", IntervalUnit::kWeeks},
      {"weeks", IntervalUnit::kWeeks},
      {"month", IntervalUnit::kMonths},
      {"months", IntervalUnit::kMonths},
      {"year", IntervalUnit::kYears},
      {"years", IntervalUnit::kYears},
  }};
  for (const auto& [name, unit] : kUnits)
    if (name == word) return unit;
  return std::nullopt;
}

std::optional<Interval> ParseWord(std::string_view word) {
  if (word == "daily") return Interval{1, IntervalUnit::kDays};
  if (word == "weekly") return Interval{1, IntervalUnit::kWeeks};
  if (word == "fortnightly") return Interval{2, IntervalUnit::kWeeks};
  if (word == "monthly") return Interval{1, IntervalUnit::kMonths};
  if (word == "quarterly") return Interval{3, IntervalUnit::kMonths};
  if (word == "yearly" || word == "annually") return Interval{1, IntervalUnit::kYears};
  return std::nullopt;
}

}  // namespace

Date Interval::AddTo(const Date& date) const {
  const int count = IsRange() ? count_to : this->count;
  switch (unit) {
    case IntervalUnit::kDays:
      return date.AddDays(count);
    case IntervalUnit::kWeeks:
      return date.AddDays(7LL * count);
    case IntervalUnit::kMonths:
      return date.AddMonths(count);
    case IntervalUnit::kYears:
      return date.AddYears(count);
  }
  return date;
}

int Interval::NominalDays() const {
  switch (unit) {
    case IntervalUnit::kDays:
      return count;
    case IntervalUnit::kWeeks:
      return 7 * count;
    case IntervalUnit::kMonths:
      return 30 * count;
    case IntervalUnit::kYears:
      return 365 * count;
  }
  return count;
}

std::string Interval::Display() const {
  static constexpr std::array<std::string_view, 4> kSingular = {"day", "week", "month", "year"};
  static constexpr std::array<std::string_view, 4> kAdverb = {"daily", "weekly", "monthly",
                                                              "yearly"};
  const auto index = static_cast<size_t>(unit);
  if (IsRange()) {
    return "every " + std::to_string(count) + " to " + std::to_string(count_to) + " " +
           std::string(kSingular[index]) + "s";
  }
  if (count == 1) return std::string(kAdverb[index]);
  return "every " + std::to_string(count) + " " + std::string(kSingular[index]) + "s";
}

std::optional<Interval> ParseInterval(std::string_view text, std::string* error) {
  const std::string lower = Lowercase(Trim(text));
  if (auto word = ParseWord(lower)) return word;
  const size_t space = lower.find(' ');
  Interval interval;
  if (space != std::string::npos) {
    const std::string_view number = std::string_view(lower).substr(0, space);
    const auto unit = ParseUnit(Trim(std::string_view(lower).substr(space + 1)));
    const auto parsed =
        std::from_chars(number.data(), number.data() + number.size(), interval.count);
    const bool whole = parsed.ec == std::errc() && parsed.ptr == number.data() + number.size();
    if (whole && unit && interval.count > 0 && interval.count <= 1000) {
      interval.unit = *unit;
      return interval;
    }
    if (whole && unit) {
      if (error) *error = "an interval must be a whole number from 1 to 1000";
      return std::nullopt;
    }
  }
  if (error)
    *error =
        "expected an interval such as \"3 months\", \"2 weeks\", \"1 year\", weekly, monthly, "
        "quarterly or yearly";
  return std::nullopt;
}

std::optional<Interval> ParseIntervalOrRange(std::string_view text, std::string* error) {
  const std::string lower = Lowercase(Trim(text));
  const size_t to = lower.find(" to ");
  if (to == std::string::npos) return ParseInterval(text, error);
  // "3 to 12 months": the long end carries the unit; the short end is a number.
  const std::string_view first = Trim(std::string_view(lower).substr(0, to));
  auto long_end = ParseInterval(std::string_view(lower).substr(to + 4), error);
  if (!long_end) return std::nullopt;
  int short_count = 0;
  const auto parsed = std::from_chars(first.data(), first.data() + first.size(), short_count);
  const bool whole = parsed.ec == std::errc() && parsed.ptr == first.data() + first.size();
  if (!whole || short_count <= 0 || short_count >= long_end->count) {
    if (error) *error = "a range is written \"3 to 12 months\", the first number the smaller";
    return std::nullopt;
  }
  return Interval{short_count, long_end->unit, long_end->count};
}

}  // namespace careplan
