#include "compose/timeline_chart.h"

#include <algorithm>
#include <string>

#include "compose/time_scale.h"

namespace careplan::compose {
namespace {

constexpr Color kGridGrey{0xc8, 0xc8, 0xc8};
constexpr Color kMarkerGrey{0x40, 0x40, 0x40};
// Space between the medicine names and the plot, in text sizes.
constexpr double kNameGap = 0.6;

// One row of the chart.
struct Lane {
  std::string name;
  BarKind kind = BarKind::kOngoing;
  Date from{1970, 1, 1};
  Date to{1970, 1, 1};
  bool arrow = false;  // still taken on the plan date
};

Lane TreatmentLane(const plan::TimelineEntry& entry, const Date& plan_date) {
  Lane lane;
  lane.name = entry.name;
  lane.from = entry.started.FirstDay();
  lane.arrow = !entry.stopped;
  lane.kind = KindOf(entry.outcome);
  if (entry.status == content::MedicineStatus::kPlanned) {  // starts after the plan date
    lane.kind = BarKind::kPlanned;
    lane.arrow = false;
    lane.to = entry.stopped ? entry.stopped->LastDay() : lane.from.AddMonths(3);
  } else if (entry.stopped) {
    lane.to = entry.stopped->LastDay();
    if (lane.kind == BarKind::kOngoing) lane.kind = BarKind::kCompleted;
  } else {
    lane.to = plan_date;
  }
  lane.to = std::max(lane.to, lane.from);
  return lane;
}

Lane PlannedLane(const plan::PlannedEntry& entry, const Date& plan_date) {
  Lane lane;
  lane.name = entry.name;
  lane.kind = BarKind::kPlanned;
  lane.from = entry.target ? entry.target->FirstDay() : plan_date;
  lane.to = lane.from.AddMonths(3);
  return lane;
}

std::vector<Lane> MakeLanes(const plan::Timeline& timeline) {
  std::vector<Lane> lanes;
  for (const plan::TimelineEntry& entry : timeline.treatments) {
    lanes.push_back(TreatmentLane(entry, timeline.plan_date));
  }
  for (const plan::PlannedEntry& entry : timeline.planned) {
    lanes.push_back(PlannedLane(entry, timeline.plan_date));
  }
  return lanes;
}

// A vertical line at a date with a word beside it, above the lanes.
struct Marker {
  std::string label;
  double x = 0;
  bool dashed = false;
  bool prefer_left = false;
  int row = 0;
  doc::ChartText text;
};

// Draws the charts of one timeline: every chart has the same time axis,
// label column and sizes.
class TimelineDrawer {
 public:
  TimelineDrawer(const plan::Timeline& timeline, const std::vector<Lane>& lanes,
                 const Measures& style);

  int LanesPerChart(int total) const;
  doc::Chart Draw(const std::vector<Lane>& lanes) const;

 private:
  double Size() const { return style_.text_size_pt; }
  double Gap() const { return 0.4 * Size(); }
  // Tall enough for a name and a bar's word with a little air; the chart sits
  // in Part 1, where every line counts.
  double LaneHeight() const { return std::max(1.75 * Size(), style_.TextHeight() + 0.3 * Size()); }
  double BarHeight() const { return 0.6 * LaneHeight(); }
  double RowHeight() const { return style_.TextHeight() + 0.3 * Size(); }
  double Baseline(double middle) const { return middle + (style_.Ascent() - style_.Descent()) / 2; }
  double AxisHeight() const;
  double PlotRight() const { return style_.width_pt - 0.5 * Size(); }

  std::vector<Marker> PlaceMarkers() const;
  bool IsClear(const Marker& marker, const std::vector<Marker>& placed) const;
  void DrawGrid(const std::vector<Lane>& lanes, double top, doc::Chart* chart) const;
  void DrawLane(const Lane& lane, double top, doc::Chart* chart,
                std::vector<doc::ChartItem>* labels) const;
  void DrawWord(const std::string& text, double left, double right, double baseline, double bar_top,
                std::vector<doc::ChartItem>* labels) const;
  void DrawAxis(double y, doc::Chart* chart) const;

  const plan::Timeline& timeline_;
  const Measures& style_;
  double label_column_ = 0;
  TimeScale scale_;
};

double LabelColumn(const std::vector<Lane>& lanes, const Measures& style) {
  double widest = 0;
  for (const Lane& lane : lanes) widest = std::max(widest, style.Measure(lane.name));
  // Up to two fifths of the width: at a third, "mycophenolate mofetil" in
  // large print and "autologous stem cell transplantation" lost their ends.
  return std::min(widest + kNameGap * style.text_size_pt + 0.5, 0.4 * style.width_pt);
}

Date FirstDate(const plan::Timeline& timeline, const std::vector<Lane>& lanes) {
  Date first = timeline.plan_date;
  for (const Lane& lane : lanes) first = std::min(first, lane.from);
  if (timeline.diagnosed_on) first = std::min(first, timeline.diagnosed_on->FirstDay());
  return first;
}

Date LastDate(const plan::Timeline& timeline, const std::vector<Lane>& lanes) {
  Date last = timeline.plan_date;
  for (const Lane& lane : lanes) last = std::max(last, lane.to);
  return last;
}

TimelineDrawer::TimelineDrawer(const plan::Timeline& timeline, const std::vector<Lane>& lanes,
                               const Measures& style)
    : timeline_(timeline),
      style_(style),
      label_column_(LabelColumn(lanes, style)),
      scale_(FirstDate(timeline, lanes), LastDate(timeline, lanes), label_column_,
             style.width_pt - 0.5 * style.text_size_pt) {}

double TimelineDrawer::AxisHeight() const {
  const double ticks = 0.35 * Size() + 0.2 * Size() + RowHeight();
  return scale_.by_month() ? ticks + RowHeight() : ticks;
}

int TimelineDrawer::LanesPerChart(int total) const {
  const double fixed = 2 * RowHeight() + AxisHeight() + 4 * style_.text_size_pt;
  const int fit = static_cast<int>((style_.max_height_pt - fixed) / LaneHeight());
  const int per_chart = std::clamp(fit, 3, kMaxLanesPerChart);
  const int charts = (total + per_chart - 1) / per_chart;
  return (total + charts - 1) / charts;  // balanced: 40 lanes make 14, 13 and 13
}

// Each marker's word goes beside its line (on its preferred side first), in
// the first row where it neither overlaps another word nor is crossed by
// another marker's line.
std::vector<Marker> TimelineDrawer::PlaceMarkers() const {
  std::vector<Marker> markers;
  if (timeline_.diagnosed_on) {
    Marker diagnosed;
    diagnosed.label = "Diagnosed";
    diagnosed.x = scale_.X(timeline_.diagnosed_on->FirstDay());
    diagnosed.dashed = diagnosed.prefer_left = true;
    markers.push_back(diagnosed);
  }
  Marker plan_date;
  plan_date.label = "Plan date";
  plan_date.x = scale_.X(timeline_.plan_date);
  markers.push_back(plan_date);
  std::vector<Marker> placed;
  for (Marker marker : markers) {
    const double width = style_.Measure(marker.label);
    for (int attempt = 0; attempt < 6; ++attempt) {
      marker.row = attempt / 2;
      const bool left = (attempt % 2 == 0) == marker.prefer_left;
      const double x = left ? marker.x - Gap() - width : marker.x + Gap();
      if (x < 0 || x + width > style_.width_pt) continue;
      marker.text = style_.Text(x, Baseline((marker.row + 0.5) * RowHeight()), marker.label);
      if (IsClear(marker, placed)) break;
      marker.text.text.clear();
    }
    if (marker.text.text.empty()) marker.row = 0;  // no room anywhere: a bare line
    placed.push_back(marker);
  }
  return placed;
}

bool TimelineDrawer::IsClear(const Marker& marker, const std::vector<Marker>& placed) const {
  const TextBox box = style_.BoxOf(marker.text);
  for (const Marker& other : placed) {
    if (other.text.text.empty()) continue;
    const TextBox other_box = style_.BoxOf(other.text);
    if (Overlaps(box, other_box)) return false;
    // A line runs down from below its word, through every lower row.
    if (other.row < marker.row && other.x >= box.left && other.x <= box.right) return false;
    if (other.row > marker.row && marker.x >= other_box.left && marker.x <= other_box.right) {
      return false;
    }
  }
  return true;
}

void TimelineDrawer::DrawGrid(const std::vector<Lane>& lanes, double top, doc::Chart* chart) const {
  const double bottom = top + lanes.size() * LaneHeight();
  for (const Tick& tick : scale_.Ticks(style_, 0, style_.width_pt)) {
    if (tick.label.empty()) continue;
    chart->items.push_back(doc::ChartLine{tick.x, top, tick.x, bottom, 0.5, kGridGrey, false});
  }
  for (size_t i = 1; i < lanes.size(); ++i) {
    const double y = top + i * LaneHeight();
    chart->items.push_back(doc::ChartLine{0, y, style_.width_pt, y, 0.4, kGridGrey, false});
  }
}

// The bar and its arrow, the medicine's name in the left column, and the
// word saying how it went.
void TimelineDrawer::DrawLane(const Lane& lane, double top, doc::Chart* chart,
                              std::vector<doc::ChartItem>* labels) const {
  const double middle = top + LaneHeight() / 2;
  const double bar_top = middle - BarHeight() / 2;
  const double min_width = lane.kind == BarKind::kPlanned ? 2.5 * Size() : 0.3 * Size();
  double left = scale_.X(lane.from);
  const double width = std::max(scale_.X(lane.to) - left, min_width);
  left = std::max(label_column_, std::min(left, PlotRight() - width));
  for (doc::ChartRect& rect : Bar(lane.kind, left, bar_top, width, BarHeight())) {
    chart->items.push_back(rect);
  }
  double right = left + width;
  if (lane.arrow) {
    chart->items.push_back(ArrowHead(right, bar_top, BarHeight()));
    right += ArrowLength(BarHeight());
  }
  const double baseline = Baseline(middle);
  labels->push_back(
      style_.Text(0, baseline, style_.Fit(lane.name, label_column_ - kNameGap * Size())));
  DrawWord(BarLabel(lane.kind), left, right, baseline, bar_top, labels);
}

// The word goes right of the bar, else left of it, else over it; always on
// a white patch, so that no grid or marker line runs through it.
void TimelineDrawer::DrawWord(const std::string& text, double left, double right, double baseline,
                              double bar_top, std::vector<doc::ChartItem>* labels) const {
  const std::string word = style_.Fit(text, style_.width_pt - label_column_ - 2 * Gap());
  const double width = style_.Measure(word);
  const double pad = 0.2 * Size();  // the white patch's margin, less than a gap
  double x = 0;
  bool on_the_bar = false;
  if (right + Gap() + width + pad <= style_.width_pt) {
    x = right + Gap();
  } else if (left - Gap() - width >= label_column_) {
    x = left - Gap() - width;
  } else {
    x = std::clamp((left + right - width) / 2, label_column_ + Gap(),
                   style_.width_pt - width - Gap());
    on_the_bar = x - pad >= left && x + width + pad <= right;
  }
  doc::ChartRect patch;
  patch.x = x - pad;
  patch.y = baseline - style_.Ascent() + 0.1 * Size();
  patch.width = width + 2 * pad;
  patch.height = style_.TextHeight() - 0.2 * Size();
  patch.fill = doc::Fill::kSolid;
  patch.fill_color = kWhite;
  patch.outline = false;
  labels->insert(labels->begin(), patch);  // patches first, under every label
  if (on_the_bar) {
    // The bar's top and bottom edges run on across the label's patch, so that
    // a treatment taken without a break does not look paused where its label
    // sits (a fresh-eyes reader saw gaps in 6 of 8 plans).
    for (const double y : {bar_top, bar_top + BarHeight()}) {
      doc::ChartLine edge;
      edge.x1 = patch.x;
      edge.x2 = patch.x + patch.width;
      edge.y1 = edge.y2 = y;
      labels->push_back(edge);
    }
  }
  labels->push_back(style_.Text(x, baseline, word));
}

void TimelineDrawer::DrawAxis(double y, doc::Chart* chart) const {
  const double tick_length = 0.35 * Size();
  chart->items.push_back(doc::ChartLine{label_column_, y, PlotRight(), y, 1.0, kBlack, false});
  const double label_baseline = y + tick_length + 0.2 * Size() + style_.Ascent();
  for (const Tick& tick : scale_.Ticks(style_, 0, style_.width_pt)) {
    const double length = tick.label.empty() ? tick_length / 2 : tick_length;
    chart->items.push_back(doc::ChartLine{tick.x, y, tick.x, y + length, 0.75, kBlack, false});
    if (!tick.label.empty()) {
      chart->items.push_back(
          style_.Text(tick.x, label_baseline, tick.label, doc::TextAnchor::kMiddle));
    }
    if (!tick.year_label.empty()) {
      chart->items.push_back(style_.Text(tick.x, label_baseline + RowHeight(), tick.year_label,
                                         doc::TextAnchor::kMiddle));
    }
  }
}

doc::Chart TimelineDrawer::Draw(const std::vector<Lane>& lanes) const {
  doc::Chart chart;
  chart.width_pt = style_.width_pt;
  const std::vector<Marker> markers = PlaceMarkers();
  int rows = 1;
  for (const Marker& marker : markers) rows = std::max(rows, marker.row + 1);
  const double top = rows * RowHeight() + 0.3 * Size();
  const double bottom = top + lanes.size() * LaneHeight();
  DrawGrid(lanes, top, &chart);
  std::vector<doc::ChartItem> labels;
  for (size_t i = 0; i < lanes.size(); ++i) {
    DrawLane(lanes[i], top + i * LaneHeight(), &chart, &labels);
  }
  for (const Marker& marker : markers) {
    const double from = marker.text.text.empty() ? top : (marker.row + 1) * RowHeight();
    chart.items.push_back(doc::ChartLine{marker.x, from, marker.x, bottom,
                                         marker.dashed ? 1.0 : 1.25,
                                         marker.dashed ? kMarkerGrey : kBlack, marker.dashed});
    if (!marker.text.text.empty()) chart.items.push_back(marker.text);
  }
  chart.items.insert(chart.items.end(), labels.begin(), labels.end());
  DrawAxis(bottom, &chart);
  chart.height_pt = bottom + AxisHeight() + 0.2 * Size();
  return chart;
}

}  // namespace

std::vector<BarKind> UsedBarKinds(const plan::Timeline& timeline) {
  std::vector<BarKind> used;
  for (const Lane& lane : MakeLanes(timeline)) {
    used.push_back(lane.kind);
    if (lane.arrow) used.push_back(BarKind::kOngoing);
  }
  return used;
}

std::vector<doc::Chart> MakeTimelineCharts(const plan::Timeline& timeline, const Measures& style) {
  const std::vector<Lane> lanes = MakeLanes(timeline);
  if (lanes.empty()) return {};
  const TimelineDrawer drawer(timeline, lanes, style);
  const int total = static_cast<int>(lanes.size());
  const int per_chart = drawer.LanesPerChart(total);
  std::vector<doc::Chart> charts;
  for (int first = 0; first < total; first += per_chart) {
    const int last = std::min(total, first + per_chart);
    doc::Chart chart = drawer.Draw(std::vector<Lane>(lanes.begin() + first, lanes.begin() + last));
    if (total <= per_chart) {
      chart.description =
          "How to read it: each bar runs from start to stop; an arrow means you still take it.";
    } else {
      chart.description = "Treatments " + std::to_string(first + 1) + " to " +
                          std::to_string(last) + " of " + std::to_string(total) +
                          " over time: each bar runs from start to stop; the word beside it "
                          "says how it went, and an arrow means you still take it.";
    }
    charts.push_back(std::move(chart));
  }
  return charts;
}

}  // namespace careplan::compose
