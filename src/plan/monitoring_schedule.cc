#include "plan/monitoring_schedule.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/suggest.h"
#include "plan/medicine_phase.h"
#include "plan/reasons.h"

namespace careplan::plan {
namespace {

using content::MedicineStatus;
using content::MonitoringRule;
using content::Phase;

// What a rule asks for.
enum class RequestKind {
  kRepeating,       // initial, maintenance, ongoing, follow_up (interval or set moments)
  kOnce,            // baseline of general or organ rules: once, around diagnosis
  kBeforeStarting,  // baseline of a planned medicine
};

// Who asks for a request, in the words of `careplan explain` and of the plan.
struct Asker {
  std::string reason_text;  // explain: "nintedanib, maintenance", "everyone with scleroderma"
  std::string label;        // printed after "For:": "nintedanib"; empty for everyone
  std::string stage_note;   // printed when this request sets the interval: "Monthly until …"
};

struct Request {
  RequestKind kind = RequestKind::kRepeating;
  Reason reason;  // with the rule's interval, note and detail
  std::string label;
  std::string stage_note;
};

// One test while the schedule is being collected.
struct Row {
  const content::TestInfo* test = nullptr;  // null: unknown to the rules
  std::string name;                         // plain name, or as written
  std::vector<Request> requests;
  bool in_profile = false;
  std::optional<Date> last_done;
  std::string last_done_of;  // see ScheduledTest::last_done_of
  std::optional<Interval> profile_every;
  std::optional<Date> booked;  // the profile's `booked`, the earliest when several
  std::string booked_of;       // see ScheduledTest::booked_of
  std::vector<std::string> profile_notes;
  // A part written in the profile got a row of its own beside this one
  // (it could not share this row's interval or date).
  bool part_has_own_row = false;
  // The parts (tests.yaml `part_of`) of this row's test, and those of them
  // the team wrote that got a row of their own.
  std::vector<const content::TestInfo*> parts;
  std::vector<const content::TestInfo*> parts_with_own_row;
  // Last-done dates and intervals by written name (normalized). One name
  // written twice is one test done twice: its latest date counts. Different
  // names folded into one rule test (ECG and NT-proBNP) are different tests:
  // the one that falls due first decides, so none can hide an overdue one.
  struct Dated {
    std::optional<Date> last_done;
    std::optional<Interval> every;
    std::string written;  // the name as first written
    // The narrower test folded into this row (tests.yaml `part_of`), or null.
    const content::TestInfo* part = nullptr;
  };
  std::map<std::string, Dated> profile_dates;
};

// What a Dated entry's date is printed as being of: the written name when it
// is a part of the row's test, else nothing.
std::string DateOf(const Row::Dated& dated) { return dated.part ? dated.written : ""; }

// What "For" says for an organ's checks: "your kidneys" when the organ is
// involved; "the risk to your kidneys" when its checks apply for a risk only
// (early diffuse disease, an antibody, steroids), so that the plan never
// reads as if an organ that is not involved were.
std::string OrganForLabel(const content::OrganRules& organ, const content::PersonFacts& facts) {
  const std::string label = "your " + OrganLabel(organ.organ, facts);
  return facts.organs.count(organ.organ) > 0 ? label : "the risk to " + label;
}

bool Shorter(const Interval& a, const Interval& b) { return a.NominalDays() < b.NominalDays(); }

// "six-minute walk test" -> "Six-minute walk test" (a name written in a
// profile heads a table row).
std::string CapitalFirst(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// When a start-up step of a medicine ends and what follows, for the row:
// "Every 2 weeks until about 15 Dec 2026, then monthly."
std::string StageNote(const ActiveRule& active) {
  if (active.stage != MedicineStage::kInitial || !active.rule->every) return "";
  std::string text = active.rule->every->Display() + " until about " + active.step_end.Display();
  if (active.then) text += ", then " + active.then->Display();
  return CapitalFirst(text) + ".";
}

// Appends `note` unless it is empty or already said (in full or as part of a
// longer note); a longer note replaces the shorter ones it contains.
void AddNote(const std::string& note, std::vector<std::string>* notes) {
  if (note.empty()) return;
  for (const std::string& existing : *notes) {
    if (existing.find(note) != std::string::npos) return;
  }
  std::erase_if(*notes, [&](const std::string& existing) {
    return note.find(existing) != std::string::npos;
  });
  notes->push_back(note);
}

// A rule's note without the sentence that gives its `how_often` ("At every
// clinic visit."): used when the care team set its own interval, which the
// row prints instead. The rest of the note is kept.
std::string WithoutHowOften(const std::string& note, const std::string& how_often) {
  const std::string sentence = how_often + ".";
  if (how_often.empty() || !note.starts_with(sentence)) return note;
  const size_t rest = note.find_first_not_of(' ', sentence.size());
  return rest == std::string::npos ? "" : note.substr(rest);
}

class ScheduleBuilder {
 public:
  ScheduleBuilder(const content::Knowledge& knowledge, const content::PersonFacts& facts)
      : knowledge_(knowledge), facts_(facts) {}

  // Adds a request from a rule, if the rule's `when` holds.
  void AddRule(const MonitoringRule& rule, RequestKind kind, Asker asker) {
    if (!content::EvaluateCondition(rule.when, facts_)) return;
    Reason reason;
    reason.text = std::move(asker.reason_text);
    reason.sources = rule.sources;
    if (kind == RequestKind::kRepeating) reason.every = rule.every;
    reason.note = rule.note;
    reason.how_often = rule.how_often;
    reason.detail = rule.detail;
    Row& row = RowForRule(rule.test);
    // The same medicine written twice asks twice for the same thing.
    for (const Request& request : row.requests) {
      if (request.reason.text == reason.text && request.reason.note == reason.note &&
          request.reason.every == reason.every) {
        return;
      }
    }
    row.requests.push_back(
        Request{kind, std::move(reason), std::move(asker.label), std::move(asker.stage_note)});
  }

  // REQUIRES: every rule was added first (a part is folded into a broader
  // test only when the rules ask for that test and not for the part).
  // A test keeps its identity: a part is folded into each broader row the
  // rules ask for only when its interval and date agree with that row's;
  // otherwise it gets a row of its own, named as written, asked for by the
  // same rules. A name-only test is printed as written.
  void AddProfileEntry(const profile::MonitoringEntry& entry) {
    const content::TestInfo* test = knowledge_.FindWrittenTest(entry.test, entry.every);
    if (test != nullptr && test->name_only) test = nullptr;
    std::vector<size_t> wholes;
    if (test != nullptr && !RulesAskFor(test->id)) {
      for (const std::string& whole_id : test->part_of) {
        if (RulesAskFor(whole_id)) wholes.push_back(index_.at(whole_id));
      }
    }
    if (wholes.empty()) {
      const size_t row =
          test ? RowIndex(test->id, test, test->name)
               : RowIndex("?" + NormalizeName(entry.test), nullptr, CapitalFirst(entry.test));
      AddToRow(entry, /*part=*/nullptr, &rows_[row]);
      return;
    }
    // One own row for the part, asked for by the rules of every broader row
    // it could not share.
    std::optional<size_t> own;
    for (const size_t whole : wholes) {
      if (Agrees(rows_[whole], entry)) {
        AddToRow(entry, /*part=*/test, &rows_[whole]);
        continue;
      }
      if (!own) own = RowIndex("=" + NormalizeName(entry.test), test, CapitalFirst(entry.test));
      rows_[whole].part_has_own_row = true;
      rows_[whole].parts_with_own_row.push_back(test);
      if (!rows_[*own].in_profile) {
        const std::vector<Request> asked = rows_[whole].requests;
        rows_[*own].requests.insert(rows_[*own].requests.end(), asked.begin(), asked.end());
      }
    }
    if (own) AddToRow(entry, /*part=*/nullptr, &rows_[*own]);
  }

  std::vector<Row> TakeRows() { return std::move(rows_); }

 private:
  // Whether a part written in the profile can share the broader row without
  // losing its date or interval, or changing the row's: the same name
  // written before, or an interval and a date that are absent, the row's
  // own, or fill a row that has none.
  static bool Agrees(const Row& row, const profile::MonitoringEntry& entry) {
    if (row.profile_dates.count(NormalizeName(entry.test)) > 0) return true;
    if (entry.every) {
      const std::optional<Interval> row_every =
          row.profile_every ? row.profile_every : ShortestRuleInterval(row);
      if (row_every && row_every != entry.every &&
          !SetsTakenTogetherRow(row, *entry.every, *row_every))
        return false;
    }
    return !entry.last_done || !row.last_done || *row.last_done == *entry.last_done;
  }

  // A part of a test taken together (one blood sample), written more often
  // than the rules ask and with no interval of the team's for the row yet:
  // the team's interval replaces the rules' for the whole row, so the plan
  // does not show the same blood test twice at two intervals. A part written
  // less often keeps its own row (it must not lengthen the others' interval).
  static bool SetsTakenTogetherRow(const Row& row, const Interval& part_every,
                                   const Interval& row_every) {
    return row.test != nullptr && row.test->taken_together && !row.profile_every &&
           Shorter(part_every, row_every);
  }

  static std::optional<Interval> ShortestRuleInterval(const Row& row) {
    std::optional<Interval> shortest;
    for (const Request& request : row.requests) {
      if (request.kind != RequestKind::kRepeating || !request.reason.every) continue;
      if (!shortest || Shorter(*request.reason.every, *shortest)) shortest = request.reason.every;
    }
    return shortest;
  }

  static void AddToRow(const profile::MonitoringEntry& entry, const content::TestInfo* part,
                       Row* row_pointer) {
    Row& row = *row_pointer;
    row.in_profile = true;
    Row::Dated& dated = row.profile_dates[NormalizeName(entry.test)];
    if (dated.written.empty()) dated.written = entry.test;
    dated.part = part;
    if (entry.last_done && (!row.last_done || *row.last_done < *entry.last_done)) {
      row.last_done = entry.last_done;
      row.last_done_of = DateOf(dated);
    }
    if (entry.last_done && (!dated.last_done || *dated.last_done < *entry.last_done)) {
      dated.last_done = entry.last_done;
    }
    if (entry.every && (!dated.every || Shorter(*entry.every, *dated.every))) {
      dated.every = entry.every;
    }
    if (entry.booked && (!row.booked || *entry.booked < *row.booked)) {
      row.booked = entry.booked;
      row.booked_of = DateOf(dated);
    }
    if (entry.every && (!row.profile_every || Shorter(*entry.every, *row.profile_every))) {
      row.profile_every = entry.every;
    }
    // A part's note says which part it is about.
    AddNote(part != nullptr && !entry.notes.empty()
                ? CapitalFirst(entry.test) + ": " + LowerFirst(entry.notes)
                : entry.notes,
            &row.profile_notes);
  }

  bool RulesAskFor(const std::string& test_id) const {
    auto found = index_.find(test_id);
    return found != index_.end() && !rows_[found->second].requests.empty();
  }

  Row& RowForRule(const std::string& test_id) {
    const content::TestInfo* test = knowledge_.TestById(test_id);
    return RowFor(test_id, test, test ? test->name : test_id);
  }

  Row& RowFor(const std::string& key, const content::TestInfo* test, const std::string& name) {
    return rows_[RowIndex(key, test, name)];
  }

  size_t RowIndex(const std::string& key, const content::TestInfo* test, const std::string& name) {
    auto found = index_.find(key);
    if (found != index_.end()) return found->second;
    index_.emplace(key, rows_.size());
    Row row;
    row.test = test;
    row.name = name;
    if (test != nullptr) {
      for (const content::TestInfo& other : knowledge_.tests) {
        if (std::ranges::find(other.part_of, test->id) != other.part_of.end()) {
          row.parts.push_back(&other);
        }
      }
    }
    rows_.push_back(std::move(row));
    return rows_.size() - 1;
  }

  const content::Knowledge& knowledge_;
  const content::PersonFacts& facts_;
  std::vector<Row> rows_;
  std::map<std::string, size_t> index_;
};

// Rules of general or organ scope: baseline once, other phases repeating.
// `label` is empty for the rules for everyone.
void AddScopeRules(const std::vector<MonitoringRule>& rules, const std::string& reason_text,
                   const std::string& label, ScheduleBuilder* builder) {
  for (const MonitoringRule& rule : rules) {
    if (rule.phase == Phase::kBaseline) {
      builder->AddRule(rule, RequestKind::kOnce, Asker{reason_text + ", once", label, ""});
    } else if (rule.phase != Phase::kFollowUp) {
      builder->AddRule(rule, RequestKind::kRepeating, Asker{reason_text, label, ""});
    }
  }
}

// The row's "For" words and flags, from its requests and the profile.
void SetPrintedReasons(const Row& row, ScheduledTest* scheduled) {
  for (const Request& request : row.requests) {
    if (request.label.empty()) {
      scheduled->for_everyone = true;
    } else if (std::find(scheduled->because.begin(), scheduled->because.end(), request.label) ==
               scheduled->because.end()) {
      scheduled->because.push_back(request.label);
    }
  }
  scheduled->listed_by_team = row.in_profile;
}

// Sets next_due (and the last-done date and interval shown with it) from the
// written test whose next date comes first. REQUIRES: scheduled->every.
void ChooseFirstDue(const Row& row, ScheduledTest* scheduled) {
  const Interval merged = *scheduled->every;
  scheduled->next_due = merged.AddTo(*scheduled->last_done);
  for (const auto& [name, dated] : row.profile_dates) {
    if (!dated.last_done) continue;
    const Interval every = dated.every.value_or(merged);
    const Date due = every.AddTo(*dated.last_done);
    if (due < *scheduled->next_due) {
      scheduled->next_due = due;
      scheduled->last_done = dated.last_done;
      scheduled->last_done_of = DateOf(dated);
      scheduled->every = every;
    }
  }
}

// The tests (tests.yaml `part_of`) a row holds when the team wrote only
// narrower parts of the row's test, in name order; empty when the team
// wrote the test itself or nothing.
std::vector<const content::TestInfo*> WrittenPartsOnly(const Row& row) {
  std::vector<const content::TestInfo*> parts;
  for (const auto& [name, dated] : row.profile_dates) {
    if (dated.part == nullptr) return {};
    if (std::find(parts.begin(), parts.end(), dated.part) == parts.end())
      parts.push_back(dated.part);
  }
  return parts;
}

// A row of a test taken together (one blood sample) that holds only parts
// the team wrote, while another part has a row of its own, is named after
// the parts it holds. Li's team writes liver tests monthly (for bosentan)
// and a full blood count every 3 months: the monthly row is "Liver blood
// tests", not "Blood count, kidney and liver blood tests" beside a "Full
// blood count" row. A row named after one part says why in that part's
// words, and its date and note need not say which part they are of.
//
// The same holds for a test not taken together when the row's written parts
// and the parts with rows of their own are all its parts: Dimitris's team
// writes an ECG (yearly, the rules') and NT-proBNP every 6 months, so the
// yearly row is "Heart tracing (ECG)" beside the NT-proBNP row, not "ECG and
// NT-proBNP" yearly beside NT-proBNP 6-monthly.
bool EveryPartIsAccountedFor(const Row& row, const std::vector<const content::TestInfo*>& written) {
  return std::ranges::all_of(row.parts, [&](const content::TestInfo* part) {
    return std::ranges::find(written, part) != written.end() ||
           std::ranges::find(row.parts_with_own_row, part) != row.parts_with_own_row.end();
  });
}

void NameAfterWrittenParts(const Row& row, ScheduledTest* scheduled) {
  if (row.test == nullptr || !row.part_has_own_row) return;
  const std::vector<const content::TestInfo*> parts = WrittenPartsOnly(row);
  if (parts.empty()) return;
  if (!row.test->taken_together && !EveryPartIsAccountedFor(row, parts)) return;
  std::vector<std::string> names;
  for (const content::TestInfo* part : parts) {
    names.push_back(names.empty() ? part->name : LowerFirst(part->name));
  }
  scheduled->name = JoinChoices(names, "and");
  if (parts.size() > 1) return;
  scheduled->why = parts[0]->why;
  scheduled->brief = parts[0]->brief;
  scheduled->last_done_of.clear();
  for (const auto& [name, dated] : row.profile_dates) {
    const std::string prefix = CapitalFirst(dated.written) + ": ";
    for (std::string& note : scheduled->notes) {
      if (note.starts_with(prefix)) note = CapitalFirst(note.substr(prefix.size()));
    }
  }
}

ScheduledTest FinishRow(Row row, const Date& plan_date) {
  ScheduledTest scheduled;
  if (row.test) {
    scheduled.test_id = row.test->id;
    scheduled.why = row.test->why;
    scheduled.brief = row.test->brief;
  }
  scheduled.name = row.name;
  scheduled.last_done = row.last_done;
  scheduled.last_done_of = row.last_done_of;
  scheduled.at_home = row.test != nullptr && row.test->at_home;

  // The interval: the profile's, or the shortest repeating rule's.
  const Request* winner = nullptr;
  for (const Request& request : row.requests) {
    if (request.kind != RequestKind::kRepeating || !request.reason.every) continue;
    if (winner == nullptr || Shorter(*request.reason.every, *winner->reason.every)) {
      winner = &request;
    }
  }
  if (row.profile_every) {
    scheduled.every = row.profile_every;
  } else if (winner) {
    scheduled.every = winner->reason.every;
  } else {
    for (const Request& request : row.requests) {
      if (request.kind != RequestKind::kRepeating || request.reason.how_often.empty()) continue;
      scheduled.how_often = request.reason.how_often;
      break;
    }
  }

  // Notes: the winning rule's (unless the profile set another interval), then
  // those of rules with no interval; notes of one-off checks only when there
  // is no interval; then the profile's.
  std::vector<std::string> notes;
  if (winner && (!row.profile_every || *row.profile_every == *winner->reason.every)) {
    AddNote(winner->stage_note, &notes);
    AddNote(winner->reason.note, &notes);
  }
  for (const Request& request : row.requests) {
    const bool repeating_without_interval =
        request.kind == RequestKind::kRepeating && !request.reason.every;
    const bool one_off = request.kind != RequestKind::kRepeating;
    if (repeating_without_interval && row.profile_every) {
      AddNote(WithoutHowOften(request.reason.note, request.reason.how_often), &notes);
    } else if (repeating_without_interval || (one_off && !scheduled.every)) {
      AddNote(request.reason.note, &notes);
    }
  }
  for (const std::string& note : row.profile_notes) AddNote(note, &notes);
  scheduled.notes = std::move(notes);
  SetPrintedReasons(row, &scheduled);

  bool before_starting = false;
  for (Request& request : row.requests) {
    before_starting = before_starting || request.kind == RequestKind::kBeforeStarting;
    scheduled.reasons.push_back(std::move(request.reason));
  }
  if (row.in_profile && (row.profile_every || row.requests.empty())) {
    Reason reason;
    reason.text = row.requests.empty() ? "your care team" : "interval set by your care team";
    reason.every = row.profile_every;
    scheduled.reasons.push_back(std::move(reason));
  }

  if (scheduled.at_home) {
    // Done by the person every few days: no visit to book, nothing overdue.
    scheduled.due = DueKind::kAtHome;
  } else if (scheduled.every) {
    if (scheduled.last_done) {
      scheduled.due = DueKind::kDated;
      ChooseFirstDue(row, &scheduled);
      scheduled.overdue = *scheduled.next_due < plan_date;
    } else {
      scheduled.due = DueKind::kNextVisit;
    }
  } else {
    scheduled.due = before_starting ? DueKind::kBeforeStarting : DueKind::kWhenNeeded;
  }
  // A booked test is due on its booked date, whatever the rules compute; a
  // date in the future is never overdue.
  if (row.booked && !scheduled.at_home) {
    scheduled.due = DueKind::kDated;
    scheduled.next_due = row.booked;
    scheduled.booked = true;
    scheduled.booked_of = row.booked_of;
    scheduled.overdue = *row.booked < plan_date;
  }
  NameAfterWrittenParts(row, &scheduled);
  return scheduled;
}

bool ComesBefore(const ScheduledTest& a, const ScheduledTest& b) {
  if (a.due != b.due) return a.due < b.due;
  if (a.due == DueKind::kDated && *a.next_due != *b.next_due) return *a.next_due < *b.next_due;
  const std::string a_name = NormalizeName(a.name);
  const std::string b_name = NormalizeName(b.name);
  if (a_name != b_name) return a_name < b_name;
  return a.name < b.name;
}

}  // namespace

MonitoringSchedule BuildMonitoringSchedule(const profile::Profile& profile,
                                           const content::Knowledge& knowledge,
                                           const content::PersonFacts& facts,
                                           const Timeline& timeline) {
  MonitoringSchedule schedule;
  schedule.plan_date = profile.plan_date;
  ScheduleBuilder builder(knowledge, facts);

  // (a) everyone, (b) the organs that apply.
  AddScopeRules(knowledge.general_monitoring, Everyone(facts), "", &builder);
  for (const content::OrganRules& organ : knowledge.organs) {
    if (OrganApplies(organ, facts)) {
      AddScopeRules(organ.monitoring, OrganReason(organ, facts), OrganForLabel(organ, facts),
                    &builder);
    }
  }

  // (c) current medicines, by phase; then the follow-up of stopped ones.
  std::set<std::string> current_ids;
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.medicine == nullptr || entry.status != MedicineStatus::kCurrent) continue;
    current_ids.insert(entry.medicine->id);
    const std::string label = MedicineLabel(entry.medicine, entry.name);
    for (const ActiveRule& active :
         ActiveMedicineRules(*entry.medicine, entry.started.FirstDay(), profile.plan_date, facts)) {
      const std::string text = active.stage_text.empty() ? label : label + ", " + active.stage_text;
      builder.AddRule(*active.rule, RequestKind::kRepeating,
                      Asker{text, entry.name, StageNote(active)});
    }
  }
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.medicine == nullptr || entry.status != MedicineStatus::kPast ||
        current_ids.count(entry.medicine->id) > 0) {
      continue;
    }
    for (const MonitoringRule& rule : entry.medicine->monitoring) {
      if (rule.phase != Phase::kFollowUp) continue;
      builder.AddRule(
          rule, RequestKind::kRepeating,
          Asker{"after " + MedicineLabel(entry.medicine, entry.name), "past " + entry.name, ""});
    }
  }

  // (d) baseline checks of planned medicines (by the name first written).
  std::vector<std::pair<const content::MedicineInfo*, std::string>> planned;
  for (const TimelineEntry& entry : timeline.treatments) {
    if (entry.status == MedicineStatus::kPlanned) planned.emplace_back(entry.medicine, entry.name);
  }
  for (const PlannedEntry& entry : timeline.planned)
    planned.emplace_back(entry.medicine, entry.name);
  std::set<std::string> planned_ids;
  for (const auto& [medicine, written] : planned) {
    if (medicine == nullptr || !planned_ids.insert(medicine->id).second) continue;
    for (const MonitoringRule& rule : medicine->monitoring) {
      if (rule.phase != Phase::kBaseline) continue;
      builder.AddRule(rule, RequestKind::kBeforeStarting,
                      Asker{"before you start " + MedicineLabel(medicine, medicine->name),
                            "planned " + written, ""});
    }
  }

  // (e) the profile's own entries.
  for (const profile::MonitoringEntry& entry : profile.monitoring) builder.AddProfileEntry(entry);

  for (Row& row : builder.TakeRows()) {
    schedule.tests.push_back(FinishRow(std::move(row), profile.plan_date));
  }
  std::stable_sort(schedule.tests.begin(), schedule.tests.end(), ComesBefore);
  return schedule;
}

}  // namespace careplan::plan
