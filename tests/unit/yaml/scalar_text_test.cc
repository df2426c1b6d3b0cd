// Text hygiene of profile values: control characters that YAML escapes
// make, direction controls, NFC, and values cut short by a " #" comment.
#include "yaml/scalar_text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "profile/profile_loader.h"

namespace careplan::yaml {
namespace {

// Read through the profile loader: what a profile's author sees.
using profile::LoadOptions;
using profile::LoadProfile;
using profile::Profile;

struct Loaded {
  std::optional<Profile> profile;
  std::string messages;
};

Loaded Load(std::string_view yaml) {
  Diagnostics diagnostics;
  LoadOptions options;
  options.today = Date(2026, 11, 24);
  Loaded loaded;
  loaded.profile = LoadProfile(yaml, "p.yaml", options, &diagnostics);
  loaded.messages = FormatDiagnostics(diagnostics);
  return loaded;
}

// A valid profile whose patient has `name` after "  name: " (line 3) and
// then `more_patient` (from line 4 on); diagnosis ends on the line after.
std::string WithName(std::string_view name, std::string_view more_patient = "") {
  return "format: careplan/v1\n"
         "patient:\n"
         "  name: " +
         std::string(name) + "\n" + std::string(more_patient) +
         "diagnosis:\n"
         "  condition: systemic sclerosis\n";
}

constexpr std::string_view kRemoveHint =
    "  hint: remove it: it cannot be printed, and it may hide what the text says\n";

TEST(ScalarTextTest, EscapedNulIsAnErrorAtItsEscape) {
  // yaml-cpp reads "\0" as a NUL, which the page used to drop silently.
  const Loaded loaded = Load(WithName("\"Ann\\0 Lee\""));
  EXPECT_FALSE(loaded.profile);
  EXPECT_EQ(loaded.messages,
            "p.yaml:3:13: error: control character U+0000 (written \"\\0\") is "
            "not allowed in a profile\n" +
                std::string(kRemoveHint));
}

TEST(ScalarTextTest, EveryEscapedControlIsReported) {
  const Loaded loaded = Load(WithName("\"\\e[31mAnn\\a \\x7F\\u0085\""));
  EXPECT_EQ(loaded.messages,
            "p.yaml:3:10: error: control character U+001B (written \"\\e\") is not allowed in a "
            "profile\n" +
                std::string(kRemoveHint) +
                "p.yaml:3:19: error: control character U+0007 (written \"\\a\") is not allowed in "
                "a profile\n" +
                std::string(kRemoveHint) +
                "p.yaml:3:22: error: control character U+007F (written \"\\x7F\") is not allowed "
                "in a profile\n" +
                std::string(kRemoveHint) +
                "p.yaml:3:26: error: the line separator U+0085 (written \"\\u0085\") is not "
                "supported; use an ordinary line break\n" +
                std::string(kRemoveHint));
}

TEST(ScalarTextTest, EscapedLineSeparatorIsAnError) {
  const Loaded loaded = Load(WithName("\"Ann\\LLee\""));
  EXPECT_EQ(loaded.messages,
            "p.yaml:3:13: error: the line separator U+2028 (written \"\\L\") is not supported; use "
            "an ordinary line break\n" +
                std::string(kRemoveHint));
}

TEST(ScalarTextTest, EscapedTabAndNonBreakingSpaceAreFine) {
  const Loaded loaded = Load(WithName("\"Dr.\\_Ann\\tLee\""));
  ASSERT_TRUE(loaded.profile) << loaded.messages;
  EXPECT_EQ(loaded.messages, "");
  // yaml-cpp writes \_ as the lone byte 0xA0; it must come out as UTF-8.
  EXPECT_EQ(loaded.profile->patient.name, "Dr.\u00A0Ann\tLee");
}

TEST(ScalarTextTest, EscapedLineBreakInNotesIsFine) {
  const Loaded loaded = Load(WithName("Ann") + "notes: \"one\\ntwo\"\n");
  ASSERT_TRUE(loaded.profile) << loaded.messages;
  EXPECT_EQ(loaded.profile->notes, "one\ntwo");
}

TEST(ScalarTextTest, DecomposedAccentIsComposed) {
  const Loaded loaded = Load(WithName("Zoe\u0308 A\u0301lvarez"));
  ASSERT_TRUE(loaded.profile) << loaded.messages;
  EXPECT_EQ(loaded.profile->patient.name, "Zo\u00EB \u00C1lvarez");
  ASSERT_FALSE(loaded.profile->printed_texts.empty());
  EXPECT_EQ(loaded.profile->printed_texts[0].field, "patient.name");
  EXPECT_EQ(loaded.profile->printed_texts[0].text, "Zo\u00EB \u00C1lvarez");
}

TEST(ScalarTextTest, DirectionControlIsAWarningAtTheCharacter) {
  const Loaded loaded = Load(WithName("Ann \u202Eeel"));
  ASSERT_TRUE(loaded.profile);
  EXPECT_EQ(loaded.messages,
            "p.yaml:3:13: warning: invisible direction control U+202E (RIGHT-TO-LEFT OVERRIDE) "
            "can make text read in a misleading order; it is left out of the PDF's document "
            "properties\n"
            "  hint: delete it unless right-to-left text needs it; most editors do not show it\n");
}

TEST(ScalarTextTest, EscapedDirectionControlIsAWarningAtTheEscape) {
  const Loaded loaded = Load(WithName("\"Ann \\u2066Lee\""));
  ASSERT_TRUE(loaded.profile);
  EXPECT_EQ(loaded.messages.substr(0, loaded.messages.find('\n')),
            "p.yaml:3:14: warning: invisible direction control U+2066 (LEFT-TO-RIGHT ISOLATE) "
            "can make text read in a misleading order; it is left out of the PDF's document "
            "properties");
}

constexpr std::string_view kCommentWarning =
    "text after ' #' is a comment; put the value in quotes if # is part of it";

TEST(ScalarTextTest, IdentifierCutAtAHashIsAWarningAtTheHash) {
  const Loaded loaded = Load(WithName("Ann", "  identifier: MRN #0077123\n"));
  ASSERT_TRUE(loaded.profile);
  EXPECT_EQ(loaded.profile->patient.identifier, "MRN");
  EXPECT_EQ(loaded.messages,
            "p.yaml:4:19: warning: patient.identifier: " + std::string(kCommentWarning) +
                "\n"
                "  hint: it reads as \"MRN\"; to keep all of it, write \"MRN "
                "#0077123\"\n");
}

TEST(ScalarTextTest, CommentAfterOneSpaceInAListEntryIsAWarning) {
  const Loaded loaded = Load(WithName("Ann") +
                             "care_team:\n"
                             "  - role: GP\n"
                             "    name: Dr Lee\n"
                             "    phone: 020 7946 0011 # ext 12\n");
  ASSERT_TRUE(loaded.profile);
  EXPECT_EQ(loaded.messages.substr(0, loaded.messages.find('\n')),
            "p.yaml:9:26: warning: care_team[0].phone: " + std::string(kCommentWarning));
}

TEST(ScalarTextTest, DeliberateCommentsAndQuotedValuesAreLeftBe) {
  const Loaded loaded = Load(WithName("Ann Lee  # as on her card",
                                      "  identifier: \"MRN #0077123\"\n"
                                      "  preferred_name: Ann # her choice\n") +
                             "plan_date: 2026-11-24 #today\n");
  ASSERT_TRUE(loaded.profile) << loaded.messages;
  EXPECT_EQ(loaded.profile->patient.identifier, "MRN #0077123");
  // Only the one-space comment after a short text warns; dates do not.
  EXPECT_EQ(loaded.messages.substr(0, loaded.messages.find('\n')),
            "p.yaml:5:23: warning: patient.preferred_name: " + std::string(kCommentWarning));
  EXPECT_EQ(loaded.messages.find("p.yaml:3:"), std::string::npos);
}

}  // namespace
}  // namespace careplan::yaml
