#include "compose/timeline_chart.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "compose/timeline_look.h"
#include "unit/compose/compose_fixture.h"

namespace careplan::compose {
namespace {

using profile::Outcome;
using testing::ChartTexts;
using testing::PlanFixture;
using testing::Ym;
using testing::Ymd;

Measures StyleFor(const font::FontMetrics& metrics, double body_size) {
  Measures style;
  style.metrics = &metrics;
  style.width_pt = 481.89;
  style.max_height_pt = 0.85 * (body_size > 12 ? 700.0 : 728.5);
  style.body_size_pt = body_size;
  style.text_size_pt = 0.9 * body_size;
  return style;
}

struct Box {
  double left, top, right, bottom;
};

// Measured here with the metrics, independently of Measures::BoxOf.
Box BoxOf(const doc::ChartText& text, const font::FontMetrics& metrics) {
  const font::Face face =
      text.style == doc::TextStyle::kBold ? font::Face::kBold : font::Face::kRegular;
  const double width = metrics.MeasureUtf8(face, text.text, text.size_pt);
  double left = text.x;
  if (text.anchor == doc::TextAnchor::kMiddle) left -= width / 2;
  if (text.anchor == doc::TextAnchor::kEnd) left -= width;
  return {left, text.y_baseline - metrics.Ascent(face) * text.size_pt / 1000, left + width,
          text.y_baseline - metrics.Descent(face) * text.size_pt / 1000};
}

// Every shape lies inside the chart too.
void ExpectShapesInside(const doc::Chart& chart) {
  constexpr double kTolerance = 0.01;
  auto inside = [&](double x, double y) {
    return x >= -kTolerance && x <= chart.width_pt + kTolerance && y >= -kTolerance &&
           y <= chart.height_pt + kTolerance;
  };
  for (const doc::ChartItem& item : chart.items) {
    if (const auto* rect = std::get_if<doc::ChartRect>(&item)) {
      EXPECT_TRUE(inside(rect->x, rect->y) &&
                  inside(rect->x + rect->width, rect->y + rect->height));
    } else if (const auto* line = std::get_if<doc::ChartLine>(&item)) {
      EXPECT_TRUE(inside(line->x1, line->y1) && inside(line->x2, line->y2));
    } else if (const auto* polygon = std::get_if<doc::ChartPolygon>(&item)) {
      for (const auto& [x, y] : polygon->points) EXPECT_TRUE(inside(x, y)) << x << "," << y;
    }
  }
}

// Every label lies inside the chart and no two labels overlap.
void ExpectLabelsApartAndInside(const doc::Chart& chart, const font::FontMetrics& metrics) {
  const auto texts = ChartTexts(chart);
  constexpr double kTolerance = 0.01;
  for (size_t i = 0; i < texts.size(); ++i) {
    const Box a = BoxOf(*texts[i], metrics);
    EXPECT_GE(a.left, -kTolerance) << texts[i]->text;
    EXPECT_LE(a.right, chart.width_pt + kTolerance) << texts[i]->text;
    EXPECT_GE(a.top, -kTolerance) << texts[i]->text;
    EXPECT_LE(a.bottom, chart.height_pt + kTolerance) << texts[i]->text;
    for (size_t j = i + 1; j < texts.size(); ++j) {
      const Box b = BoxOf(*texts[j], metrics);
      const bool overlap = a.left < b.right - kTolerance && b.left < a.right - kTolerance &&
                           a.top < b.bottom - kTolerance && b.top < a.bottom - kTolerance;
      EXPECT_FALSE(overlap) << "\"" << texts[i]->text << "\" overlaps \"" << texts[j]->text << "\"";
    }
  }
  ExpectShapesInside(chart);
}

std::vector<const doc::ChartRect*> Bars(const doc::Chart& chart) {
  std::vector<const doc::ChartRect*> bars;
  for (const doc::ChartItem& item : chart.items) {
    const auto* rect = std::get_if<doc::ChartRect>(&item);
    if (rect && rect->outline) bars.push_back(rect);
  }
  return bars;
}

int CountPolygons(const doc::Chart& chart) {
  return static_cast<int>(std::count_if(chart.items.begin(), chart.items.end(), [](const auto& i) {
    return std::holds_alternative<doc::ChartPolygon>(i);
  }));
}

bool HasText(const doc::Chart& chart, const std::string& text) {
  const auto texts = ChartTexts(chart);
  return std::any_of(texts.begin(), texts.end(), [&](const auto* t) { return t->text == text; });
}

// 40 treatments of every outcome, some with long names, over 16 years.
void AddForty(PlanFixture* fixture) {
  const Outcome outcomes[] = {Outcome::kEffective,          Outcome::kPartialResponse,
                              Outcome::kInadequateResponse, Outcome::kIntolerance,
                              Outcome::kSideEffects,        Outcome::kCompleted};
  for (int i = 0; i < 39; ++i) {
    const int year = 2010 + i * 2 / 5;
    std::string name = "medicine " + std::to_string(i + 1);
    if (i % 7 == 0) name += " with a very long name that cannot fit in the column";
    fixture->AddTreatment(name, Ym(year, 1 + i % 12), Ym(year + 1, 1 + (i * 5) % 12),
                          outcomes[i % 6]);
  }
  fixture->AddTreatment("rituximab", Ym(2024, 10), std::nullopt, Outcome::kOngoing);
}

TEST(TimelineChartTest, OneOngoingTreatmentHasOneLaneAndAnArrow) {
  PlanFixture fixture;
  fixture.AddTreatment("rituximab", Ymd(2024, 10, 1), std::nullopt, Outcome::kOngoing);
  const Measures style = StyleFor(fixture.metrics, 12);
  const auto charts = MakeTimelineCharts(fixture.plan.timeline, style);
  ASSERT_EQ(charts.size(), 1u);
  EXPECT_EQ(Bars(charts[0]).size(), 1u);
  EXPECT_EQ(CountPolygons(charts[0]), 1);
  EXPECT_EQ(Bars(charts[0])[0]->fill, doc::Fill::kSolid);
  EXPECT_TRUE(HasText(charts[0], "rituximab"));
  EXPECT_TRUE(HasText(charts[0], "Ongoing"));
  EXPECT_TRUE(HasText(charts[0], "Diagnosed"));
  EXPECT_TRUE(HasText(charts[0], "Plan date"));
  EXPECT_DOUBLE_EQ(charts[0].width_pt, 481.89);
  EXPECT_FALSE(charts[0].description.empty());
  ExpectLabelsApartAndInside(charts[0], fixture.metrics);
}

// A bar that spans the chart carries its word on a white patch; the bar's
// top and bottom edges run on across the patch, so that a treatment taken
// without a break does not look paused there.
TEST(TimelineChartTest, AWordOnABarDoesNotCutIt) {
  PlanFixture fixture;
  fixture.profile.diagnosis.diagnosed_on = Ym(2014, 1);
  fixture.AddTreatment("methotrexate", Ym(2014, 2), std::nullopt, Outcome::kOngoing);
  const auto charts = MakeTimelineCharts(fixture.plan.timeline, StyleFor(fixture.metrics, 12));
  ASSERT_EQ(charts.size(), 1u);
  ASSERT_EQ(Bars(charts[0]).size(), 1u);
  const doc::ChartRect& bar = *Bars(charts[0])[0];
  const doc::ChartText* word = nullptr;
  for (const doc::ChartText* text : ChartTexts(charts[0])) {
    if (text->text == "Ongoing") word = text;
  }
  ASSERT_NE(word, nullptr);
  ASSERT_GT(word->x, bar.x);  // on the bar
  int edges = 0;
  for (const doc::ChartItem& item : charts[0].items) {
    const auto* line = std::get_if<doc::ChartLine>(&item);
    if (!line || line->y1 != line->y2 || line->x1 > word->x || line->x2 < word->x) continue;
    if (line->y1 == bar.y || line->y1 == bar.y + bar.height) ++edges;
  }
  EXPECT_EQ(edges, 2);
}

TEST(TimelineChartTest, OutcomesHavePatternsAsWellAsWords) {
  PlanFixture fixture;
  fixture.AddTreatment("a", Ym(2019, 5), Ym(2019, 11), Outcome::kInadequateResponse);
  fixture.AddTreatment("b", Ym(2020, 1), Ym(2020, 6), Outcome::kPartialResponse);
  fixture.AddTreatment("c", Ym(2020, 7), Ym(2021, 2), Outcome::kIntolerance);
  fixture.AddTreatment("d", Ym(2021, 3), Ym(2022, 2), Outcome::kEffective);
  fixture.AddTreatment("e", Ym(2022, 3), Ym(2022, 9), Outcome::kCompleted);
  const auto charts = MakeTimelineCharts(fixture.plan.timeline, StyleFor(fixture.metrics, 12));
  ASSERT_EQ(charts.size(), 1u);
  const auto bars = Bars(charts[0]);
  ASSERT_EQ(bars.size(), 5u);
  EXPECT_EQ(bars[0]->fill, doc::Fill::kCrossHatched);
  EXPECT_EQ(bars[1]->fill, doc::Fill::kHatched);
  EXPECT_EQ(bars[2]->fill, doc::Fill::kDotted);
  EXPECT_EQ(bars[3]->fill, doc::Fill::kSolid);
  EXPECT_EQ(bars[4]->fill, doc::Fill::kNone);  // empty, with a solid outline
  EXPECT_FALSE(bars[4]->dashed_outline);
  for (const char* word :
       {"Not enough effect", "Partly worked", "Not tolerated", "Worked well", "Completed"}) {
    EXPECT_TRUE(HasText(charts[0], word)) << word;
  }
  EXPECT_EQ(CountPolygons(charts[0]), 0);
  ExpectLabelsApartAndInside(charts[0], fixture.metrics);
}

TEST(TimelineChartTest, PlannedTreatmentIsADashedBoxAtItsTarget) {
  PlanFixture fixture;
  fixture.AddTreatment("methotrexate", Ym(2023, 2), Ym(2023, 8), Outcome::kInadequateResponse);
  fixture.AddPlanned("stem cell transplant", Ym(2027, 3));
  fixture.AddPlanned("nintedanib", std::nullopt);
  const auto charts = MakeTimelineCharts(fixture.plan.timeline, StyleFor(fixture.metrics, 12));
  ASSERT_EQ(charts.size(), 1u);
  const auto bars = Bars(charts[0]);
  ASSERT_EQ(bars.size(), 3u);
  EXPECT_FALSE(bars[0]->dashed_outline);
  EXPECT_TRUE(bars[1]->dashed_outline);
  EXPECT_EQ(bars[1]->fill, doc::Fill::kNone);
  EXPECT_TRUE(bars[2]->dashed_outline);
  EXPECT_LT(bars[2]->x, bars[1]->x);  // at the plan date, before March 2027
  EXPECT_TRUE(HasText(charts[0], "Planned"));
  ExpectLabelsApartAndInside(charts[0], fixture.metrics);
}

TEST(TimelineChartTest, FortyTreatmentsSplitIntoChartsOfAtMostFifteenLanes) {
  PlanFixture fixture;
  AddForty(&fixture);
  for (double body : {12.0, 18.0}) {
    const auto charts = MakeTimelineCharts(fixture.plan.timeline, StyleFor(fixture.metrics, body));
    ASSERT_GE(charts.size(), 3u);
    size_t lanes = 0;
    for (const doc::Chart& chart : charts) {
      EXPECT_LE(Bars(chart).size(), static_cast<size_t>(kMaxLanesPerChart));
      EXPECT_LE(chart.height_pt, StyleFor(fixture.metrics, body).max_height_pt);
      lanes += Bars(chart).size();
      ExpectLabelsApartAndInside(chart, fixture.metrics);
    }
    EXPECT_EQ(lanes, 40u);
    EXPECT_EQ(CountPolygons(charts.back()), 1);  // the ongoing one is last
    EXPECT_NE(charts[1].description.find("of 40"), std::string::npos);
  }
}

TEST(TimelineChartTest, LongNamesAreShortenedToTheLabelColumn) {
  PlanFixture fixture;
  AddForty(&fixture);
  const auto charts = MakeTimelineCharts(fixture.plan.timeline, StyleFor(fixture.metrics, 12));
  bool shortened = false;
  for (const doc::ChartText* text : ChartTexts(charts[0])) {
    if (text->text.find("medicine 1 with") == 0) {
      shortened = text->text.find("\u2026") != std::string::npos;
      EXPECT_LE(BoxOf(*text, fixture.metrics).right, 0.4 * 481.89);
    }
  }
  EXPECT_TRUE(shortened);
}

TEST(TimelineChartTest, LargePrintLabelsAreAtLeastSixteenPoints) {
  PlanFixture fixture;
  fixture.AddTreatment("methotrexate", Ym(2023, 2), Ym(2023, 8), Outcome::kInadequateResponse);
  fixture.AddTreatment("mycophenolate mofetil", Ym(2023, 8), Ym(2024, 3), Outcome::kIntolerance);
  fixture.AddTreatment("rituximab", Ymd(2024, 10, 1), std::nullopt, Outcome::kOngoing);
  fixture.AddPlanned("autologous stem cell transplantation", Ym(2027, 3));
  const Measures style = StyleFor(fixture.metrics, 18);
  const auto charts = MakeTimelineCharts(fixture.plan.timeline, style);
  ASSERT_EQ(charts.size(), 1u);
  for (const doc::ChartText* text : ChartTexts(charts[0])) EXPECT_GE(text->size_pt, 16);
  ExpectLabelsApartAndInside(charts[0], fixture.metrics);
  const doc::Chart key = MakeTimelineKey(UsedBarKinds(fixture.plan.timeline), style);
  for (const doc::ChartText* text : ChartTexts(key)) EXPECT_GE(text->size_pt, 16);
  ExpectLabelsApartAndInside(key, fixture.metrics);
}

TEST(TimelineChartTest, ShortSpansAreLabelledByMonth) {
  PlanFixture fixture;
  fixture.profile.diagnosis.diagnosed_on = Ym(2026, 6);
  fixture.plan.timeline.diagnosed_on = Ym(2026, 6);
  fixture.AddTreatment("prednisolone", Ymd(2026, 7, 3), std::nullopt, Outcome::kOngoing);
  const auto charts = MakeTimelineCharts(fixture.plan.timeline, StyleFor(fixture.metrics, 12));
  ASSERT_EQ(charts.size(), 1u);
  EXPECT_TRUE(HasText(charts[0], "Jul") || HasText(charts[0], "Aug"));
  EXPECT_TRUE(HasText(charts[0], "2026"));
  ExpectLabelsApartAndInside(charts[0], fixture.metrics);
}

TEST(TimelineChartTest, LongSpansAreLabelledByYear) {
  PlanFixture fixture;
  fixture.AddTreatment("methotrexate", Ym(2019, 5), Ym(2021, 2), Outcome::kEffective);
  const auto charts = MakeTimelineCharts(fixture.plan.timeline, StyleFor(fixture.metrics, 12));
  ASSERT_EQ(charts.size(), 1u);
  EXPECT_TRUE(HasText(charts[0], "2020"));
  EXPECT_FALSE(HasText(charts[0], "Jan"));
}

TEST(TimelineChartTest, MarkersCloseTogetherDoNotCollide) {
  PlanFixture fixture;
  fixture.profile.diagnosis.diagnosed_on = Ymd(2026, 11, 1);
  fixture.plan.timeline.diagnosed_on = Ymd(2026, 11, 1);
  fixture.AddTreatment("prednisolone", Ymd(2026, 11, 10), std::nullopt, Outcome::kOngoing);
  for (double body : {12.0, 18.0}) {
    const auto charts = MakeTimelineCharts(fixture.plan.timeline, StyleFor(fixture.metrics, body));
    ASSERT_EQ(charts.size(), 1u);
    EXPECT_TRUE(HasText(charts[0], "Diagnosed"));
    EXPECT_TRUE(HasText(charts[0], "Plan date"));
    ExpectLabelsApartAndInside(charts[0], fixture.metrics);
  }
}

TEST(TimelineChartTest, KeyShowsOnlyTheKindsUsed) {
  PlanFixture fixture;
  fixture.AddTreatment("a", Ym(2019, 5), Ym(2019, 11), Outcome::kSideEffects);
  fixture.AddTreatment("b", Ym(2020, 1), std::nullopt, Outcome::kOngoing);
  const doc::Chart key =
      MakeTimelineKey(UsedBarKinds(fixture.plan.timeline), StyleFor(fixture.metrics, 12));
  EXPECT_TRUE(HasText(key, "Side effects"));
  EXPECT_TRUE(HasText(key, "Ongoing"));
  EXPECT_FALSE(HasText(key, "Planned"));
  EXPECT_EQ(CountPolygons(key), 1);
}

}  // namespace
}  // namespace careplan::compose
