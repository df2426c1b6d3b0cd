#include "serve/diagnostics_json.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <sstream>

#include "serve/yaml_path.h"

namespace careplan::serve {
namespace {

std::string Stringify(const Poco::JSON::Object& object) {
  std::ostringstream out;
  object.stringify(out);
  return out.str();
}

Poco::JSON::Object::Ptr DiagnosticObject(const Diagnostic& diagnostic, const YamlPathIndex& paths) {
  Poco::JSON::Object::Ptr item = new Poco::JSON::Object();
  item->set("severity", diagnostic.severity == Severity::kError ? "error" : "warning");
  item->set("file", diagnostic.loc.file);
  item->set("line", diagnostic.loc.line);
  item->set("column", diagnostic.loc.column);
  item->set("path", paths.PathAt(diagnostic.loc.line, diagnostic.loc.column));
  item->set("message", diagnostic.message);
  Poco::JSON::Array::Ptr hints = new Poco::JSON::Array();
  for (const std::string& hint : diagnostic.hints) hints->add(hint);
  item->set("hints", hints);
  item->set("text", FormatDiagnostic(diagnostic));
  return item;
}

}  // namespace

std::string DiagnosticsJson(const Diagnostics& diagnostics, std::string_view yaml) {
  Poco::JSON::Object answer;
  answer.set("ok", !diagnostics.has_errors());
  answer.set("errors", diagnostics.error_count());
  answer.set("warnings", diagnostics.warning_count());
  const YamlPathIndex paths(yaml);
  Poco::JSON::Array::Ptr items = new Poco::JSON::Array();
  for (const Diagnostic& diagnostic : diagnostics.Sorted()) {
    items->add(DiagnosticObject(diagnostic, paths));
  }
  answer.set("diagnostics", items);
  return Stringify(answer);
}

std::string ErrorJson(const std::string& message) {
  Poco::JSON::Object answer;
  answer.set("error", message);
  return Stringify(answer);
}

}  // namespace careplan::serve
