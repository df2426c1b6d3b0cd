#include "compose/seated_reading_picture.h"

#include <cmath>
#include <numbers>

#include "compose/numbered_mark.h"

namespace careplan::compose {
namespace {

// The drawing is designed at 12 pt body text on this grid, then scaled.
constexpr double kDesignWidth = 270;
constexpr double kDesignHeight = 175;
constexpr double kDesignBodySize = 12;
constexpr double kLimbWidth = 5;
constexpr double kFurnitureWidth = 2;
constexpr int kCircleSides = 24;

struct Pen {
  double scale = 1;
  std::vector<doc::ChartItem>* items = nullptr;

  void Line(double x1, double y1, double x2, double y2, double width) const {
    items->push_back(doc::ChartLine{x1 * scale, y1 * scale, x2 * scale, y2 * scale, width * scale,
                                    kBlack, false});
  }
  void Box(double x, double y, double width, double height, doc::Fill fill) const {
    doc::ChartRect rect;
    rect.x = x * scale;
    rect.y = y * scale;
    rect.width = width * scale;
    rect.height = height * scale;
    rect.fill = fill;
    items->push_back(rect);
  }
  void Disc(double cx, double cy, double radius, Color color) const {
    doc::ChartPolygon polygon;
    polygon.fill_color = color;
    for (int i = 0; i < kCircleSides; ++i) {
      const double angle = 2 * std::numbers::pi * i / kCircleSides;
      polygon.points.emplace_back((cx + radius * std::cos(angle)) * scale,
                                  (cy + radius * std::sin(angle)) * scale);
    }
    items->push_back(std::move(polygon));
  }
  // A numbered mark (compose/numbered_mark.h), its disc as round as the head.
  void Mark(double cx, double cy, int number, double text_size) const {
    AddNumberedMark({number, cx, cy, scale, text_size, kCircleSides}, items);
  }
};

void DrawFurniture(const Pen& pen) {
  pen.Line(10, 165, 260, 165, kFurnitureWidth);      // floor
  pen.Line(42, 48, 42, 165, kFurnitureWidth * 2);    // chair back and back leg
  pen.Line(42, 112, 112, 112, kFurnitureWidth * 2);  // seat
  pen.Line(108, 112, 108, 165, kFurnitureWidth);     // front leg
  pen.Line(150, 90, 262, 90, kFurnitureWidth * 2);   // table top
  pen.Line(158, 90, 158, 165, kFurnitureWidth);      // table legs
  pen.Line(254, 90, 254, 165, kFurnitureWidth);
  pen.Box(196, 66, 40, 22, doc::Fill::kNone);  // the monitor on the table
  pen.Line(92, 76, 196, 80, 1);                // its tube to the cuff
}

void DrawPerson(const Pen& pen) {
  pen.Disc(66, 30, 12, kBlack);                       // head
  pen.Line(58, 44, 58, 106, kLimbWidth * 2);          // body, against the chair back
  pen.Line(58, 108, 124, 108, kLimbWidth * 1.6);      // thigh on the seat
  pen.Line(124, 108, 124, 160, kLimbWidth);           // lower leg, upright
  pen.Line(124, 161, 142, 161, kLimbWidth);           // foot flat on the floor
  pen.Line(60, 50, 86, 84, kLimbWidth);               // upper arm
  pen.Line(86, 84, 180, 86, kLimbWidth);              // forearm resting on the table
  pen.Box(70, 62, 14, 16, doc::Fill::kCrossHatched);  // the cuff, at heart level
}

}  // namespace

doc::Chart MakeSeatedReadingPicture(const Measures& measures) {
  const double scale = measures.body_size_pt / kDesignBodySize;
  const double text_size = measures.text_size_pt > 0 ? measures.text_size_pt : 0.9 * 12;
  doc::Chart chart;
  chart.width_pt = kDesignWidth * scale;
  chart.height_pt = kDesignHeight * scale;
  const Pen pen{scale, &chart.items};
  DrawFurniture(pen);
  DrawPerson(pen);
  pen.Mark(24, 70, 1, text_size);    // back supported
  pen.Mark(100, 52, 2, text_size);   // cuff at heart level, arm on the table
  pen.Mark(152, 148, 3, text_size);  // feet flat
  chart.description =
      "How to sit: (1) your back against the chair; (2) your arm resting on a table, with the "
      "cuff at the level of your heart; (3) your feet flat on the floor.";
  return chart;
}

}  // namespace careplan::compose
