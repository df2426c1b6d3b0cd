#include "compose/planner_grid.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace careplan::compose {
namespace {

constexpr int kMaxRepeats = 400;  // weekly for 12 months is 53

int MonthIndex(const Date& date) { return date.year() * 12 + date.month() - 1; }

bool IsPlanned(const plan::ScheduledTest& test) {
  return test.due == plan::DueKind::kDated && test.next_due.has_value();
}

doc::RichText MonthHeader(const Date& month, bool first) {
  std::string text(MonthAbbreviation(month.month()));
  if (first || month.month() == 1) {
    // Appended piece by piece: GCC 12 at -O2 reports a false -Wrestrict for
    // "\n" + std::to_string(...) (GCC bug 105329).
    text += '\n';
    text += std::to_string(month.year());
  }
  return doc::Plain(text);
}

double CellPadding(const Measures& style) { return 1.3 * style.body_size_pt; }

// A month column: just wide enough for "2026", "Due" or "Now" in bold.
double MonthWidth(const Measures& style) {
  double widest = 0;
  for (const char* text : {"2026", "Due", "Now", "May", "Sep"}) {
    widest =
        std::max(widest, style.metrics->MeasureUtf8(font::Face::kBold, text, style.body_size_pt));
  }
  return widest + CellPadding(style);
}

// The longest word of the test names, so that none is broken.
double NameWidth(const plan::MonitoringSchedule& schedule, const Measures& style) {
  double widest = style.metrics->MeasureUtf8(font::Face::kBold, "Test", style.body_size_pt);
  for (const plan::ScheduledTest& test : schedule.tests) {
    if (!IsPlanned(test)) continue;
    size_t start = 0;
    while (start <= test.name.size()) {
      const size_t end = std::min(test.name.find(' ', start), test.name.size());
      widest = std::max(
          widest, style.metrics->MeasureUtf8(font::Face::kRegular,
                                             std::string_view(test.name).substr(start, end - start),
                                             style.body_size_pt));
      start = end + 1;
    }
  }
  return widest + CellPadding(style);
}

// Six months per table, or four or three when the names need the room.
// A month's cell says "Due" once, so a test done more often than monthly
// says how often in its name ("(every 2 weeks)"): one "Due" a month beside
// "Every 2 weeks" in My checks read as a different plan.
std::string PlannerName(const plan::ScheduledTest& test) {
  if (!test.every || test.every->NominalDays() >= 28) return test.name;
  return test.name + " (" + test.every->Display() + ")";
}

int MonthsPerTable(const plan::MonitoringSchedule& schedule, const Measures& style) {
  const double names = NameWidth(schedule, style);
  for (int months : {6, 4}) {
    if (style.width_pt - months * MonthWidth(style) >= names) return months;
  }
  return 3;
}

doc::Table PartTable(const plan::MonitoringSchedule& schedule, int first_month, int months,
                     const Measures& style) {
  const Date start = Date(schedule.plan_date.year(), schedule.plan_date.month(), 1);
  doc::Table table;
  const double month_width = MonthWidth(style);
  table.column_weights = {std::max(style.width_pt - months * month_width, month_width)};
  table.column_weights.resize(1 + months, month_width);
  table.header.push_back(doc::Plain("Test"));
  for (int i = first_month; i < first_month + months; ++i) {
    table.header.push_back(MonthHeader(start.AddMonths(i), i == first_month));
  }
  for (const plan::ScheduledTest& test : schedule.tests) {
    if (!IsPlanned(test)) continue;
    const std::vector<bool> due = DueMonths(test, schedule.plan_date);
    std::vector<doc::RichText> row{doc::Plain(PlannerName(test))};
    for (int i = first_month; i < first_month + months; ++i) {
      // An overdue test is marked "Now" in this month, in words, not colour.
      const bool now = i == 0 && test.overdue;
      row.push_back(now ? doc::Strong("Now") : due[i] ? doc::Strong("Due") : doc::Plain(""));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

std::vector<bool> DueMonths(const plan::ScheduledTest& test, const Date& plan_date) {
  std::vector<bool> due(kPlannerMonths, false);
  if (!test.next_due) return due;
  const int first = MonthIndex(plan_date);
  Date date = std::max(*test.next_due, plan_date);
  for (int repeat = 0; repeat < kMaxRepeats; ++repeat) {
    const int index = MonthIndex(date) - first;
    if (index >= kPlannerMonths) break;
    if (index >= 0) due[index] = true;
    if (!test.every) break;
    date = test.every->AddTo(date);
  }
  return due;
}

std::vector<PlannerTable> MakePlannerTables(const plan::MonitoringSchedule& schedule,
                                            const Measures& style) {
  if (std::none_of(schedule.tests.begin(), schedule.tests.end(), IsPlanned)) return {};
  const Date start(schedule.plan_date.year(), schedule.plan_date.month(), 1);
  const int months = MonthsPerTable(schedule, style);
  std::vector<PlannerTable> tables;
  for (int first = 0; first < kPlannerMonths; first += months) {
    const Date from = start.AddMonths(first);
    const Date to = start.AddMonths(first + months - 1);
    tables.push_back({PartialDate{from.year(), from.month(), 0}.Display() + " to " +
                          PartialDate{to.year(), to.month(), 0}.Display(),
                      PartTable(schedule, first, months, style)});
  }
  return tables;
}

}  // namespace careplan::compose
