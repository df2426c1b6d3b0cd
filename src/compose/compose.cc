#include "compose/compose.h"

#include "compose/about_plan.h"
#include "compose/bp_log.h"
#include "compose/branding.h"
#include "compose/checklist_pages.h"
#include "compose/condition_words.h"
#include "compose/cover.h"
#include "compose/first_page.h"
#include "compose/guide_sections.h"
#include "compose/measures.h"
#include "compose/medicines_page.h"
#include "compose/packet_forms.h"
#include "compose/questions_page.h"
#include "compose/schedule_pages.h"
#include "compose/timeline_page.h"
#include "compose/warning_pages.h"

namespace careplan::compose {
namespace {

// Chart labels at 0.9 of the body size: 10.8 pt, or 16.2 pt in large print.
constexpr double kChartTextScale = 0.9;
// A chart and its caption stay within this share of the page height.
constexpr double kChartPageShare = 0.85;

doc::DocumentInfo MakeInfo(const plan::CarePlan& plan, const ComposeOptions& options) {
  const profile::Profile& profile = *plan.profile;
  doc::DocumentInfo info;
  info.creator = options.creator;
  info.language = profile.language;
  info.creation_date = options.creation_date.value_or(profile.plan_date);
  info.subject = plan.guide->title;
  info.keywords = "care plan, " + ConditionKeywords(plan);
  info.footer_left = "Supports, not replaces, your care team's advice";
  if (profile.kind == profile::ProfileKind::kPacket) {
    info.title = profile.packet.title;
    info.keywords = "information packet, " + ConditionKeywords(plan);
    info.author = profile.packet.organisation;
    info.header_left = profile.packet.title;
    // Every printed page carries the date it was made (handout conventions).
    info.header_right = profile.packet.organisation.empty()
                            ? profile.plan_date.Display()
                            : profile.packet.organisation + " · " + profile.plan_date.Display();
    return info;
  }
  info.title = "Care plan for " + profile.patient.name;
  info.header_left = profile.patient.name;
  if (!profile.patient.identifier.empty()) info.header_left += " · " + profile.patient.identifier;
  info.header_right = "Plan date " + profile.plan_date.Display();
  return info;
}

Measures MakeMeasures(const ComposeOptions& options) {
  Measures style;
  style.metrics = options.metrics ? options.metrics : &EstimatedMetrics();
  style.width_pt = options.content_width_pt;
  style.max_height_pt = kChartPageShare * options.content_height_pt;
  style.body_size_pt = options.body_size_pt;
  style.text_size_pt = kChartTextScale * options.body_size_pt;
  return style;
}

// The contents start page 2 of a plan; a packet's short cover leaves room
// for them on page 1.
void AppendContents(bool new_page, std::vector<doc::Block>* blocks) {
  if (new_page) blocks->push_back(doc::PageBreak{});
  blocks->push_back(doc::Contents{});
}

void AppendPacket(const plan::CarePlan& plan, const Measures& measures,
                  std::vector<doc::Block>* blocks) {
  AppendPacketCover(*plan.profile, plan.guide->title, ConditionWords(plan), blocks);
  AppendContents(false, blocks);
  AppendGuideSections(plan, blocks);
  AppendPacketForms(plan, measures, blocks);
  AppendAboutThisPacket(plan, blocks);
}

void AppendPlan(const plan::CarePlan& plan, const Measures& style,
                std::vector<doc::Block>* blocks) {
  AppendFirstPage(plan, style, blocks);
  AppendContents(true, blocks);
  AppendGuideSections(plan, blocks);
  AppendTimelinePart(plan.timeline, style, blocks);
  AppendMedicinesPart(plan, blocks);
  AppendSchedulePart(plan, style, blocks);
  AppendChecklistPart(plan, style, blocks);
  AppendWarningsPart(plan, blocks);
  AppendBloodPressurePart(plan, style, blocks);
  AppendQuestionsPart(plan, blocks);
  AppendNotesPart(plan, style, blocks);
}

}  // namespace

doc::Document BuildDocument(const plan::CarePlan& plan, const ComposeOptions& options) {
  doc::Document document;
  document.info = MakeInfo(plan, options);
  if (options.theme) {
    AppendBrandingToCover(*options.theme, &document.blocks);
    if (document.info.author.empty()) document.info.author = options.theme->organisation;
  }
  if (plan.profile->kind == profile::ProfileKind::kPacket) {
    AppendPacket(plan, MakeMeasures(options), &document.blocks);
  } else {
    AppendPlan(plan, MakeMeasures(options), &document.blocks);
  }
  return document;
}

}  // namespace careplan::compose
