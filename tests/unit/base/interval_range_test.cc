#include <gtest/gtest.h>

#include "base/interval.h"

namespace careplan {
namespace {

TEST(IntervalRangeTest, ParsesARangeWithTheUnitOnItsLongEnd) {
  const auto range = ParseIntervalOrRange("3 to 12 months");
  ASSERT_TRUE(range.has_value());
  EXPECT_EQ(range->count, 3);
  EXPECT_EQ(range->count_to, 12);
  EXPECT_EQ(range->unit, IntervalUnit::kMonths);
  EXPECT_TRUE(range->IsRange());
}

TEST(IntervalRangeTest, SingleIntervalsStillParse) {
  const auto single = ParseIntervalOrRange("3 months");
  ASSERT_TRUE(single.has_value());
  EXPECT_FALSE(single->IsRange());
  EXPECT_EQ(*single, (Interval{3, IntervalUnit::kMonths}));
}

TEST(IntervalRangeTest, RejectsBackwardsAndMalformedRanges) {
  std::string error;
  EXPECT_FALSE(ParseIntervalOrRange("12 to 3 months", &error).has_value());
  EXPECT_NE(error.find("3 to 12 months"), std::string::npos);
  EXPECT_FALSE(ParseIntervalOrRange("3 to 3 months").has_value());
  EXPECT_FALSE(ParseIntervalOrRange("three to 12 months").has_value());
  EXPECT_FALSE(ParseIntervalOrRange("3 to").has_value());
}

TEST(IntervalRangeTest, ProfilesIntervalsTakeNoRange) {
  // The profile's `every` is one interval the team chose.
  EXPECT_FALSE(ParseInterval("3 to 12 months").has_value());
}

TEST(IntervalRangeTest, PrintsTheWholeRange) {
  EXPECT_EQ((Interval{3, IntervalUnit::kMonths, 12}).Display(), "every 3 to 12 months");
}

TEST(IntervalRangeTest, DatesFromTheLongEndAndOrdersByTheShortEnd) {
  const Interval range{3, IntervalUnit::kMonths, 12};
  EXPECT_EQ(range.AddTo(Date(2026, 1, 31)), Date(2027, 1, 31));
  EXPECT_EQ(range.NominalDays(), 90);
}

}  // namespace
}  // namespace careplan
