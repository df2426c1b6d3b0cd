#include "compose/raynaud_log.h"

#include <string>

#include "compose/column_widths.h"
#include "compose/raynaud_colour_change_picture.h"
#include "compose/when_to_act_box.h"

namespace careplan::compose {
namespace {

constexpr int kLogRows = 12;

// One sign and one action: page 1's own sign about a finger or toe that
// stays cold after warming (emergency, S30b, S31, S32).
doc::Callout WhenToAct(const plan::CarePlan& plan) {
  return WhenToActBox(plan, "stays white",
                      "If a finger or toe stays white, blue or black and cold after you warm it, "
                      "get help the same day.");
}

// The steps say only what the facts hold: attacks come in the cold or with a
// change in temperature, vibration, nicotine or stress, and the fingers or
// toes turn white or blue (S30b, S32); what to write is the log's own.
doc::List Steps() {
  doc::List steps;
  steps.numbered = true;
  steps.items.push_back(
      doc::Plain("Each time your fingers or toes turn white or blue, write the date."));
  steps.items.push_back(
      doc::Plain("Write what set it off: the cold, a change in temperature, a tool that "
                 "vibrates, smoking, stress, or something else."));
  steps.items.push_back(doc::Plain("Write the colour and about how long it lasted."));
  steps.items.push_back(
      doc::Plain("If a finger or toe stays cold after you warm it, do what the "
                 "box \"" +
                 std::string(kWhenToAct) + "\" above says."));
  steps.items.push_back(doc::Plain("Bring this page to every appointment."));
  return steps;
}

}  // namespace

doc::FormGrid MakeRaynaudGrid(int blank_rows, const Measures& measures) {
  doc::FormGrid grid;
  grid.header = {"Date", "What set it off", "Colour", "How long", "Notes"};
  grid.blank_rows = blank_rows;
  FitColumns({1.0, 2.0, 1.0, 1.0, 2.0}, measures, &grid);
  return grid;
}

void AppendRaynaudPart(const plan::CarePlan& plan, const Measures& measures,
                       std::vector<doc::Block>* blocks) {
  if (!plan.needs_raynaud_log) return;
  blocks->push_back(doc::Heading{1, kRaynaudLogTitle, true, true});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "Write down each Raynaud's attack here. Your care team can see how often they come and "
      "what sets them off.")});
  blocks->push_back(MakeRaynaudColourChangePicture(measures));
  blocks->push_back(WhenToAct(plan));
  blocks->push_back(doc::Paragraph{doc::Strong("How to keep the log:"), true});
  blocks->push_back(Steps());
  blocks->push_back(MakeRaynaudGrid(kLogRows, measures));
}

}  // namespace careplan::compose
