#include "compose/plain_words.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace careplan::compose {
namespace {

bool Mentions(const std::string& text, const std::string& name) {
  return !name.empty() && Lowered(text).find(Lowered(name)) != std::string::npos;
}

constexpr std::string_view kBeforeYouStart = "before you start ";

// Which planned medicine a "before starting" test is for: the one its
// reasons name ("before you start rituximab"), or the only one planned.
std::string PlannedNameFor(const plan::ScheduledTest& test, const plan::CarePlan& plan) {
  for (const plan::Reason& reason : test.reasons) {
    if (Lowered(reason.text).rfind(kBeforeYouStart, 0) == 0) {
      return reason.text.substr(kBeforeYouStart.size());
    }
  }
  for (const plan::PlannedEntry& planned : plan.timeline.planned) {
    for (const plan::Reason& reason : test.reasons) {
      if (Mentions(reason.text, planned.name) ||
          (planned.medicine && Mentions(reason.text, planned.medicine->name))) {
        return planned.name;
      }
    }
  }
  if (plan.timeline.planned.size() == 1) return plan.timeline.planned.front().name;
  return "your new medicine";
}

// "Steroids (glucocorticoids)" as "steroids, glucocorticoids", to stand in
// brackets itself: no nested brackets, and a capital only for abbreviations.
std::string InBrackets(std::string name) {
  for (size_t open = name.find(" ("); open != std::string::npos; open = name.find(" (")) {
    name.replace(open, 2, ", ");
    const size_t close = name.find(')', open);
    if (close != std::string::npos) name.erase(close, 1);
  }
  if (name.size() > 1 && std::isupper(static_cast<unsigned char>(name[0])) &&
      std::islower(static_cast<unsigned char>(name[1]))) {
    name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
  }
  return name;
}

// "2 Sep 2026" with no-break spaces.
std::string Unbroken(const Date& date) { return NoBreakSpaces(date.Display()); }

}  // namespace

std::string OutcomeLabel(profile::Outcome outcome) {
  switch (outcome) {
    case profile::Outcome::kOngoing:
      return "Ongoing";
    case profile::Outcome::kEffective:
      return "Worked well";
    case profile::Outcome::kPartialResponse:
      return "Partly worked";
    case profile::Outcome::kInadequateResponse:
      return "Not enough effect";
    case profile::Outcome::kIntolerance:
      return "Not tolerated";
    case profile::Outcome::kSideEffects:
      return "Side effects";
    case profile::Outcome::kCompleted:
      return "Completed";
  }
  return "";
}

std::string OutcomeWords(profile::Outcome outcome) {
  switch (outcome) {
    case profile::Outcome::kOngoing:
      return "Still taking it";
    case profile::Outcome::kEffective:
      return "Worked well";
    case profile::Outcome::kPartialResponse:
      return "Partly worked (partial response)";
    case profile::Outcome::kInadequateResponse:
      return "Did not work well enough (inadequate response)";
    case profile::Outcome::kIntolerance:
      return "Could not tolerate it (intolerance)";
    case profile::Outcome::kSideEffects:
      return "Stopped because of side effects";
    case profile::Outcome::kCompleted:
      return "Course completed";
  }
  return "";
}

std::string MedicineName(const std::string& as_written, const content::MedicineInfo* medicine) {
  if (!medicine || medicine->name.empty()) return as_written;
  // "Autologous stem cell transplant" adds nothing to "autologous stem cell
  // transplantation".
  const std::string rules = Lowered(medicine->name);
  const std::string written = Lowered(as_written);
  if (written.rfind(rules, 0) == 0 || rules.rfind(written, 0) == 0) return as_written;
  return as_written + " (" + InBrackets(medicine->name) + ")";
}

doc::RichText NextDueText(const plan::ScheduledTest& test, const plan::CarePlan& plan) {
  switch (test.due) {
    case plan::DueKind::kDated:
      if (!test.next_due) return doc::Plain("At your next visit");
      // No-break spaces keep "Overdue since" and the date each on one line:
      // the column is fitted to the longer, and no date is cut in two.
      if (test.overdue) return doc::Strong("Overdue\u00A0since " + Unbroken(*test.next_due));
      if (test.booked) {
        return doc::Plain("Booked\u00A0for " + Unbroken(*test.next_due) +
                          (test.booked_of.empty() ? "" : " (" + test.booked_of + ")"));
      }
      return doc::Plain(Unbroken(*test.next_due));
    case plan::DueKind::kAtHome:
      return doc::Plain(test.last_done ? "Keep going" : "Start now");
    case plan::DueKind::kNextVisit:
      return doc::Plain("At your next visit");
    case plan::DueKind::kBeforeStarting:
      return doc::Plain("Before you start " + PlannedNameFor(test, plan));
    case plan::DueKind::kWhenNeeded:
      return doc::Plain("Ask your care team");
  }
  return {};
}

std::string NoBreakSpaces(const std::string& text) {
  std::string out;
  for (char c : text) out += c == ' ' ? std::string("\u00A0") : std::string(1, c);
  return out;
}

std::string Lowered(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string Capitalised(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string FirstClause(const std::string& text) {
  // A full stop ends a clause only before a space or at the end ("38.0 °C").
  size_t end = text.find_first_of(":;");
  for (size_t dot = text.find('.'); dot != std::string::npos; dot = text.find('.', dot + 1)) {
    if (dot + 1 == text.size() || text[dot + 1] == ' ') {
      end = std::min(end, dot);
      break;
    }
  }
  std::string clause = end == std::string::npos ? text : text.substr(0, end);
  while (!clause.empty() && clause.back() == ' ') clause.pop_back();
  return clause;
}

}  // namespace careplan::compose
