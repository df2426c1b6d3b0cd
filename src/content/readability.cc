#include "content/readability.h"

#include <cstdio>
#include <variant>

namespace careplan::content {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Any byte of a multi-byte UTF-8 character counts as a letter (accented
// names, Greek): it makes a token a word.
bool IsWordChar(char c) {
  return IsAsciiLetter(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool EndsWith(const std::string& word, std::string_view end) {
  return word.size() >= end.size() && word.compare(word.size() - end.size(), end.size(), end) == 0;
}

// Syllables of one part of a word (no "-" or "/").
int PartSyllables(std::string_view part) {
  std::string letters;
  for (char c : part) {
    if (IsAsciiLetter(c)) letters += static_cast<char>(c | 0x20);
  }
  if (letters.empty()) return 1;
  int groups = 0;
  bool in_vowels = false;
  for (char c : letters) {
    const bool vowel = IsVowel(c);
    if (vowel && !in_vowels) ++groups;
    in_vowels = vowel;
  }
  if (groups > 1) {
    const size_t n = letters.size();
    const char before_e = n >= 2 ? letters[n - 2] : ' ';
    const char before_ending = n >= 3 ? letters[n - 3] : ' ';
    if (letters.back() == 'e' && before_e != 'e' &&
        !(before_e == 'l' && n >= 3 && !IsVowel(before_ending))) {
      --groups;  // take, smoke
    } else if (EndsWith(letters, "es") && !IsVowel(before_ending) &&
               std::string_view("cgsxzh").find(before_ending) == std::string_view::npos) {
      --groups;  // takes
    } else if (EndsWith(letters, "ed") && !IsVowel(before_ending) && before_ending != 't' &&
               before_ending != 'd') {
      --groups;  // asked
    }
  }
  return groups < 1 ? 1 : groups;
}

bool EndsSentence(std::string_view text, size_t i) {
  const char c = text[i];
  if (c != '.' && c != '!' && c != '?') return false;
  if (i + 1 == text.size()) return true;
  const char next = text[i + 1];
  return IsSpace(next) || next == ')' || next == '"' || next == '\'';
}

std::string Flatten(const doc::RichText& text) {
  std::string flat;
  for (const doc::Span& span : text) flat += span.text;
  return flat;
}

}  // namespace

double TextStats::Grade() const {
  if (words == 0 || sentences == 0) return 0;
  return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
}

TextStats& TextStats::operator+=(const TextStats& other) {
  words += other.words;
  sentences += other.sentences;
  syllables += other.syllables;
  return *this;
}

int CountSyllables(std::string_view word) {
  int syllables = 0;
  size_t start = 0;
  for (size_t i = 0; i <= word.size(); ++i) {
    if (i == word.size() || word[i] == '-' || word[i] == '/') {
      const std::string_view part = word.substr(start, i - start);
      bool has_word_char = false;
      for (char c : part) has_word_char = has_word_char || IsWordChar(c);
      if (has_word_char) syllables += PartSyllables(part);
      start = i + 1;
    }
  }
  return syllables;
}

TextStats MeasureText(std::string_view text) {
  TextStats stats;
  bool open_sentence = false;  // words since the last sentence end
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    const std::string_view token = text.substr(start, i - start);
    bool is_word = false;
    for (char c : token) is_word = is_word || IsWordChar(c);
    if (is_word) {
      ++stats.words;
      stats.syllables += CountSyllables(token);
      open_sentence = true;
    }
    for (size_t j = start; j < i; ++j) {
      if (open_sentence && EndsSentence(text, j)) {
        ++stats.sentences;
        open_sentence = false;
      }
    }
  }
  if (open_sentence) ++stats.sentences;
  return stats;
}

TextStats MeasureBlocks(const std::vector<doc::Block>& blocks) {
  TextStats stats;
  for (const doc::Block& block : blocks) {
    if (const auto* paragraph = std::get_if<doc::Paragraph>(&block)) {
      stats += MeasureText(Flatten(paragraph->text));
    } else if (const auto* list = std::get_if<doc::List>(&block)) {
      for (const doc::RichText& item : list->items) stats += MeasureText(Flatten(item));
    } else if (const auto* table = std::get_if<doc::Table>(&block)) {
      for (const auto& row : table->rows) {
        for (const doc::RichText& cell : row) stats += MeasureText(Flatten(cell));
      }
    } else if (const auto* callout = std::get_if<doc::Callout>(&block)) {
      for (const doc::RichText& text : callout->paragraphs) stats += MeasureText(Flatten(text));
      for (const doc::RichText& text : callout->items) stats += MeasureText(Flatten(text));
    } else if (const auto* checklist = std::get_if<doc::Checklist>(&block)) {
      for (const doc::ChecklistItem& item : checklist->items) {
        stats += MeasureText(Flatten(item.text));
      }
    }
  }
  return stats;
}

Readability ReadabilityReport(const Guide& guide) {
  Readability report;
  double total = 0;
  for (const GuideSection& section : guide.sections) {
    SectionReadability entry;
    entry.id = section.id;
    entry.title = section.title;
    entry.stats = MeasureBlocks(section.body);
    entry.grade = entry.stats.Grade();
    total += entry.grade;
    report.sections.push_back(std::move(entry));
  }
  if (!report.sections.empty()) {
    report.average_grade = total / static_cast<double>(report.sections.size());
  }
  return report;
}

std::string FormatReadabilityReport(const Readability& readability) {
  // snprintf with "%.1f" is locale-dependent only for LC_NUMERIC, which the
  // program never changes from "C".
  std::string text = "section                          words  sentences  syllables  grade\n";
  char line[160];
  for (const SectionReadability& section : readability.sections) {
    std::snprintf(line, sizeof line, "%-32s %5d  %9d  %9d  %5.1f\n", section.id.c_str(),
                  section.stats.words, section.stats.sentences, section.stats.syllables,
                  section.grade);
    text += line;
  }
  std::snprintf(line, sizeof line, "average grade (%zu sections): %.1f\n",
                readability.sections.size(), readability.average_grade);
  text += line;
  return text;
}

}  // namespace careplan::content
