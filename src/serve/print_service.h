// PrintService: what the print station's API does, apart from HTTP. Each
// call takes a profile's YAML text (never a path: nothing is read from or
// written to disk) and gives the status, type and body of the answer:
// diagnostics as JSON (the loader's own words, each located at its line,
// column and field path), a PDF, the JSON Schema or the vocabulary.
#pragma once

#include <string>

#include "app/renderer.h"
#include "serve/render_pool.h"

namespace careplan::serve {

struct ApiAnswer {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

class PrintService {
 public:
  // REQUIRES: both outlive the service.
  PrintService(const app::RenderResources& resources, RenderPool& pool)
      : resources_(resources), pool_(pool) {}

  // `date` (YYYY-MM-DD or empty) is the plan date, as the CLI's --date.
  // Validate: 200 with {"ok", "errors", "warnings", "diagnostics"} whether or
  // not the profile is valid (the answer is the check); 400 for a bad date,
  // 503 when the render queue is full.
  ApiAnswer Validate(const std::string& yaml, const std::string& date);
  // Render: 200 application/pdf, 422 with the diagnostics, 400, 503 or 500.
  ApiAnswer Render(const std::string& yaml, const std::string& date);

  // `careplan schema`, the names for completion, and the clinic's defaults
  // from the theme (organisation, emergency number, out-of-hours line).
  std::string SchemaJson() const;
  std::string VocabularyJson() const;
  std::string ClinicJson() const;

 private:
  const app::RenderResources& resources_;
  RenderPool& pool_;
};

// The name profile text is given in diagnostics ("profile.yaml:3:7: ...").
inline constexpr const char* kProfileName = "profile.yaml";

}  // namespace careplan::serve
