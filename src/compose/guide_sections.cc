#include "compose/guide_sections.h"

#include <algorithm>

namespace careplan::compose {

void AppendGuideSections(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  if (plan.sections.empty()) return;
  blocks->push_back(doc::Heading{1, "About your condition", true, true});
  for (const plan::ChosenSection& chosen : plan.sections) {
    blocks->push_back(doc::Heading{2, chosen.section->title, true, false});
    blocks->insert(blocks->end(), chosen.section->body.begin(), chosen.section->body.end());
  }
}

void AppendAboutThisPlan(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, "About this plan", true, false});
  std::string text = "Made with careplan from the guide \"" + plan.guide->title + "\", version " +
                     plan.guide->version + ", to be reviewed by " + plan.guide->review_date + ".";
  blocks->push_back(doc::Paragraph{doc::Plain(text)});
  std::vector<std::string> cited;
  for (const plan::ChosenSection& chosen : plan.sections) {
    for (const std::string& source : chosen.section->sources) {
      if (std::find(cited.begin(), cited.end(), source) == cited.end()) cited.push_back(source);
    }
  }
  std::sort(cited.begin(), cited.end());
  if (!cited.empty()) {
    std::string list;
    for (const std::string& source : cited) list += (list.empty() ? "" : ", ") + source;
    blocks->push_back(doc::Paragraph{doc::Plain("Sources cited by these sections: " + list +
                                                ". The full references are in the guide's "
                                                "sources list.")});
  }
  blocks->push_back(doc::Paragraph{doc::Plain(
      "This plan supports, but does not replace, the advice of your care team.")});
}

}  // namespace careplan::compose
