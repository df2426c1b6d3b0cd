// YAML syntax errors in plain words, at the place the mistake was made (not
// the line after, where yaml-cpp notices it): each test asserts the whole
// text the user sees.
#include "yaml/yaml_syntax_help.h"

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

std::string Errors(std::string_view yaml) {
  Diagnostics diagnostics;
  LoadOptions options;
  options.today = Date(2026, 11, 24);
  const std::optional<Profile> profile = LoadProfile(yaml, "p.yaml", options, &diagnostics);
  EXPECT_EQ(profile.has_value(), !diagnostics.has_errors());
  return FormatDiagnostics(diagnostics);
}

TEST(YamlSyntaxHelpTest, MissingSpaceAfterColonInsideAMapping) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name:Anna\n"
                   "  identifier: X\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "p.yaml:3:7: error: a space is missing after \"name:\"; YAML reads \"name:Anna\" as "
            "one piece of text, not as a key and its value\n"
            "  hint: write \"name: Anna\"\n");
}

TEST(YamlSyntaxHelpTest, MissingSpaceAfterColonLastInAListEntry) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: Anna\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"
                   "treatments:\n"
                   "  - name: methotrexate\n"
                   "    started:2024-01\n"
                   "planned: []\n"),
            "p.yaml:8:12: error: a space is missing after \"started:\"; YAML reads "
            "\"started:2024-01\" as one piece of text, not as a key and its value\n"
            "  hint: write \"started: 2024-01\"\n");
}

TEST(YamlSyntaxHelpTest, MissingSpaceAfterColonInTheMiddleOfAListEntry) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: Anna\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"
                   "treatments:\n"
                   "  - name: methotrexate\n"
                   "    started:2024-01\n"
                   "    outcome: ongoing\n"),
            "p.yaml:8:12: error: a space is missing after \"started:\"; YAML reads "
            "\"started:2024-01\" as one piece of text, not as a key and its value\n"
            "  hint: write \"started: 2024-01\"\n");
}

TEST(YamlSyntaxHelpTest, NonBreakingSpaceAfterColon) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name:\u00A0Anna\n"
                   "  identifier: X\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "p.yaml:3:8: error: a U+00A0 non-breaking space is used here; YAML needs an ordinary "
            "space\n"
            "  hint: delete it and type an ordinary space (word processors and some keyboards "
            "put in non-breaking ones)\n");
}

TEST(YamlSyntaxHelpTest, NonBreakingSpaceInIndentationBeforeAnError) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "\u00A0 name: Anna\n"
                   "  identifier: X\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "p.yaml:3:1: error: a U+00A0 non-breaking space is used here; YAML needs an ordinary "
            "space\n"
            "  hint: delete it and type an ordinary space (word processors and some keyboards "
            "put in non-breaking ones)\n");
}

TEST(YamlSyntaxHelpTest, NonBreakingSpaceInIndentationThatYamlAccepts) {
  // YAML reads "\u00A0 identifier" as a key of the top level: the space is
  // reported in the same words, and the key is read without it.
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: Anna\n"
                   "\u00A0 identifier: X\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "p.yaml:4:1: error: a U+00A0 non-breaking space is used here; YAML needs an ordinary "
            "space\n"
            "  hint: delete it and type an ordinary space (word processors and some keyboards "
            "put in non-breaking ones)\n"
            "p.yaml:4:1: error: unknown key \"identifier\"\n"
            "  hint: check the indentation: \"identifier\" is a key of patient\n");
}

TEST(YamlSyntaxHelpTest, UnclosedQuotePointsAtTheOpeningQuote) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: \"Ann Lee\n"
                   "  identifier: \"MRN 1\"\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "p.yaml:3:9: error: the \" here starts quoted text that is not closed on its line, "
            "so YAML reads on to the \" on line 4\n"
            "  hint: end the text with \" on this line; a \" inside double-quoted text is "
            "written \\\"\n");
}

TEST(YamlSyntaxHelpTest, UnclosedSingleQuoteClosedLinesLater) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: 'Ann Lee\n"
                   "  identifier: MRN 1\n"
                   "diagnosis:\n"
                   "  condition: 'systemic sclerosis'\n"),
            "p.yaml:3:9: error: the ' here starts quoted text that is not closed on its line, "
            "so YAML reads on to the ' on line 6\n"
            "  hint: end the text with ' on this line; a ' inside single-quoted text is "
            "written ''\n");
}

TEST(YamlSyntaxHelpTest, QuotedTextOverTwoLinesOnPurposeIsNotBlamed) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "notes: \"a long note\n"
                   "  that goes on\"\n"
                   "patient:\n"
                   "  name: Ann: Lee\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"),
            "p.yaml:5:12: error: this \":\" cannot start a value here\n"
            "  hint: text that contains \": \" must be in quotes; otherwise check the indentation "
            "of this line and the one before\n");
}

TEST(YamlSyntaxHelpTest, ListEntryWithoutItsDash) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: Anna\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"
                   "  organ_involvement:\n"
                   "    - skin\n"
                   "    lungs\n"
                   "    - heart\n"),
            "p.yaml:8:5: error: this line is in line with the list entries above it, but has no "
            "\"- \" in front\n"
            "  hint: write \"- \" in front to start a new list entry, or indent the line to make "
            "it part of the entry above\n");
}

TEST(YamlSyntaxHelpTest, ListOfMappingsEntryWithoutItsDash) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient:\n"
                   "  name: Anna\n"
                   "diagnosis:\n"
                   "  condition: systemic sclerosis\n"
                   "treatments:\n"
                   "  - name: methotrexate\n"
                   "    started: 2020\n"
                   "  name: mycophenolate\n"
                   "  started: 2021\n"),
            "p.yaml:9:3: error: this line is in line with the list entries above it, but has no "
            "\"- \" in front\n"
            "  hint: write \"- \" in front to start a new list entry, or indent the line to make "
            "it part of the entry above\n");
}

TEST(YamlSyntaxHelpTest, OtherParserMessagesArePlainWords) {
  EXPECT_EQ(Errors("format: careplan/v1\n"
                   "patient: {name: Anna]\n"),
            "p.yaml:2:21: error: this ] or } closes nothing\n"
            "  hint: this ] or } has no matching [ or {\n");
}

TEST(YamlSyntaxHelpTest, FindMisplacedNbsp) {
  EXPECT_EQ(FindMisplacedNbsp("  name:\u00A0Ann"), 7u);
  EXPECT_EQ(FindMisplacedNbsp("\u00A0 name: Ann"), 0u);
  EXPECT_EQ(FindMisplacedNbsp("  -\u00A0skin"), 3u);
  // Between words it is a fine character: "Dr.\u00A0Okafor" keeps together.
  EXPECT_EQ(FindMisplacedNbsp("  name: Dr.\u00A0Okafor"), std::nullopt);
}

}  // namespace
}  // namespace careplan::yaml
