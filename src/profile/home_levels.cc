#include "profile/home_levels.h"

#include <cstdlib>
#include <string_view>

namespace careplan::profile {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// A whole number of 1 to 3 digits, or nullopt.
std::optional<int> SmallNumber(std::string_view text) {
  text = Trim(text);
  if (text.empty() || text.size() > 3) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// A decimal number such as 38 or 38.5, or nullopt.
std::optional<double> Decimal(std::string_view text) {
  text = Trim(text);
  if (text.empty() || text.size() > 6) return std::nullopt;
  int dots = 0;
  for (char c : text) {
    if (c == '.') {
      ++dots;
    } else if (c < '0' || c > '9') {
      return std::nullopt;
    }
  }
  if (dots > 1 || text.front() == '.' || text.back() == '.') return std::nullopt;
  return std::strtod(std::string(text).c_str(), nullptr);
}

std::string_view WithoutSuffix(std::string_view text, std::string_view suffix) {
  text = Trim(text);
  if (text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix)
    text.remove_suffix(suffix.size());
  return Trim(text);
}

}  // namespace

std::optional<BloodPressureReading> ParseBloodPressure(const std::string& text) {
  std::string_view rest = WithoutSuffix(text, "mmHg");
  const size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::optional<int> systolic = SmallNumber(rest.substr(0, slash));
  const std::optional<int> diastolic = SmallNumber(rest.substr(slash + 1));
  if (!systolic || !diastolic) return std::nullopt;
  if (*systolic < 50 || *systolic > 300 || *diastolic < 20 || *diastolic >= *systolic)
    return std::nullopt;
  return BloodPressureReading{*systolic, *diastolic};
}

std::string LevelProblem(const std::string& text, HomeMeasure measure) {
  switch (measure) {
    case HomeMeasure::kBloodPressure:
      if (ParseBloodPressure(text)) return "";
      return "expected blood pressure as SYS/DIA, such as 140/90 (systolic 50 to 300, above "
             "the diastolic)";
    case HomeMeasure::kOxygenSaturation: {
      const std::optional<double> percent = Decimal(WithoutSuffix(text, "%"));
      if (percent && *percent >= 50 && *percent <= 100) return "";
      return "expected an oxygen level as a percentage from 50% to 100%, such as 92%";
    }
    case HomeMeasure::kTemperature: {
      std::string_view number = WithoutSuffix(text, "C");
      number = WithoutSuffix(number, "\u00B0");
      const std::optional<double> degrees = Decimal(number);
      if (degrees && *degrees >= 34 && *degrees <= 43) return "";
      return "expected a temperature in degrees Celsius from 34 to 43, such as 38.0 C";
    }
    case HomeMeasure::kWeight:
      return "";
  }
  return "";
}

}  // namespace careplan::profile
