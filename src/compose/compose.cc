#include "compose/compose.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/suggest.h"
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
#include "compose/medicines_summary.h"
#include "compose/next_visit.h"
#include "compose/packet_forms.h"
#include "compose/pictures.h"
#include "compose/raynaud_log.h"
#include "compose/schedule_pages.h"
#include "compose/timeline_page.h"
#include "compose/warning_pages.h"
#include "compose/weight_log.h"

namespace careplan::compose {
namespace {

constexpr char kPartTwoTitle[] = "Part 2: About my condition";

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
  info.subject = plan.guide->PrintedTitle(*plan.profile);
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

void AppendPacket(const plan::CarePlan& plan, const Measures& measures,
                  std::vector<doc::Block>* blocks) {
  AppendPacketCover(*plan.profile, plan.guide->PrintedTitle(*plan.profile), ConditionWords(plan),
                    blocks);
  // A packet's short cover leaves room for the contents on page 1.
  blocks->push_back(doc::Contents{});
  AppendGuideSections(plan, true, blocks);
  AppendPacketForms(plan, measures, blocks);
  AppendAboutThisPacket(plan, blocks);
}

// Part 1, "My plan": what a person reads and keeps, first and brief.
void AppendPartOne(const plan::CarePlan& plan, const Measures& style,
                   std::vector<doc::Block>* blocks) {
  AppendFirstPage(plan, style, blocks);
  AppendMedicinesSummary(plan, style, blocks);
  AppendMyChecks(plan, style, blocks);
  AppendMyselfAndNextVisit(plan, blocks);
  // Last, as the least urgent: a chart cannot break across pages, and in
  // the middle of Part 1 it left most of a page empty whenever it did not
  // fit under the medicines table (4 of the 8 examples).
  AppendTreatmentHistory(plan.timeline, style, blocks);
}

// The pages to fill in by hand, each with its how-to.
void AppendLogPages(const plan::CarePlan& plan, const Measures& style,
                    std::vector<doc::Block>* blocks) {
  AppendBloodPressurePart(plan, style, blocks);
  AppendWeightPart(plan, style, blocks);
  AppendRaynaudPart(plan, style, blocks);
  AppendWeekForm(plan, style, blocks);
  AppendPlannerForm(plan, style, blocks);
}

// "Where Part 1 gives your care team's own level for your temperature…": the
// guide's general advice about a reading (call the same day at 38.0 °C) must
// not outrank the team's (home_monitoring); empty when the team gives none.
std::string TeamLevelsComeFirst(const profile::Profile& profile) {
  std::vector<std::string> measures;
  for (const profile::HomeMonitoring& entry : profile.home_monitoring) {
    const std::string name = profile::PlainName(entry.measure);
    if (entry.HasLevel() && std::find(measures.begin(), measures.end(), name) == measures.end()) {
      measures.push_back(name);
    }
  }
  if (measures.empty()) return "";
  return " Part 1 gives your care team's own level for your " + JoinChoices(measures, "and") +
         ": where this part gives general advice about " + (measures.size() == 1 ? "it" : "them") +
         ", follow your care team's.";
}

// Part 2, "About my condition": the tailored guide, then the details Part 1
// points to. Nothing here repeats Part 1: warning signs live on page 1.
void AppendPartTwo(const plan::CarePlan& plan, const Measures& style,
                   std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, kPartTwoTitle, true, true});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "Part 1 is your own plan. This part explains your condition and your treatment in more "
      "detail, for when you have time to read. Your care team can print it once and give you "
      "a new Part 1 at each visit." +
      TeamLevelsComeFirst(*plan.profile))});
  blocks->push_back(doc::Contents{});
  AppendGuideSections(plan, false, blocks);
  AppendMedicineCards(plan, blocks);
  AppendTreatmentDetails(plan.timeline, style, blocks);
  AppendChecksInDetail(plan, style, blocks);
  AppendVaccines(plan.vaccines, blocks);
  AppendContactsAndSources(plan, style, blocks);
}

void AppendPlan(const plan::CarePlan& plan, const Measures& style,
                std::vector<doc::Block>* blocks) {
  AppendPartOne(plan, style, blocks);
  AppendLogPages(plan, style, blocks);
  AppendPartTwo(plan, style, blocks);
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
  DrawPictures(MakeMeasures(options), &document.blocks);
  return document;
}

}  // namespace careplan::compose
