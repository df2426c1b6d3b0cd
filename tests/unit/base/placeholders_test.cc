#include "base/placeholders.h"

#include <gtest/gtest.h>

#include <string>

namespace careplan {
namespace {

TEST(PlaceholdersTest, EveryPlaceholderIsReplacedOnce) {
  std::string text = "My {other} and {medicine}: what of the {other}?";
  ReplaceAll(&text, "{other}", "GTN spray");
  ReplaceAll(&text, "{medicine}", "sildenafil");
  EXPECT_EQ(text, "My GTN spray and sildenafil: what of the GTN spray?");
}

TEST(PlaceholdersTest, AValueHoldingThePlaceholderIsNotReplacedAgain) {
  std::string text = "{x} and {x}";
  ReplaceAll(&text, "{x}", "{x}{x}");
  EXPECT_EQ(text, "{x}{x} and {x}{x}");
  ReplaceAll(&text, "", "y");  // nothing to look for: unchanged
  EXPECT_EQ(text, "{x}{x} and {x}{x}");
}

}  // namespace
}  // namespace careplan
