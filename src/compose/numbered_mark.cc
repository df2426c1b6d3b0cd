#include "compose/numbered_mark.h"

#include <cmath>
#include <numbers>
#include <string>

namespace careplan::compose {

void AddNumberedMark(const NumberedMark& mark, std::vector<doc::ChartItem>* items) {
  // The radius follows the text size, not the drawing's scale, so the number
  // always fits inside its disc.
  const double radius = 0.75 * mark.text_size_pt / mark.scale;
  doc::ChartPolygon disc;
  disc.fill_color = kBlack;
  for (int i = 0; i < mark.disc_sides; ++i) {
    const double angle = 2 * std::numbers::pi * i / mark.disc_sides;
    disc.points.emplace_back((mark.cx + radius * std::cos(angle)) * mark.scale,
                             (mark.cy + radius * std::sin(angle)) * mark.scale);
  }
  items->push_back(std::move(disc));
  doc::ChartText text;
  text.x = mark.cx * mark.scale;
  // Digits stand about 0.7 em tall on the baseline: 0.35 em below the
  // centre puts their middle on it.
  text.y_baseline = mark.cy * mark.scale + 0.35 * mark.text_size_pt;
  text.text = std::to_string(mark.number);
  text.size_pt = mark.text_size_pt;
  text.style = doc::TextStyle::kBold;
  text.anchor = doc::TextAnchor::kMiddle;
  text.color = kWhite;
  items->push_back(std::move(text));
}

}  // namespace careplan::compose
