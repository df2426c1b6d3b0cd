#include "content/readability.h"

#include <gtest/gtest.h>

#include "content_fixtures.h"

namespace careplan::content {
namespace {

TEST(ReadabilityTest, CountsSyllablesByVowelGroups) {
  EXPECT_EQ(CountSyllables("cat"), 1);
  EXPECT_EQ(CountSyllables("take"), 1);     // silent e
  EXPECT_EQ(CountSyllables("takes"), 1);    // silent es
  EXPECT_EQ(CountSyllables("uses"), 2);     // es after s is heard
  EXPECT_EQ(CountSyllables("asked"), 1);    // silent ed
  EXPECT_EQ(CountSyllables("started"), 2);  // ed after t is heard
  EXPECT_EQ(CountSyllables("little"), 2);   // -le after a consonant
  EXPECT_EQ(CountSyllables("the"), 1);
  EXPECT_EQ(CountSyllables("Scleroderma"), 4);
  EXPECT_EQ(CountSyllables("immunosuppressive"), 6);
  EXPECT_EQ(CountSyllables("fragrance-free"), 3);
  EXPECT_EQ(CountSyllables("38.0"), 1);
  EXPECT_EQ(CountSyllables("(scarring"), 2);
}

TEST(ReadabilityTest, CountsWordsAndSentences) {
  const TextStats stats = MeasureText("Take it with food. Call us at 38.0 °C! Is it (really) so?");
  EXPECT_EQ(stats.words, 13);
  EXPECT_EQ(stats.sentences, 3);
  // A list item without a full stop is still one sentence.
  EXPECT_EQ(MeasureText("Your ankles swell").sentences, 1);
  EXPECT_EQ(MeasureText("See https://clinicaltrials.gov for trials").sentences, 1);
  EXPECT_EQ(MeasureText("").words, 0);
}

TEST(ReadabilityTest, FleschKincaidFormula) {
  TextStats stats{100, 10, 150};
  EXPECT_NEAR(stats.Grade(), 0.39 * 10 + 11.8 * 1.5 - 15.59, 1e-9);
  EXPECT_EQ(TextStats{}.Grade(), 0);
}

TEST(ReadabilityTest, HeadingsAreLeftOut) {
  const std::vector<doc::Block> blocks = {
      doc::Heading{2, "An extraordinarily complicated heading", true, false},
      doc::Paragraph{doc::Plain("Stop smoking. It helps.")},
      doc::List{false, {doc::Plain("Keep warm"), doc::Strong("Wear gloves")}},
  };
  const TextStats stats = MeasureBlocks(blocks);
  EXPECT_EQ(stats.words, 8);
  EXPECT_EQ(stats.sentences, 4);
}

TEST(ReadabilityTest, ShippedGuideIsPlainEnough) {
  const Readability report = ReadabilityReport(testing::ShippedGuide());
  ASSERT_EQ(report.sections.size(), testing::ShippedGuide().sections.size());
  for (const SectionReadability& section : report.sections) {
    EXPECT_GT(section.stats.words, 100) << section.id;
  }
  EXPECT_LE(report.average_grade, 9.0) << FormatReadabilityReport(report);
  std::cout << FormatReadabilityReport(report);
}

}  // namespace
}  // namespace careplan::content
