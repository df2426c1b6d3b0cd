#include "compose/questions_page.h"

namespace careplan::compose {
namespace {

constexpr int kAnswerLines = 1;
// One block of lines for the person's own questions and for what the team
// says at the visit: two separate blocks cost a page in some plans.
constexpr int kOwnLines = 4;

}  // namespace

void AppendQuestions(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{2, "Questions for my next visit", true, false});
  blocks->push_back(
      doc::Paragraph{doc::Plain("Tick the ones to ask and write the answers on the lines.")});
  doc::Checklist prompts;
  for (const std::string& prompt : plan.question_prompts) {
    if (prompts.items.size() == kVisitQuestions) break;
    prompts.items.push_back({doc::Plain(prompt), kAnswerLines});
  }
  if (!prompts.items.empty()) blocks->push_back(std::move(prompts));
  blocks->push_back(doc::WriteInLines{kOwnQuestionsAndNotes, kOwnLines});
}

}  // namespace careplan::compose
