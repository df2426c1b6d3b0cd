// Readability: the Flesch–Kincaid grade of the guide's sections, so that
// editors can keep the text plain (templates/README.md asks for grade 8 or
// below per section and 9 or below on average). Computed from the section
// bodies the guide loader produced; printed by `careplan readability`.
//
// Grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59.
//
// What is counted (a heuristic, as every FK tool's is):
// - Text: paragraphs, list items, table cells and call-out text of a
//   section's body. Headings are left out (they are labels, not sentences).
// - Words: runs of characters between white space that contain a letter or a
//   digit; "fragrance-free" is one word.
// - Sentences: a ".", "!" or "?" followed by white space, a closing bracket
//   or quote, or the end of the text ("38.0" and URLs do not end one); each
//   paragraph and list item ends a sentence even without a full stop.
// - Syllables (CountSyllables), per part of a word split at "-" and "/",
//   on its lowercase ASCII letters: the number of groups of vowels
//   (a e i o u y), then minus one for a silent ending when the part has more
//   than one group: a final "e" ("take"; not "-le" after a consonant as in
//   "little", not "ee"), a final "es" after a letter other than c g s x z h
//   ("takes"; not "uses", "changes"), a final "ed" after a letter other than
//   t d ("asked"; not "started"). At least 1 per part; a part with no ASCII
//   letter (a number, "°C" counts its "c") counts 1.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/guide.h"

namespace careplan::content {

struct TextStats {
  int words = 0;
  int sentences = 0;
  int syllables = 0;

  // Flesch–Kincaid grade level; 0 for no words.
  double Grade() const;
  TextStats& operator+=(const TextStats& other);
};

// Syllables in one word, by the vowel-group heuristic above.
int CountSyllables(std::string_view word);

// Counts one piece of running text (a paragraph or list item); its end
// always ends a sentence.
TextStats MeasureText(std::string_view text);

// Counts the prose of a section body (see above for what is included).
TextStats MeasureBlocks(const std::vector<doc::Block>& blocks);

struct SectionReadability {
  std::string id;
  std::string title;
  TextStats stats;
  double grade = 0;
};

struct Readability {
  std::vector<SectionReadability> sections;  // in the guide's order
  // The mean of the sections' grades. Every section of a guide is written for
  // patients, so every section counts.
  double average_grade = 0;
};

Readability ReadabilityReport(const Guide& guide);

// A table for `careplan readability`: one line per section (id, words,
// sentences, syllables, grade) and the average, grades to one decimal place.
std::string FormatReadabilityReport(const Readability& readability);

}  // namespace careplan::content
