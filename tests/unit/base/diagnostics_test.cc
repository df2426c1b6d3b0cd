// FormatDiagnostic shows what a message quotes, never lets it act on the
// terminal: controls, direction controls and bytes that are not UTF-8 are
// written escaped, wherever they are (file name, message, hint).
#include "base/diagnostics.h"

#include <gtest/gtest.h>

#include <string>

namespace careplan {
namespace {

std::string Format(std::string file, std::string message, std::vector<std::string> hints = {}) {
  return FormatDiagnostic(Diagnostic{Severity::kError, SourceLoc{std::move(file), 3, 7},
                                     std::move(message), std::move(hints)});
}

TEST(DiagnosticsTest, PlainTextIsUnchanged) {
  EXPECT_EQ(Format("p.yaml", "unknown key \"nmae\" for Zoë", {"did you mean \"name\"?"}),
            "p.yaml:3:7: error: unknown key \"nmae\" for Zoë\n  hint: did you mean \"name\"?");
}

TEST(DiagnosticsTest, EscapeSequenceIsShownNotSent) {
  EXPECT_EQ(Format("p.yaml", "unknown key \"\x1B[2J\x1B[32mok\""),
            "p.yaml:3:7: error: unknown key \"\\u001B[2J\\u001B[32mok\"");
}

TEST(DiagnosticsTest, LineBreaksCannotForgeALine) {
  EXPECT_EQ(Format("p.yaml", "bad\rp.yaml: ok\n", {"a\nb"}),
            "p.yaml:3:7: error: bad\\u000Dp.yaml: ok\\u000A\n  hint: a\\u000Ab");
}

TEST(DiagnosticsTest, OtherInvisibleCharactersAreEscaped) {
  EXPECT_EQ(Format("p.yaml",
                   std::string("nul \0 del \x7F c1 \xC2\x9B rlo \xE2\x80\xAE ls \xE2\x80\xA8", 32)),
            "p.yaml:3:7: error: nul \\u0000 del \\u007F c1 \\u009B rlo \\u202E ls \\u2028");
}

TEST(DiagnosticsTest, FileNameIsEscapedToo) {
  EXPECT_EQ(Format("evil\x1B]0;title\x07.yaml", "x"),
            "evil\\u001B]0;title\\u0007.yaml:3:7: error: x");
  EXPECT_EQ(Format("caf\xE9.yaml", "x"), "caf\\xE9.yaml:3:7: error: x");
}

}  // namespace
}  // namespace careplan
