#include "plan/explain.h"

#include <algorithm>
#include <sstream>

#include "plan/clinician_review.h"
#include "plan/home_monitoring_plan.h"
#include "plan/reasons.h"
#include "plan/used_sources.h"

namespace careplan::plan {
namespace {

const char* UrgencyWord(content::Urgency urgency) {
  switch (urgency) {
    case content::Urgency::kEmergency:
      return "emergency";
    case content::Urgency::kSameDay:
      return "same day";
    case content::Urgency::kInfo:
      return "info";
  }
  return "";
}

// " [S4, S7]", or "" without sources.
std::string Sources(const std::vector<std::string>& sources) {
  if (sources.empty()) return "";
  return " [" + JoinSources(sources) + "]";
}

std::string Due(const ScheduledTest& test) {
  switch (test.due) {
    case DueKind::kDated:
      if (test.overdue) return "OVERDUE since " + test.next_due->Display();
      return "next due " + test.next_due->Display();
    case DueKind::kAtHome:
      return test.last_done ? "at home: keep going" : "at home: start now";
    case DueKind::kNextVisit:
      return "at your next visit (no last-done date)";
    case DueKind::kBeforeStarting:
      return "before starting";
    case DueKind::kWhenNeeded:
      return "when needed (no interval)";
  }
  return "";
}

std::string MedicineName(const content::MedicineInfo* medicine, const std::string& written) {
  if (medicine == nullptr) return written + " (not in the rules)";
  return written + " = " + medicine->name;
}

void WriteSections(const CarePlan& plan, std::ostream& out) {
  out << "Sections (" << plan.sections.size() << ")\n";
  for (const ChosenSection& chosen : plan.sections) {
    out << "  " << chosen.section->id << ": " << chosen.reason << "\n";
  }
}

void WriteTimeline(const Timeline& timeline, std::ostream& out) {
  out << "\nTreatment timeline (" << timeline.treatments.size() << " treatments, "
      << timeline.planned.size() << " planned)\n";
  if (timeline.diagnosed_on) out << "  diagnosed: " << timeline.diagnosed_on->Display() << "\n";
  for (const TimelineEntry& entry : timeline.treatments) {
    out << "  " << entry.started.Display() << " to "
        << (entry.stopped ? entry.stopped->Display() : std::string("now")) << ": "
        << MedicineName(entry.medicine, entry.name) << "; " << content::StatusWord(entry.status)
        << "; " << profile::ToString(entry.outcome) << "\n";
  }
  for (const PlannedEntry& entry : timeline.planned) {
    out << "  planned: " << MedicineName(entry.medicine, entry.name);
    if (entry.target) out << "; target " << entry.target->Display();
    out << "\n";
  }
}

void WriteSchedule(const MonitoringSchedule& schedule, std::ostream& out) {
  out << "\nMonitoring schedule (" << schedule.tests.size() << ")\n";
  for (const ScheduledTest& test : schedule.tests) {
    out << "  " << test.name;
    if (!test.test_id.empty()) {
      out << " [" << test.test_id << "]";
    } else {
      out << " (not in the rules)";
    }
    out << "\n    interval: "
        << (test.every               ? test.every->Display()
            : test.how_often.empty() ? std::string("none")
                                     : "none (" + test.how_often + ")")
        << "; last done: "
        << (test.last_done ? test.last_done->Display() : std::string("not given"))
        << (test.last_done_of.empty() ? "" : " (" + test.last_done_of + ")") << "; " << Due(test)
        << "\n";
    for (const Reason& reason : test.reasons) {
      out << "    because: " << reason.text;
      if (reason.every) out << " (" << reason.every->Display() << ")";
      out << Sources(reason.sources) << "\n";
      // A rule's note that the row does not print (a longer interval's note,
      // or a one-off check's note on a repeating row).
      const bool printed = std::any_of(test.notes.begin(), test.notes.end(), [&](const auto& note) {
        return note.find(reason.note) != std::string::npos;
      });
      if (!reason.note.empty() && !printed) {
        out << "      not printed: " << reason.note << "\n";
      }
      if (!reason.detail.empty()) out << "      detail: " << reason.detail << "\n";
    }
    for (const std::string& note : test.notes) out << "    note: " << note << "\n";
  }
}

void WriteMedicines(const std::vector<MedicineCard>& medicines, std::ostream& out) {
  out << "\nMedicines (" << medicines.size() << ")\n";
  for (const MedicineCard& card : medicines) {
    out << "  " << MedicineName(card.medicine, card.name_as_written) << "; "
        << (card.planned ? "planned" : "current") << "; " << card.warnings.size() << " warnings\n";
  }
}

void WriteInteractions(const std::vector<FoundInteraction>& interactions, std::ostream& out) {
  out << "\nInteractions (" << interactions.size() << ")\n";
  for (const FoundInteraction& found : interactions) {
    out << "  " << UrgencyWord(found.rule->warning.urgency) << ": " << InteractionLabel(found)
        << " [" << found.rule->id << "]" << Sources(found.rule->warning.sources) << "\n"
        << "    " << found.rule->warning.text << "\n";
  }
}

void WriteWarnings(const std::vector<WarningEntry>& warnings, std::ostream& out) {
  out << "\nWarning signs (" << warnings.size() << ")\n";
  for (const WarningEntry& warning : warnings) {
    out << "  " << UrgencyWord(warning.urgency) << ": " << warning.text << "\n"
        << "    because: " << warning.reason.text << Sources(warning.reason.sources) << "\n";
  }
}

void WriteChecklist(const std::vector<ChecklistEntry>& checklist, std::ostream& out) {
  out << "\nSelf-care checklist (" << checklist.size() << ")\n";
  for (const ChecklistEntry& entry : checklist) {
    out << "  " << (entry.personal_goal ? std::string("personal goal") : entry.id)
        << (entry.daily ? " (daily)" : "") << ": " << entry.text << "\n"
        << "    because: " << entry.reason.text << Sources(entry.reason.sources) << "\n";
  }
}

// Every source the plan cites, with what of it was actually read: the
// printed list gives only the citation, and a clinician checking the plan
// needs to know which facts rest on a secondary page.
void WriteSources(const CarePlan& plan, std::ostream& out) {
  const std::vector<std::string> ids = UsedSourceIds(plan);
  out << "\nSources (" << ids.size() << ")\n";
  for (const std::string& id : ids) {
    const content::Source* source = nullptr;
    if (plan.knowledge) {
      const auto found = plan.knowledge->sources.find(id);
      if (found != plan.knowledge->sources.end()) source = &found->second;
    }
    if (!source) {
      out << "  " << id << ": (not in sources.yaml)\n";
      continue;
    }
    out << "  " << id << ": " << source->citation << "\n";
    if (!source->read.empty()) out << "    read: " << source->read << "\n";
  }
}

// For the clinician: what to check before the plan is handed over. Never
// printed for the patient.
void WriteReview(const CarePlan& plan, std::ostream& out) {
  const std::vector<ReviewPoint> points = FindReviewPoints(plan);
  out << "\nReview (for the clinician, not printed in the plan) (" << points.size() << ")\n";
  for (const ReviewPoint& point : points) {
    out << "  " << point.kind << ": " << point.text << Sources(point.sources) << "\n";
  }
}

}  // namespace

std::string FormatExplanation(const CarePlan& plan) {
  std::ostringstream out;
  const profile::Profile& profile = *plan.profile;
  if (profile.kind == profile::ProfileKind::kPacket) {
    out << "Information packet: " << profile.packet.title << "\n";
  } else {
    out << "Care plan for " << profile.patient.name << "\n";
  }
  out << "Plan date: " << profile.plan_date.Display() << "\n"
      << "Guide: " << plan.guide->PrintedTitle(profile) << " (" << plan.guide->id << ", version "
      << plan.guide->version << ")\n\n";
  WriteSections(plan, out);
  if (profile.kind != profile::ProfileKind::kPacket) WriteReview(plan, out);
  if (profile.kind == profile::ProfileKind::kPacket) {
    WriteSources(plan, out);
    return out.str();
  }

  WriteTimeline(plan.timeline, out);
  WriteSchedule(plan.schedule, out);
  WriteMedicines(plan.medicines, out);
  WriteInteractions(plan.interactions, out);
  WriteWarnings(plan.warnings, out);
  WriteChecklist(plan.checklist, out);

  out << "\nVaccines (" << plan.vaccines.size() << ")\n";
  for (const std::string& text : plan.vaccines) out << "  " << text << "\n";

  out << "\nBlood-pressure log: " << (plan.needs_blood_pressure_log ? "yes" : "no") << "\n";
  if (plan.needs_blood_pressure_log) {
    out << "  because: " << plan.blood_pressure_log_reason.text
        << Sources(plan.blood_pressure_log_reason.sources) << "\n";
  }

  out << "\nWeight log: " << (plan.needs_weight_log ? "yes" : "no") << "\n";
  if (plan.needs_weight_log) {
    if (plan.profile && HomeEntry(*plan.profile, profile::HomeMeasure::kWeight)) {
      out << "  because: your care team's home_monitoring weight entry\n";
    }
    for (const ChecklistEntry& entry : plan.checklist) {
      if (entry.log == content::ItemLog::kWeight) {
        out << "  because: checklist item " << entry.id << "\n";
      }
    }
  }

  out << "\nRaynaud's log: " << (plan.needs_raynaud_log ? "yes" : "no") << "\n";
  for (const ChecklistEntry& entry : plan.checklist) {
    if (entry.log == content::ItemLog::kRaynaud) {
      out << "  because: checklist item " << entry.id << "\n";
    }
  }

  out << "\nQuestion prompts (" << plan.question_prompts.size() << ")\n";
  for (const std::string& prompt : plan.question_prompts) out << "  " << prompt << "\n";
  WriteSources(plan, out);
  return out.str();
}

}  // namespace careplan::plan
