#include "compose/about_plan.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "base/partial_date.h"
#include "compose/cover.h"

namespace careplan::compose {
namespace {

constexpr int kNoteLines = 6;

// "S24b" -> ("S", 24, "b"), so that ids sort as people count.
std::tuple<std::string, long, std::string> NaturalKey(const std::string& id) {
  size_t digits = 0;
  while (digits < id.size() && !std::isdigit(static_cast<unsigned char>(id[digits]))) ++digits;
  size_t end = digits;
  long number = 0;
  while (end < id.size() && std::isdigit(static_cast<unsigned char>(id[end])) && end - digits < 9) {
    number = number * 10 + (id[end] - '0');
    ++end;
  }
  return {id.substr(0, digits), number, id.substr(end)};
}

// "2027-11-24" as "24 Nov 2027" (as written when it is not a date).
std::string ReviewDate(const std::string& text) {
  const std::optional<PartialDate> date = ParsePartialDate(text);
  return date ? date->Display() : text;
}

void Add(const std::vector<std::string>& ids, std::set<std::string>* used) {
  used->insert(ids.begin(), ids.end());
}

void AddVaccineSources(const plan::CarePlan& plan, std::set<std::string>* used) {
  if (!plan.knowledge) return;
  for (const content::VaccineItem& item : plan.knowledge->vaccines) {
    if (std::find(plan.vaccines.begin(), plan.vaccines.end(), item.text) != plan.vaccines.end()) {
      Add(item.sources, used);
    }
  }
}

void AppendNotes(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, "Notes from my care team", true, false});
  std::string text = profile.notes;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  if (!text.empty()) blocks->push_back(doc::Paragraph{doc::Plain(text)});
  blocks->push_back(doc::WriteInLines{"New notes", kNoteLines});
}

}  // namespace

std::vector<std::string> UsedSourceIds(const plan::CarePlan& plan) {
  std::set<std::string> used;
  for (const plan::ChosenSection& chosen : plan.sections) Add(chosen.section->sources, &used);
  for (const plan::ScheduledTest& test : plan.schedule.tests) {
    for (const plan::Reason& reason : test.reasons) Add(reason.sources, &used);
  }
  for (const plan::ChecklistEntry& entry : plan.checklist) Add(entry.reason.sources, &used);
  for (const plan::WarningEntry& warning : plan.warnings) Add(warning.reason.sources, &used);
  for (const plan::MedicineCard& card : plan.medicines) {
    if (card.medicine) Add(card.medicine->purpose_sources, &used);
    for (const content::WarningRule* rule : card.warnings) Add(rule->sources, &used);
  }
  if (plan.needs_blood_pressure_log) Add(plan.blood_pressure_log_reason.sources, &used);
  AddVaccineSources(plan, &used);
  std::vector<std::string> ids(used.begin(), used.end());
  std::sort(ids.begin(), ids.end(), [](const std::string& a, const std::string& b) {
    return NaturalKey(a) < NaturalKey(b);
  });
  return ids;
}

namespace {

// The guide's version and review date, the disclaimer and the sources list;
// `document` is "plan" or "packet".
void AppendAboutText(const plan::CarePlan& plan, const std::string& document,
                     std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Paragraph{doc::Plain(
      "Made with careplan from the guide \"" + plan.guide->title + "\", version " +
      plan.guide->version + ", to be reviewed by " + ReviewDate(plan.guide->review_date) + ".")});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "This " + document + " supports, but does not replace, the advice of your care team.")});
  const std::vector<std::string> ids = UsedSourceIds(plan);
  if (ids.empty()) return;
  blocks->push_back(doc::Heading{3, "Sources", false, false});
  blocks->push_back(doc::Paragraph{
      doc::Plain("What this " + document + " says is based on these publications:")});
  doc::List list;
  for (const std::string& id : ids) {
    const content::Source* source = nullptr;
    if (plan.knowledge) {
      const auto found = plan.knowledge->sources.find(id);
      if (found != plan.knowledge->sources.end()) source = &found->second;
    }
    // Only the citation: what was read (`read`) is for clinicians, in explain.
    list.items.push_back(source ? doc::RichText{{id + ": ", doc::TextStyle::kBold},
                                                {source->citation, doc::TextStyle::kRegular}}
                                : doc::Strong(id));
  }
  blocks->push_back(std::move(list));
}

}  // namespace

void AppendAboutThisPlan(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, "About this plan", true, false});
  AppendAboutText(plan, "plan", blocks);
}

void AppendAboutThisPacket(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, "About this packet", true, true});
  AppendAboutText(plan, "packet", blocks);
}

void AppendNotesPart(const plan::CarePlan& plan, const Measures& measures,
                     std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, "Notes and sources", true, true});
  AppendNotes(*plan.profile, blocks);
  AppendCareTeamFull(*plan.profile, measures, blocks);
  AppendAboutThisPlan(plan, blocks);
}

}  // namespace careplan::compose
