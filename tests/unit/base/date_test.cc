#include "base/date.h"

#include <gtest/gtest.h>

#include "base/interval.h"
#include "base/partial_date.h"

namespace careplan {
namespace {

TEST(DateTest, MonthEndIsClampedWhenAddingMonths) {
  EXPECT_EQ(Date(2026, 1, 31).AddMonths(1), Date(2026, 2, 28));
  EXPECT_EQ(Date(2028, 1, 31).AddMonths(1), Date(2028, 2, 29));  // leap year
  EXPECT_EQ(Date(2026, 3, 31).AddMonths(-1), Date(2026, 2, 28));
  EXPECT_EQ(Date(2026, 11, 30).AddMonths(3), Date(2027, 2, 28));
}

TEST(DateTest, LeapDayPlusOneYearIsEndOfFebruary) {
  EXPECT_EQ(Date(2024, 2, 29).AddYears(1), Date(2025, 2, 28));
  EXPECT_EQ(Date(2024, 2, 29).AddYears(4), Date(2028, 2, 29));
}

TEST(DateTest, DaysRoundTripThroughEpoch) {
  EXPECT_EQ(Date(1970, 1, 1).DaysSinceEpoch(), 0);
  EXPECT_EQ(Date(2026, 11, 24).AddDays(7), Date(2026, 12, 1));
  EXPECT_EQ(Date(2000, 3, 1).AddDays(-1), Date(2000, 2, 29));
  EXPECT_EQ(Date(1900, 3, 1).AddDays(-1), Date(1900, 2, 28));
  for (int64_t d = -1000; d < 100000; d += 37) {
    EXPECT_EQ(Date::FromDaysSinceEpoch(d).DaysSinceEpoch(), d);
  }
}

TEST(DateTest, ParsesOnlyRealIsoDates) {
  EXPECT_EQ(Date::ParseIso("2026-02-28"), Date(2026, 2, 28));
  EXPECT_FALSE(Date::ParseIso("2026-02-30"));
  EXPECT_FALSE(Date::ParseIso("2026-2-3"));
  EXPECT_FALSE(Date::ParseIso("2026-13-01"));
  EXPECT_FALSE(Date::ParseIso("2025-02-29"));
  EXPECT_TRUE(Date::ParseIso("2024-02-29"));
}

TEST(DateTest, DisplaysAsDayMonthYear) {
  EXPECT_EQ(Date(2026, 12, 10).Display(), "10 Dec 2026");
  EXPECT_EQ(Date(2026, 1, 5).Iso(), "2026-01-05");
}

TEST(PartialDateTest, ParsesAtThreePrecisions) {
  EXPECT_EQ(ParsePartialDate("2019")->Display(), "2019");
  EXPECT_EQ(ParsePartialDate("2019-04")->Display(), "Apr 2019");
  EXPECT_EQ(ParsePartialDate("2019-04-15")->Display(), "15 Apr 2019");
  EXPECT_EQ(ParsePartialDate("2019-04")->LastDay(), Date(2019, 4, 30));
  EXPECT_EQ(ParsePartialDate("2019")->LastDay(), Date(2019, 12, 31));
  EXPECT_EQ(ParsePartialDate("2020-02")->LastDay(), Date(2020, 2, 29));
}

TEST(PartialDateTest, RejectsNonDatesWithReason) {
  std::string error;
  EXPECT_FALSE(ParsePartialDate("2019-13", &error));
  EXPECT_EQ(error, "month 13 does not exist");
  EXPECT_FALSE(ParsePartialDate("2026-02-30", &error));
  EXPECT_EQ(error, "2026-02-30 is not a calendar date");
  EXPECT_FALSE(ParsePartialDate("April 2019", &error));
  EXPECT_EQ(error, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
  EXPECT_FALSE(ParsePartialDate("19", &error));
}

TEST(IntervalTest, ParsesNumbersAndWords) {
  EXPECT_EQ(ParseInterval("3 months"), (Interval{3, IntervalUnit::kMonths}));
  EXPECT_EQ(ParseInterval("1 year"), (Interval{1, IntervalUnit::kYears}));
  EXPECT_EQ(ParseInterval("2 Weeks"), (Interval{2, IntervalUnit::kWeeks}));
  EXPECT_EQ(ParseInterval("weekly"), (Interval{1, IntervalUnit::kWeeks}));
  EXPECT_EQ(ParseInterval("quarterly"), (Interval{3, IntervalUnit::kMonths}));
  EXPECT_EQ(ParseInterval("yearly"), (Interval{1, IntervalUnit::kYears}));
  EXPECT_EQ(ParseInterval("10 days"), (Interval{10, IntervalUnit::kDays}));
}

TEST(IntervalTest, RejectsZeroNegativeAndNonsense) {
  std::string error;
  EXPECT_FALSE(ParseInterval("0 months", &error));
  EXPECT_EQ(error, "an interval must be a whole number from 1 to 1000");
  EXPECT_FALSE(ParseInterval("-3 months", &error));
  EXPECT_FALSE(ParseInterval("3 fortnights", &error));
  EXPECT_FALSE(ParseInterval("sometimes", &error));
  EXPECT_FALSE(ParseInterval("1.5 months", &error));
}

TEST(IntervalTest, AddsCalendarUnits) {
  EXPECT_EQ((Interval{1, IntervalUnit::kMonths}).AddTo(Date(2026, 1, 31)), Date(2026, 2, 28));
  EXPECT_EQ((Interval{2, IntervalUnit::kWeeks}).AddTo(Date(2026, 12, 25)), Date(2027, 1, 8));
  EXPECT_EQ((Interval{1, IntervalUnit::kYears}).AddTo(Date(2024, 2, 29)), Date(2025, 2, 28));
  EXPECT_EQ((Interval{3, IntervalUnit::kMonths}).Display(), "every 3 months");
  EXPECT_EQ((Interval{1, IntervalUnit::kWeeks}).Display(), "weekly");
}

}  // namespace
}  // namespace careplan
