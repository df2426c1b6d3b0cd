// A small hand-made PagedDocument for the PDF writer tests: three A4 pages
// with Latin, Vietnamese, Greek and Cyrillic text in both faces, rules,
// rectangles with every fill, a polygon, contents links, nested bookmarks and
// metadata. Also the tool runner the tests use to ask qpdf and poppler.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "layout/paged_document.h"
#include "pdf/pdf_writer.h"

namespace careplan::pdf::testing {

inline FontFiles BundledFonts() {
  return {CAREPLAN_SOURCE_DIR "/fonts/NotoSans-Regular.ttf",
          CAREPLAN_SOURCE_DIR "/fonts/NotoSans-Bold.ttf"};
}

// The strings drawn by SampleDocument(), one per line of pdftotext output.
inline const char* const kSampleLines[] = {
    "Care plan for Nguyễn Thị Ánh Tuyết",
    "María José Ñúñez, São Paulo: “quoted” – ½ tablet, 37.5 °C",
    "Ελληνικά: Ωμέγα, ψυχή, ΐ",
    "Русский: Жизнь, щёки, Українська: їжак",
    "Tiếng Việt: Nghiêng, ưu tiên, đường huyết, Ỷ Ỵ",
    "Medicines",
    "Contacts and notes",
};

inline layout::TextItem Text(double x, double y, const std::string& text,
                             font::Face face = font::Face::kRegular, double size = 12,
                             Color color = kBlack) {
  layout::TextItem item;
  item.x = x;
  item.baseline_y = y;
  item.text = text;
  item.face = face;
  item.size_pt = size;
  item.color = color;
  return item;
}

inline layout::RectItem Rect(double x, double y, double w, double h, doc::Fill fill,
                             bool dashed = false) {
  layout::RectItem rect;
  rect.x = x, rect.y = y, rect.width = w, rect.height = h;
  rect.fill = fill;
  rect.fill_color = Color{0x1f, 0x4e, 0x79};
  rect.dashed = dashed;
  return rect;
}

inline layout::PagedDocument SampleDocument() {
  layout::PagedDocument d;
  d.info.title = "Care plan – María Ñúñez";
  d.info.subject = "Care plan and monitoring schedule";
  d.info.author = "Clinique Sainte-Thérèse";
  d.info.keywords = "care plan, Ωμέγα, Жизнь";
  d.info.creator = "careplan 0.1.0";
  d.info.language = "en";
  d.info.creation_date = Date(2026, 11, 24);
  d.pages.resize(3);

  auto& p1 = d.pages[0].items;
  p1.push_back(Text(56.7, 80, kSampleLines[0], font::Face::kBold, 20, Color{0x1f, 0x4e, 0x79}));
  p1.push_back(Text(56.7, 120, kSampleLines[1]));
  p1.push_back(Text(56.7, 140, kSampleLines[2]));
  p1.push_back(Text(56.7, 160, kSampleLines[3], font::Face::kBold));
  p1.push_back(Text(56.7, 180, kSampleLines[4]));
  p1.push_back(Text(56.7, 220, "Contents", font::Face::kBold, 16));
  p1.push_back(Text(56.7, 245, "Medicines ........ 2"));
  p1.push_back(Text(56.7, 265, "Contacts ........ 3"));
  d.pages[0].links.push_back({56.7, 233, 300, 16, 1, 56.7});
  d.pages[0].links.push_back({56.7, 253, 300, 16, 2, 56.7});

  auto& p2 = d.pages[1].items;
  p2.push_back(Text(56.7, 80, kSampleLines[5], font::Face::kBold, 16));
  p2.push_back(layout::LineItem{56.7, 90, 538.6, 90, 1.5, Color{0x1f, 0x4e, 0x79}, false});
  p2.push_back(layout::LineItem{56.7, 100, 538.6, 100, 0.75, kBlack, true});
  double x = 56.7;
  for (doc::Fill fill : {doc::Fill::kNone, doc::Fill::kSolid, doc::Fill::kHatched,
                         doc::Fill::kCrossHatched, doc::Fill::kDotted}) {
    p2.push_back(Rect(x, 120, 60, 90, fill));
    x += 80;
  }
  p2.push_back(Rect(56.7, 230, 200, 40, doc::Fill::kNone, /*dashed=*/true));
  layout::PolygonItem triangle;
  triangle.points = {{300, 230}, {340, 270}, {260, 270}};
  triangle.fill_color = Color{200, 0, 0};
  p2.push_back(triangle);
  p2.push_back(Text(56.7, 300, "Bar chart: hatched = missed doses, dotted = taken"));

  auto& p3 = d.pages[2].items;
  p3.push_back(Text(56.7, 80, kSampleLines[6], font::Face::kBold, 16));
  p3.push_back(Text(56.7, 110, "Call 115 in an emergency."));

  d.bookmarks = {
      {1, "Ánh’s care plan", 0, 56.7},
      {2, "Medicines – Ωμέγα", 1, 56.7},
      {2, "Контакты", 2, 56.7},
      {1, "Notes (😀 beyond the BMP)", 2, 100},
  };
  return d;
}

// Output of a shell command: exit status, stdout, stderr.
struct ToolResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// Runs `command` through the shell; stderr is captured through a file.
inline ToolResult RunTool(const std::string& command, const std::string& scratch_prefix) {
  ToolResult result;
  const std::string err_path = scratch_prefix + ".stderr";
  FILE* pipe = popen((command + " 2>'" + err_path + "'").c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = ReadFile(err_path);
  std::remove(err_path.c_str());
  return result;
}

}  // namespace careplan::pdf::testing
