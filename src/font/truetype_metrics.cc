#include "font/truetype_metrics.h"

#include <fstream>
#include <sstream>

namespace careplan::font {
namespace {

Status ReadWholeFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open font file '" + path + "'");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read font file '" + path + "'");
  *contents = std::move(buffer).str();
  return Status::Ok();
}

}  // namespace

std::unique_ptr<TrueTypeMetrics> TrueTypeMetrics::Load(const std::string& regular_path,
                                                       const std::string& bold_path,
                                                       Status* status) {
  std::string regular, bold;
  *status = ReadWholeFile(regular_path, &regular);
  if (status->ok()) *status = ReadWholeFile(bold_path, &bold);
  if (!status->ok()) return nullptr;
  return FromBytes(regular, bold, status, regular_path, bold_path);
}

std::unique_ptr<TrueTypeMetrics> TrueTypeMetrics::FromBytes(std::string_view regular_bytes,
                                                            std::string_view bold_bytes,
                                                            Status* status,
                                                            std::string_view regular_name,
                                                            std::string_view bold_name) {
  std::unique_ptr<TrueTypeFont> regular = TrueTypeFont::Parse(regular_bytes, regular_name, status);
  if (!regular) return nullptr;
  std::unique_ptr<TrueTypeFont> bold = TrueTypeFont::Parse(bold_bytes, bold_name, status);
  if (!bold) return nullptr;
  return std::unique_ptr<TrueTypeMetrics>(new TrueTypeMetrics(std::move(regular), std::move(bold)));
}

}  // namespace careplan::font
