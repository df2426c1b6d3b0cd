// The shapes of each small icon (doc::Icon), drawn with the document's chart
// polygons on a 12 x 12 square (y down), in two inks: black is the icon's
// colour, white is paper showing through. Solid shapes only, so that they
// stay clear when small, printed in black and white or photocopied. One
// icon per file: warning_icon.cc, phone_icon.cc, medicine_icon.cc,
// calendar_icon.cc.
#pragma once

#include <vector>

#include "doc/document.h"

namespace careplan::layout {

inline constexpr double kIconGrid = 12;

using IconShapes = std::vector<doc::ChartPolygon>;

// A warning triangle with a white exclamation mark.
IconShapes WarningIconShapes();
// A telephone: its handset resting on a base with white keys.
IconShapes PhoneIconShapes();
// A capsule lying at a slant, one half solid, the other white.
IconShapes MedicineIconShapes();
// A wall calendar: two rings, a solid top band and a grid of days.
IconShapes CalendarIconShapes();

// The shapes of `icon`; none for Icon::kNone.
IconShapes ShapesOf(doc::Icon icon);

// Helpers for the icon files: a rectangle, and a disc as a polygon.
doc::ChartPolygon IconRect(double left, double top, double right, double bottom, Color color);
doc::ChartPolygon IconDisc(double cx, double cy, double radius, Color color);

}  // namespace careplan::layout
