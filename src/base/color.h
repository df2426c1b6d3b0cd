// Color: an RGB colour for text, rules and chart shapes. Nothing in a plan
// relies on colour alone: outcomes and warnings also carry words or patterns.
#pragma once

#include <cstdint>

namespace careplan {

struct Color {
  uint8_t r = 0;
  uint8_t g = 0;
  uint8_t b = 0;
  bool operator==(const Color&) const = default;
};

inline constexpr Color kBlack{0, 0, 0};
inline constexpr Color kWhite{255, 255, 255};

}  // namespace careplan
