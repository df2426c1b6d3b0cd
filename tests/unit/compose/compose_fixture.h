// Hand-made care plans for the compose tests: a Profile, Guide and Knowledge
// owned together with the CarePlan that points into them, and helpers to find
// blocks and text in a Document.
#pragma once

#include <memory>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "compose/compose.h"
#include "compose/measures.h"
#include "doc/document.h"
#include "plan/care_plan.h"
#include "testutil/fixed_metrics.h"

namespace careplan::compose::testing {

inline PartialDate Ym(int year, int month) { return PartialDate{year, month, 0}; }
inline PartialDate Ymd(int year, int month, int day) { return PartialDate{year, month, day}; }

// A plan for Ann Example on 24 Nov 2026 with nothing in it yet; tests add
// what they need. Not copyable: the plan points into the other members.
struct PlanFixture {
  PlanFixture() {
    profile.plan_date = Date(2026, 11, 24);
    profile.patient.name = "Ann Example";
    profile.patient.preferred_name = "Ann";
    profile.patient.date_of_birth = Date(1970, 3, 2);
    profile.patient.identifier = "MRN 1";
    profile.diagnosis.condition = "systemic sclerosis";
    profile.diagnosis.diagnosed_on = Ym(2019, 4);
    guide.title = "Living with scleroderma";
    guide.version = "1.0";
    guide.review_date = "2027-06";
    knowledge.vocabulary.condition = "scleroderma";  // as the bundled vocabulary.yaml names it
    plan.profile = &profile;
    plan.guide = &guide;
    plan.knowledge = &knowledge;
    plan.timeline.plan_date = profile.plan_date;
    plan.timeline.diagnosed_on = profile.diagnosis.diagnosed_on;
    plan.schedule.plan_date = profile.plan_date;
  }
  PlanFixture(const PlanFixture&) = delete;
  PlanFixture& operator=(const PlanFixture&) = delete;

  void AddTreatment(std::string name, PartialDate started, std::optional<PartialDate> stopped,
                    profile::Outcome outcome, std::string notes = "") {
    plan::TimelineEntry entry;
    entry.name = std::move(name);
    entry.dose = "10 mg";
    entry.started = started;
    entry.stopped = stopped;
    entry.outcome = outcome;
    entry.notes = std::move(notes);
    plan.timeline.treatments.push_back(std::move(entry));
  }

  void AddPlanned(std::string name, std::optional<PartialDate> target) {
    plan.timeline.planned.push_back({std::move(name), nullptr, target, ""});
  }

  doc::Document Build(double body_size = 12) const {
    ComposeOptions options;
    options.metrics = &metrics;
    options.body_size_pt = body_size;
    return BuildDocument(plan, options);
  }

  Measures Measure(double body_size = 12) const {
    Measures measures;
    measures.metrics = &metrics;
    measures.width_pt = 481.89;
    measures.max_height_pt = 0.85 * 728.5;
    measures.body_size_pt = body_size;
    measures.text_size_pt = 0.9 * body_size;
    return measures;
  }

  testutil::FixedMetrics metrics;
  profile::Profile profile;
  content::Guide guide;
  content::Knowledge knowledge;
  plan::CarePlan plan;
};

inline std::string Text(const doc::RichText& text) {
  std::string out;
  for (const doc::Span& span : text) out += span.text;
  return out;
}

inline bool IsBold(const doc::RichText& text) {
  return !text.empty() && text.front().style == doc::TextStyle::kBold;
}

template <typename T>
std::vector<const T*> All(const std::vector<doc::Block>& blocks) {
  std::vector<const T*> out;
  for (const doc::Block& block : blocks) {
    if (const T* found = std::get_if<T>(&block)) out.push_back(found);
  }
  return out;
}

// The blocks from the heading with this text to the next heading of the same
// or a higher level (empty when there is no such heading).
inline std::vector<doc::Block> Part(const doc::Document& document, const std::string& heading) {
  std::vector<doc::Block> out;
  int level = 0;
  for (const doc::Block& block : document.blocks) {
    const doc::Heading* h = std::get_if<doc::Heading>(&block);
    if (level > 0 && h && h->level <= level) break;
    if (level == 0 && h && h->text == heading) level = h->level;
    if (level > 0) out.push_back(block);
  }
  return out;
}

inline std::vector<std::string> HeadingTexts(const doc::Document& document, int level) {
  std::vector<std::string> out;
  for (const doc::Heading* h : All<doc::Heading>(document.blocks)) {
    if (h->level == level) out.push_back(h->text);
  }
  return out;
}

inline std::vector<const doc::ChartText*> ChartTexts(const doc::Chart& chart) {
  std::vector<const doc::ChartText*> out;
  for (const doc::ChartItem& item : chart.items) {
    if (const auto* text = std::get_if<doc::ChartText>(&item)) out.push_back(text);
  }
  return out;
}

}  // namespace careplan::compose::testing
