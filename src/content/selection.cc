#include "content/selection.h"

#include <set>

#include "base/suggest.h"

namespace careplan::content {
namespace {

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

std::vector<std::string> DidYouMean(const std::string& word,
                                    const std::vector<std::string>& candidates) {
  if (auto match = ClosestMatch(word, candidates)) return {"did you mean " + Quoted(*match) + "?"};
  return {};
}

// Reports ids in `ids` that the guide does not have, at each id's own
// location when known (else the list's), and returns the known ones.
std::set<std::string> KnownIds(const std::vector<std::string>& ids,
                               const std::vector<SourceLoc>& id_locs, const SourceLoc& list_loc,
                               const std::string& field, const Guide& guide,
                               Diagnostics* diagnostics) {
  const std::vector<std::string> valid = guide.SectionIds();
  std::set<std::string> known;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (guide.FindSection(ids[i]) != nullptr) {
      known.insert(ids[i]);
      continue;
    }
    const SourceLoc& loc = i < id_locs.size() ? id_locs[i] : list_loc;
    diagnostics->Error(loc,
                       field + ": unknown section " + Quoted(ids[i]) + "; the guide " +
                           Quoted(guide.id) + " has the sections " + JoinChoices(valid, "and"),
                       DidYouMean(ids[i], valid));
  }
  return known;
}

std::vector<SelectedSection> SelectPacketSections(const profile::Packet& packet, const Guide& guide,
                                                  Diagnostics* diagnostics) {
  std::vector<SelectedSection> selected;
  if (packet.all_sections) {
    for (const GuideSection& section : guide.sections) {
      selected.push_back({&section, "packet: all sections"});
    }
    return selected;
  }
  const std::set<std::string> listed =
      KnownIds(packet.sections, packet.section_locs, packet.sections_loc, "packet.sections", guide,
               diagnostics);
  for (const GuideSection& section : guide.sections) {
    if (listed.count(section.id)) selected.push_back({&section, "packet: listed in sections"});
  }
  return selected;
}

}  // namespace

std::vector<SelectedSection> SelectSections(const profile::Profile& profile,
                                            const PersonFacts& facts, const Guide& guide,
                                            Diagnostics* diagnostics) {
  const profile::Preferences& preferences = profile.preferences;
  // preferences.guide_sections (or --guide-sections): none leaves the guide
  // out, all takes every section; relevant is the rules' choice below.
  if (preferences.guide_sections == profile::GuideSections::kNone) return {};
  if (preferences.guide_sections == profile::GuideSections::kAll) {
    std::vector<SelectedSection> all;
    for (const GuideSection& section : guide.sections)
      all.push_back({&section, "you asked for every section (guide_sections: all)"});
    return all;
  }
  if (profile.kind == profile::ProfileKind::kPacket) {
    return SelectPacketSections(profile.packet, guide, diagnostics);
  }
  const std::set<std::string> included =
      KnownIds(preferences.include_sections, preferences.include_section_locs,
               preferences.include_loc, "preferences.include_sections", guide, diagnostics);
  const std::set<std::string> excluded =
      KnownIds(preferences.exclude_sections, preferences.exclude_section_locs,
               preferences.exclude_loc, "preferences.exclude_sections", guide, diagnostics);
  std::vector<SelectedSection> selected;
  for (const GuideSection& section : guide.sections) {
    if (excluded.count(section.id)) continue;
    if (EvaluateCondition(section.applies_when, facts)) {
      selected.push_back({&section, "applies: " + ExplainMatch(section.applies_when, facts)});
    } else if (included.count(section.id)) {
      selected.push_back({&section, "you asked for it (include_sections)"});
    }
  }
  return selected;
}

void CheckNamesAgainstKnowledge(const profile::Profile& profile, const Knowledge& knowledge,
                                Diagnostics* diagnostics) {
  const std::vector<std::string> medicine_spellings = knowledge.MedicineSpellings();
  auto check_medicine = [&](const std::string& field, const std::string& name,
                            const SourceLoc& loc) {
    if (knowledge.FindMedicine(name) != nullptr) return;
    diagnostics->Warning(loc,
                         field + ": " + Quoted(name) +
                             " is not in the medicine rules; it is printed as written, with no "
                             "checks or warnings added",
                         DidYouMean(name, medicine_spellings));
  };
  for (size_t i = 0; i < profile.treatments.size(); ++i) {
    const profile::Treatment& treatment = profile.treatments[i];
    check_medicine("treatments[" + std::to_string(i) + "].name", treatment.name, treatment.loc);
  }
  for (size_t i = 0; i < profile.planned.size(); ++i) {
    const profile::PlannedTherapy& planned = profile.planned[i];
    check_medicine("planned[" + std::to_string(i) + "].name", planned.name, planned.loc);
  }
  const std::vector<std::string> test_spellings = knowledge.TestSpellings();
  for (size_t i = 0; i < profile.monitoring.size(); ++i) {
    const profile::MonitoringEntry& entry = profile.monitoring[i];
    if (knowledge.FindTest(entry.test) != nullptr) continue;
    const std::string consequence =
        entry.every ? "its own `every` is used" : "it has no `every`, so it gets no due date";
    diagnostics->Warning(entry.loc,
                         "monitoring[" + std::to_string(i) + "].test: " + Quoted(entry.test) +
                             " is not in the test rules; " + consequence,
                         DidYouMean(entry.test, test_spellings));
  }
}

}  // namespace careplan::content
