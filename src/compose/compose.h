// BuildDocument: turns a CarePlan into the semantic Document of the printed
// plan: cover, contents, the chosen guide sections, the care team's notes and
// the sources. Knows nothing of pages or PDF.
#pragma once

#include <optional>
#include <string>

#include "base/date.h"

#include "doc/document.h"
#include "plan/care_plan.h"

namespace careplan::compose {

struct ComposeOptions {
  std::string creator = "careplan";  // "careplan 0.1.0", written into the PDF
  // The PDF's creation date; default: the plan date (SOURCE_DATE_EPOCH sets it).
  std::optional<Date> creation_date;
};

doc::Document BuildDocument(const plan::CarePlan& plan, const ComposeOptions& options);

}  // namespace careplan::compose
