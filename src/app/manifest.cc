#include "app/manifest.h"

#include <Poco/DigestEngine.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/SHA2Engine.h>

#include <sstream>

#include "base/utf8.h"

namespace careplan::app {
namespace {

// File names are bytes, and JSON text is Unicode: a name that is not valid
// UTF-8 has each bad byte written as U+FFFD, so the manifest stays valid JSON
// (the name is then for people, not for opening the file).
std::string ValidUtf8(const std::string& text) {
  if (!FindInvalidUtf8(text)) return text;
  return EncodeUtf8(DecodeUtf8(text));
}

Poco::JSON::Array::Ptr ToArray(const std::vector<std::string>& items) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array();
  for (const std::string& item : items) array->add(ValidUtf8(item));
  return array;
}

Poco::JSON::Object::Ptr ToObject(const ManifestEntry& entry) {
  // Preserve insertion order so the file reads in a fixed, sensible order.
  Poco::JSON::Object::Ptr object = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  object->set("input", ValidUtf8(entry.input));
  object->set("status", entry.status);
  object->set("output", ValidUtf8(entry.output));
  object->set("pages", entry.pages);
  object->set("bytes", static_cast<Poco::UInt64>(entry.bytes));
  object->set("sha256", entry.sha256);
  object->set("warnings", ToArray(entry.warnings));
  object->set("errors", ToArray(entry.errors));
  return object;
}

}  // namespace

std::string ManifestJson(const std::vector<ManifestEntry>& entries,
                         const ManifestSummary& summary) {
  Poco::JSON::Object root(Poco::JSON_PRESERVE_KEY_ORDER);
  root.set("format", "careplan-manifest/v1");
  root.set("shard", summary.shard);
  root.set("interrupted", summary.interrupted);
  root.set("rendered", summary.rendered);
  root.set("failed", summary.failed);
  root.set("not_started", summary.not_started);
  Poco::JSON::Array::Ptr items = new Poco::JSON::Array();
  for (const ManifestEntry& entry : entries) items->add(ToObject(entry));
  root.set("entries", items);
  std::ostringstream out;
  root.stringify(out, 2);
  out << "\n";
  return out.str();
}

std::string Sha256Hex(const std::string& bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

}  // namespace careplan::app
