#include "compose/about_plan.h"

#include <algorithm>

#include "base/partial_date.h"
#include "compose/cover.h"
#include "plan/used_sources.h"

namespace careplan::compose {
namespace {

// "2027-11-24" as "24 Nov 2027" (as written when it is not a date).
std::string ReviewDate(const std::string& text) {
  const std::optional<PartialDate> date = ParsePartialDate(text);
  return date ? date->Display() : text;
}

// The notes as paragraphs: YAML block scalars keep the editor's line breaks,
// which mean nothing on paper, so a single line break is a space and a blank
// line starts a new paragraph. A line starting with "- " or "* " (a list
// someone typed) starts a new paragraph too, so that it stays on its own line.
std::vector<std::string> NoteParagraphs(const std::string& notes) {
  std::vector<std::string> paragraphs;
  bool new_paragraph = true;
  size_t start = 0;
  while (start <= notes.size()) {
    size_t end = notes.find('\n', start);
    if (end == std::string::npos) end = notes.size();
    std::string line = notes.substr(start, end - start);
    start = end + 1;
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) {
      new_paragraph = true;
      continue;
    }
    line = line.substr(first, line.find_last_not_of(" \t\r") + 1 - first);
    const bool list_item = line.rfind("- ", 0) == 0 || line.rfind("* ", 0) == 0;
    if (new_paragraph || list_item || paragraphs.empty()) {
      paragraphs.push_back(line);
    } else {
      paragraphs.back() += " " + line;
    }
    new_paragraph = false;
  }
  return paragraphs;
}

// A packet, general reading for a group, ends with the full citations. A
// person's plan names its sources by id only, with where to find them: three
// health-literacy raters found pages of citations, with their acronyms and
// medicines the reader does not take, in the way (PEMAT items 2 to 4), and
// patient leaflets may give sources on request. The ids are the ones
// `careplan explain` prints, each with its citation and what was read, for
// the clinician who checks the plan.
void AppendSourceIds(const plan::CarePlan& plan, const std::vector<std::string>& ids,
                     std::vector<doc::Block>* blocks) {
  std::string list;
  for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
  blocks->push_back(doc::Heading{3, "Sources (for your care team)", false, false});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "What this plan says is based on these entries of the guide's source list (version " +
      plan.guide->version + "): " + list +
      ". They are written for health professionals: you do not need to read them. Your care team "
      "can print the full list for you.")});
}

void AppendCitations(const plan::CarePlan& plan, const std::vector<std::string>& ids,
                     std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{3, "Sources", false, false});
  blocks->push_back(
      doc::Paragraph{doc::Plain("What this packet says is based on these publications:")});
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

// The guide's version and review date, the disclaimer and the sources;
// `document` is "plan" or "packet".
void AppendAboutText(const plan::CarePlan& plan, const std::string& document,
                     std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Paragraph{
      doc::Plain("Made with careplan from the guide \"" + plan.guide->PrintedTitle(*plan.profile) +
                 "\", version " + plan.guide->version + ", to be reviewed by " +
                 ReviewDate(plan.guide->review_date) + ".")});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "This " + document + " supports, but does not replace, the advice of your care team.")});
  const std::vector<std::string> ids = plan::UsedSourceIds(plan);
  if (ids.empty()) return;
  if (document == "packet") {
    AppendCitations(plan, ids, blocks);
  } else {
    AppendSourceIds(plan, ids, blocks);
  }
}

}  // namespace

void AppendTeamNotes(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, "Notes from my care team", true, false});
  for (const std::string& paragraph : NoteParagraphs(profile.notes)) {
    blocks->push_back(doc::Paragraph{doc::Plain(paragraph)});
  }
  // The lines for new notes are at the end of the questions: one place to write.
}

void AppendAboutThisPlan(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, "About this plan", true, false});
  AppendAboutText(plan, "plan", blocks);
}

void AppendAboutThisPacket(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, "About this packet", true, true});
  AppendAboutText(plan, "packet", blocks);
}

void AppendContactsAndSources(const plan::CarePlan& plan, const Measures& measures,
                              std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, "Contacts and sources", true, false});
  AppendCareTeamFull(plan, measures, blocks);
  AppendAboutThisPlan(plan, blocks);
}

}  // namespace careplan::compose
