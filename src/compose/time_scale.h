// TimeScale: the time axis of the treatment timeline. Maps dates to x
// positions and picks the ticks: years, or months when the span is under two
// years, labelled only as often as the labels fit side by side.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "compose/measures.h"

namespace careplan::compose {

struct Tick {
  double x = 0;
  std::string label;       // "2024", or "Mar" by month; empty for a minor tick
  std::string year_label;  // by month: the year under the first label and each "Jan"
};

class TimeScale {
 public:
  // Covers first..last: from 1 Jan of first's year (by month: the 1st of its
  // month) to the end of the month after last, with some room after it.
  // REQUIRES: first <= last, left_x < right_x.
  TimeScale(const Date& first, const Date& last, double left_x, double right_x);

  double X(const Date& date) const;
  bool by_month() const { return by_month_; }
  const Date& start() const { return start_; }
  const Date& end() const { return end_; }

  // Ticks from start to end; labels chosen so that none overlap and each
  // lies within [min_x, max_x] when centred on its tick.
  std::vector<Tick> Ticks(const Measures& style, double min_x, double max_x) const;

 private:
  std::vector<Tick> YearTicks(const Measures& style, double min_x, double max_x) const;
  std::vector<Tick> MonthTicks(const Measures& style, double min_x, double max_x) const;

  Date start_;
  Date end_;
  double left_x_;
  double right_x_;
  bool by_month_;
};

}  // namespace careplan::compose
