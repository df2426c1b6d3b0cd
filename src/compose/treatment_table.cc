#include "compose/treatment_table.h"

#include "compose/plain_words.h"

namespace careplan::compose {
namespace {

std::vector<doc::RichText> TreatmentRow(const plan::TimelineEntry& entry) {
  return {doc::Plain(MedicineName(entry.name, entry.medicine)),
          doc::Plain(entry.dose),
          doc::Plain(entry.started.Display()),
          doc::Plain(entry.stopped ? entry.stopped->Display() : "now"),
          doc::Plain(OutcomeWords(entry.outcome)),
          doc::Plain(entry.notes)};
}

std::vector<doc::RichText> PlannedRow(const plan::PlannedEntry& entry) {
  return {doc::Plain(MedicineName(entry.name, entry.medicine)),
          doc::Plain(""),
          doc::Plain(entry.target ? entry.target->Display() : "Not set yet"),
          doc::Plain(""),
          doc::Plain("Planned"),
          doc::Plain(entry.notes)};
}

}  // namespace

doc::Table MakeTreatmentTable(const plan::Timeline& timeline) {
  doc::Table table;
  table.header = {doc::Plain("Medicine"), doc::Plain("Dose"),    doc::Plain("From"),
                  doc::Plain("To"),       doc::Plain("Outcome"), doc::Plain("Notes")};
  for (const plan::TimelineEntry& entry : timeline.treatments) {
    table.rows.push_back(TreatmentRow(entry));
  }
  for (const plan::PlannedEntry& entry : timeline.planned) table.rows.push_back(PlannedRow(entry));
  return table;
}

}  // namespace careplan::compose
