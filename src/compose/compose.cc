#include "compose/compose.h"

#include "compose/cover.h"
#include "compose/guide_sections.h"

namespace careplan::compose {
namespace {

doc::DocumentInfo MakeInfo(const plan::CarePlan& plan, const ComposeOptions& options) {
  const profile::Profile& profile = *plan.profile;
  doc::DocumentInfo info;
  info.creator = options.creator;
  info.language = profile.language;
  info.creation_date = options.creation_date.value_or(profile.plan_date);
  info.subject = plan.guide->title;
  info.keywords = "care plan, scleroderma, systemic sclerosis";
  info.footer_left = "Supports, not replaces, your care team's advice";
  if (profile.kind == profile::ProfileKind::kPacket) {
    info.title = profile.packet.title;
    info.author = profile.packet.organisation;
    info.header_left = profile.packet.title;
    info.header_right = profile.packet.organisation;
    return info;
  }
  info.title = "Care plan for " + profile.patient.name;
  info.header_left = profile.patient.name;
  if (!profile.patient.identifier.empty()) info.header_left += " · " + profile.patient.identifier;
  info.header_right = "Plan date " + profile.plan_date.Display();
  return info;
}

void AppendNotes(const profile::Profile& profile, std::vector<doc::Block>* blocks) {
  if (profile.notes.empty()) return;
  blocks->push_back(doc::Heading{2, "Notes from my care team", true, false});
  std::string text = profile.notes;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  blocks->push_back(doc::Paragraph{doc::Plain(text)});
}

}  // namespace

doc::Document BuildDocument(const plan::CarePlan& plan, const ComposeOptions& options) {
  const profile::Profile& profile = *plan.profile;
  doc::Document document;
  document.info = MakeInfo(plan, options);
  std::vector<doc::Block>& blocks = document.blocks;
  if (profile.kind == profile::ProfileKind::kPacket) {
    AppendPacketCover(profile, plan.guide->title, &blocks);
    blocks.push_back(doc::Contents{});
    AppendGuideSections(plan, &blocks);
  } else {
    AppendPatientCover(profile, &blocks);
    AppendCareTeam(profile, &blocks);
    blocks.push_back(doc::Contents{});
    AppendGuideSections(plan, &blocks);
    if (!profile.notes.empty()) {
      blocks.push_back(doc::Heading{1, "Notes", true, true});
      AppendNotes(profile, &blocks);
    }
  }
  AppendAboutThisPlan(plan, &blocks);
  return document;
}

}  // namespace careplan::compose
