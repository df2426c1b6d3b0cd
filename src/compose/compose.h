// BuildDocument: turns a CarePlan into the semantic Document of the printed
// plan, in the order of a chronic-disease care plan: first page, contents,
// the condition in plain words, treatment timeline, medicines, monitoring
// schedule and planner, self-care checklist, warning signs, logs, questions,
// notes and sources. A packet gets its cover, contents, the chosen sections
// and (optionally) blank forms. Knows nothing of pages or PDF; measures only
// chart labels, with the metrics it is given.
#pragma once

#include <optional>
#include <string>

#include "base/date.h"
#include "content/theme.h"
#include "doc/document.h"
#include "font/font_metrics.h"
#include "plan/care_plan.h"

namespace careplan::compose {

struct ComposeOptions {
  std::string creator = "careplan";  // "careplan 0.1.0", written into the PDF
  // The PDF's creation date; default: the plan date (SOURCE_DATE_EPOCH sets it).
  std::optional<Date> creation_date;
  // Measures chart labels so that they fit and never collide; the renderer
  // passes the bundled fonts' metrics. Default null: an estimate is used.
  const font::FontMetrics* metrics = nullptr;
  // Width of the text column in points. Default: A4 with 15 mm side margins.
  double content_width_pt = 510.24;
  // Height of the text column in points (charts are kept shorter, so that
  // they are never scaled down). Default: A4 with 20 mm top and bottom margins.
  double content_height_pt = 728.5;
  // Body text size: 12 normal, 18 large print. Chart text and the planner's
  // and tracker's columns scale from it.
  double body_size_pt = 12;
  // The clinic's look: its letterhead (logo, name, contact) opens the cover,
  // and its name is the PDF's author when the plan has none. Null: none.
  const content::Theme* theme = nullptr;
};

doc::Document BuildDocument(const plan::CarePlan& plan, const ComposeOptions& options);

}  // namespace careplan::compose
