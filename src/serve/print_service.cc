#include "serve/print_service.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/LocalDateTime.h>

#include <sstream>

#include "plan/contact_routes.h"
#include "profile/profile_schema.h"
#include "serve/diagnostics_json.h"

namespace careplan::serve {
namespace {

Date Today() {
  const Poco::LocalDateTime now;
  return Date(now.year(), now.month(), now.day());
}

std::string Stringify(const Poco::JSON::Object& object) {
  std::ostringstream out;
  object.stringify(out);
  return out.str();
}

Poco::JSON::Array::Ptr ToArray(const std::vector<std::string>& words) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array();
  for (const std::string& word : words) array->add(word);
  return array;
}

// {"id", "name", "aliases"} for each medicine or test.
template <typename Info>
Poco::JSON::Array::Ptr NamedEntries(const std::vector<Info>& entries) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array();
  for (const Info& info : entries) {
    Poco::JSON::Object::Ptr entry = new Poco::JSON::Object();
    entry->set("id", info.id);
    entry->set("name", info.name);
    entry->set("aliases", ToArray(info.aliases));
    array->add(entry);
  }
  return array;
}

ApiAnswer Busy() {
  return {503, "application/json", ErrorJson("every render worker is busy; try again shortly")};
}

// Fills the loader options, or gives the 400 answer for a bad date.
std::optional<ApiAnswer> MakeOptions(const app::RenderResources& resources, const std::string& date,
                                     profile::LoadOptions* options) {
  *options = resources.MakeLoadOptions();
  options->today = Today();
  if (date.empty()) return std::nullopt;
  options->plan_date = Date::ParseIso(date);
  if (!options->plan_date) {
    return ApiAnswer{400, "application/json",
                     ErrorJson("date expects a real date as YYYY-MM-DD, not \"" + date + "\"")};
  }
  return std::nullopt;
}

}  // namespace

ApiAnswer PrintService::Validate(const std::string& yaml, const std::string& date) {
  profile::LoadOptions options;
  if (auto bad_date = MakeOptions(resources_, date, &options)) return *bad_date;
  Diagnostics diagnostics;
  // Checked as `careplan validate` checks a file: the format, then the names
  // and section ids against the knowledge, then the contact routes.
  const bool admitted = pool_.Run([&](app::Renderer&) {
    auto profile = resources_.LoadProfile(yaml, kProfileName, options, &diagnostics);
    if (!profile) return;
    Diagnostics plan_diagnostics;
    const plan::CarePlan plan = resources_.ComputePlan(*profile, &plan_diagnostics);
    if (!plan_diagnostics.has_errors())
      plan::WarnAboutMissingRoutes(plan, resources_.theme().file, &plan_diagnostics);
    diagnostics.Append(plan_diagnostics);
  });
  if (!admitted) return Busy();
  return {200, "application/json", DiagnosticsJson(diagnostics, yaml)};
}

ApiAnswer PrintService::Render(const std::string& yaml, const std::string& date) {
  profile::LoadOptions options;
  if (auto bad_date = MakeOptions(resources_, date, &options)) return *bad_date;
  Diagnostics diagnostics;
  app::RenderOutput output;
  bool rendered = false;
  const bool admitted = pool_.Run([&](app::Renderer& renderer) {
    auto profile = resources_.LoadProfile(yaml, kProfileName, options, &diagnostics);
    if (!profile) return;
    rendered = renderer.Render(*profile, app::RenderOptions{}, &output, &diagnostics);
  });
  if (!admitted) return Busy();
  if (rendered) return {200, "application/pdf", std::move(output.pdf)};
  if (diagnostics.has_errors())
    return {422, "application/json", DiagnosticsJson(diagnostics, yaml)};
  return {500, "application/json", ErrorJson("the plan could not be made")};
}

// The same schema as `careplan schema`: the default guide's words for organs,
// subtypes and antibodies, so that the form and the loader agree.
std::string PrintService::SchemaJson() const {
  return profile::ProfileJsonSchema(&resources_.knowledge().vocabulary);
}

std::string PrintService::VocabularyJson() const {
  const content::Knowledge& knowledge = resources_.knowledge();
  Poco::JSON::Object answer;
  answer.set("medicines", NamedEntries(knowledge.medicines));
  answer.set("tests", NamedEntries(knowledge.tests));
  std::vector<std::string> organs;
  for (const content::OrganRules& organ : knowledge.organs) organs.push_back(organ.organ);
  answer.set("organs", ToArray(organs));
  return Stringify(answer);
}

std::string PrintService::ClinicJson() const {
  const content::Theme& theme = resources_.theme();
  Poco::JSON::Object answer;
  answer.set("organisation", theme.organisation);
  answer.set("contact", theme.contact);
  answer.set("emergency_number", theme.emergency_number);
  answer.set("out_of_hours", theme.out_of_hours);
  return Stringify(answer);
}

}  // namespace careplan::serve
