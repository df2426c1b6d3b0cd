#include "compose/time_scale.h"

#include <algorithm>
#include <initializer_list>

namespace careplan::compose {
namespace {

constexpr int64_t kTwoYearsDays = 730;

Date FirstOfMonth(const Date& date) { return Date(date.year(), date.month(), 1); }

// The first of the month after `date` plus the room asked for.
Date EndAfter(const Date& first, const Date& last, bool by_month) {
  const int64_t span = last.DaysSinceEpoch() - first.DaysSinceEpoch();
  const int64_t room = std::max<int64_t>(by_month ? 20 : 60, span / 12);
  return FirstOfMonth(last.AddDays(room)).AddMonths(1);
}

// The smallest step (in years or months) at which labels of this width fit.
int Step(double label_width, double unit_width, std::initializer_list<int> steps) {
  for (int step : steps) {
    if (step * unit_width >= label_width) return step;
  }
  return *(steps.end() - 1);
}

bool LabelFits(double x, double width, double min_x, double max_x) {
  return x - width / 2 >= min_x && x + width / 2 <= max_x;
}

}  // namespace

TimeScale::TimeScale(const Date& first, const Date& last, double left_x, double right_x)
    : start_(first),
      end_(last),
      left_x_(left_x),
      right_x_(right_x),
      by_month_(last.DaysSinceEpoch() - first.DaysSinceEpoch() < kTwoYearsDays) {
  start_ = by_month_ ? FirstOfMonth(first) : Date(first.year(), 1, 1);
  end_ = EndAfter(first, last, by_month_);
  if (by_month_) end_ = std::max(end_, start_.AddMonths(3));
}

double TimeScale::X(const Date& date) const {
  const double days = static_cast<double>(end_.DaysSinceEpoch() - start_.DaysSinceEpoch());
  const double at = static_cast<double>(date.DaysSinceEpoch() - start_.DaysSinceEpoch());
  return left_x_ + (right_x_ - left_x_) * at / days;
}

std::vector<Tick> TimeScale::Ticks(const Measures& style, double min_x, double max_x) const {
  return by_month_ ? MonthTicks(style, min_x, max_x) : YearTicks(style, min_x, max_x);
}

std::vector<Tick> TimeScale::YearTicks(const Measures& style, double min_x, double max_x) const {
  const double gap = 0.8 * style.text_size_pt;
  const double year_width = X(Date(2001, 1, 1)) - X(Date(2000, 1, 1));
  const double label_width = style.Measure("2000") + gap;
  const int step = Step(label_width, year_width, {1, 2, 5, 10, 20, 50, 100, 200, 500});
  const bool minor = year_width >= 0.4 * style.text_size_pt;
  std::vector<Tick> ticks;
  for (int year = start_.year(); Date(year, 1, 1) <= end_; ++year) {
    const bool major = year % step == 0;
    if (!major && !minor) continue;
    Tick tick;
    tick.x = X(Date(year, 1, 1));
    const std::string label = std::to_string(year);
    if (major && LabelFits(tick.x, style.Measure(label), min_x, max_x)) tick.label = label;
    ticks.push_back(tick);
  }
  return ticks;
}

std::vector<Tick> TimeScale::MonthTicks(const Measures& style, double min_x, double max_x) const {
  const double gap = 0.8 * style.text_size_pt;
  const double month_width = (X(end_) - X(start_)) * 30.44 /
                             static_cast<double>(end_.DaysSinceEpoch() - start_.DaysSinceEpoch());
  double label_width = 0;
  for (int month = 1; month <= 12; ++month) {
    label_width = std::max(label_width, style.Measure(MonthAbbreviation(month)));
  }
  const int step = Step(label_width + gap, month_width, {1, 2, 3, 6, 12});
  std::vector<Tick> ticks;
  bool year_shown = false;
  double last_year_right = min_x;
  for (Date date = start_; date <= end_; date = date.AddMonths(1)) {
    Tick tick;
    tick.x = X(date);
    const std::string label(MonthAbbreviation(date.month()));
    if ((date.month() - 1) % step == 0 && LabelFits(tick.x, style.Measure(label), min_x, max_x)) {
      tick.label = label;
      const std::string year = std::to_string(date.year());
      const double width = style.Measure(year);
      if ((!year_shown || date.month() == 1) && LabelFits(tick.x, width, min_x, max_x) &&
          tick.x - width / 2 >= last_year_right + gap) {
        tick.year_label = year;
        year_shown = true;
        last_year_right = tick.x + width / 2;
      }
    }
    ticks.push_back(tick);
  }
  return ticks;
}

}  // namespace careplan::compose
