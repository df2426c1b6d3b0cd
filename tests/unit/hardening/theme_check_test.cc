// The check of the fuzz_theme target (tests/fuzz/fuzz_checks.h), run on the
// inputs that reach each of the theme loader's refusals, so that the check
// itself is known to hold on them and a finding can be replayed here.
#include <gtest/gtest.h>

#include "fuzz/fuzz_checks.h"

namespace careplan::hardening {
namespace {

bool Accepted(const std::string& text) {
  Diagnostics diagnostics;
  return content::ParseTheme(text, fuzz::kFuzzThemeFile, DiskFileReader(), &diagnostics)
      .has_value();
}

TEST(ThemeCheckTest, TheRealLogoIsAccepted) {
  const std::string text =
      "organisation: \"A clinic\"\nlogo: \"example-clinic-logo.png\"\naccent_colour: "
      "\"#0b5e57\"\n";
  EXPECT_EQ(fuzz::CheckThemeText(text), "");
  EXPECT_TRUE(Accepted(text));
}

TEST(ThemeCheckTest, EveryRefusalHoldsTheCheck) {
  for (const std::string text : {
           "logo: \"missing.png\"\n",       // no such file
           "logo: \"../../README.md\"\n",   // outside the theme's folder
           "logo: \"default.yaml\"\n",      // not an image
           "accent_colour: \"#ffff00\"\n",  // too pale on white
           "accent_colour: \"0b5e57\"\n",   // no '#'
           "organsation: \"typo\"\n",       // unknown key
           "- not a mapping\n",             // not a mapping
           "organisation: [a, b]\n",        // not text
           "\xff\xfe",                      // not UTF-8
       }) {
    SCOPED_TRACE(text);
    EXPECT_EQ(fuzz::CheckThemeText(text), "");
    EXPECT_FALSE(Accepted(text));
  }
}

}  // namespace
}  // namespace careplan::hardening
