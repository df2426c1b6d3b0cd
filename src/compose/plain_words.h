// Plain words shared by several parts of the plan: how a treatment went, a
// medicine's name as the reader knows it, when a test is next due.
#pragma once

#include <string>

#include "doc/document.h"
#include "plan/care_plan.h"
#include "profile/profile.h"

namespace careplan::compose {

// Short, for chart labels: "Worked well", "Not tolerated".
std::string OutcomeLabel(profile::Outcome outcome);
// Fuller, for tables: "Did not work well enough (inadequate response)".
std::string OutcomeWords(profile::Outcome outcome);

// The name as written, with the rules' name after it when that says more:
// "MMF (mycophenolate mofetil)", "prednisolone (steroids, glucocorticoids)".
std::string MedicineName(const std::string& as_written, const content::MedicineInfo* medicine);

// "Overdue since 10 Dec 2026" (bold), "10 Dec 2026", "At your next visit",
// "Before you start rituximab", "Ask your care team".
doc::RichText NextDueText(const plan::ScheduledTest& test, const plan::CarePlan& plan);

// The text with its first letter in upper case (ASCII letters only).
std::string Capitalised(std::string text);

// The text in lower case (ASCII letters only), for matching names.
std::string Lowered(std::string text);

// The text with every space a no-break space, so that a line never breaks
// inside it (a phone number, "Overdue since", a date).
std::string NoBreakSpaces(const std::string& text);

// The first part of a sentence, up to the first '.', ':' or ';' (for short
// row labels such as the weekly tracker's).
std::string FirstClause(const std::string& text);

}  // namespace careplan::compose
