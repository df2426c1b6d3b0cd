#include "compose/bp_log_example.h"

#include <algorithm>
#include <cctype>

namespace careplan::compose {
namespace {

// A made-up reading for someone whose usual reading the plan does not know,
// well under the 140/90 of the rules' warning sign.
constexpr profile::BloodPressureReading kMadeUpReading{118, 76};
// How far under the level to act a made-up reading stays.
constexpr int kSystolicMargin = 15;
constexpr int kDiastolicMargin = 10;
// The second reading is a little lower than the first.
constexpr int kSecondReadingDrop = 2;

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

bool IsBelow(const profile::BloodPressureReading& reading,
             const profile::BloodPressureReading& level) {
  return reading.systolic < level.systolic && reading.diastolic < level.diastolic;
}

std::string Words(const profile::BloodPressureReading& reading) {
  return std::to_string(reading.systolic) + "/" + std::to_string(reading.diastolic);
}

}  // namespace

std::optional<profile::BloodPressureReading> LowestLevelIn(const std::string& text) {
  std::optional<profile::BloodPressureReading> lowest;
  for (size_t start = 0; start < text.size(); ++start) {
    if (!IsDigit(text[start]) || (start > 0 && IsDigit(text[start - 1]))) continue;
    size_t end = start;
    while (end < text.size() && IsDigit(text[end])) ++end;
    if (end >= text.size() || text[end] != '/') continue;
    ++end;
    while (end < text.size() && IsDigit(text[end])) ++end;
    const auto reading = profile::ParseBloodPressure(text.substr(start, end - start));
    if (!reading) continue;
    if (!lowest) {
      lowest = reading;
      continue;
    }
    lowest->systolic = std::min(lowest->systolic, reading->systolic);
    lowest->diastolic = std::min(lowest->diastolic, reading->diastolic);
  }
  return lowest;
}

std::vector<profile::BloodPressureReading> ExampleReadings(
    const std::optional<profile::BloodPressureReading>& usual,
    const std::optional<profile::BloodPressureReading>& act_at) {
  profile::BloodPressureReading first = usual.value_or(kMadeUpReading);
  if (!usual && act_at) {
    first.systolic = std::min(first.systolic, act_at->systolic - kSystolicMargin);
    first.diastolic = std::min(first.diastolic, act_at->diastolic - kDiastolicMargin);
  }
  const profile::BloodPressureReading second{first.systolic - kSecondReadingDrop,
                                             first.diastolic - kSecondReadingDrop};
  if (first.diastolic <= 0 || second.diastolic <= 0 || second.systolic <= second.diastolic) {
    return {};
  }
  if (act_at && !IsBelow(first, *act_at)) return {};
  return {first, second};
}

std::vector<doc::RichText> ExampleRow(const std::vector<profile::BloodPressureReading>& readings) {
  if (readings.size() != 2) return {};
  return {{{"Example", doc::TextStyle::kBold}, {"\n3 Mar", doc::TextStyle::kRegular}},
          doc::Plain("8:15 am"),
          doc::Plain(Words(readings[0])),
          doc::Plain(Words(readings[1])),
          doc::Plain("72"),
          doc::Plain("Felt fine")};
}

}  // namespace careplan::compose
