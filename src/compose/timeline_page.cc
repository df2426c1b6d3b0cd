#include "compose/timeline_page.h"

#include <string>

#include "compose/column_widths.h"
#include "compose/timeline_chart.h"
#include "compose/timeline_look.h"
#include "compose/treatment_table.h"

namespace careplan::compose {
namespace {

void AppendCharts(const plan::Timeline& timeline, const Measures& style,
                  std::vector<doc::Block>* blocks) {
  // No key of patterns here: the word beside each bar says how it went, so
  // the chart reads the same in greyscale (Part 2's table has the details).
  // The chart's caption says how to read it; no second line above it.
  const std::vector<doc::Chart> charts = MakeTimelineCharts(timeline, style);
  for (size_t i = 0; i < charts.size(); ++i) {
    if (i > 0) blocks->push_back(doc::Heading{3, "Treatment timeline (continued)", false, false});
    blocks->push_back(charts[i]);
  }
}

}  // namespace

void AppendTreatmentHistory(const plan::Timeline& timeline, const Measures& style,
                            std::vector<doc::Block>* blocks) {
  if (timeline.treatments.empty() && timeline.planned.empty()) return;
  blocks->push_back(doc::Heading{1, kTreatmentHistoryTitle, true, false, doc::Icon::kMedicine});
  AppendCharts(timeline, style, blocks);
}

void AppendTreatmentDetails(const plan::Timeline& timeline, const Measures& style,
                            std::vector<doc::Block>* blocks) {
  if (timeline.treatments.empty() && timeline.planned.empty()) return;
  blocks->push_back(doc::Heading{2, "My treatments in detail", true, false});
  doc::Table table = MakeTreatmentTable(timeline);
  const std::string what =
      ColumnsFit(table, style) ? "this table: each row is" : "this list: each entry is";
  blocks->push_back(doc::Paragraph{doc::Plain(
      "How to read " + what +
      " one treatment, oldest first, then the planned ones. \"From\" "
      "and \"To\" are when you started and stopped it (\"now\" means you still take it). "
      "\"Outcome\" says how well it worked or why it stopped.")});
  AppendTableOrBlocks(std::move(table), {1.3, 1.5, 0.85, 0.85, 1.3, 2.0}, style, blocks);
}

}  // namespace careplan::compose
