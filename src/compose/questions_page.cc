#include "compose/questions_page.h"

namespace careplan::compose {
namespace {

constexpr int kAnswerLines = 2;
constexpr int kOwnQuestionLines = 8;

}  // namespace

void AppendQuestionsPart(const plan::CarePlan& plan, std::vector<doc::Block>* blocks) {
  blocks->push_back(doc::Heading{1, "Questions for my next appointment", true, true});
  blocks->push_back(doc::Paragraph{doc::Plain(
      "People forget much of what is said in a visit. Tick the questions you want to ask, bring "
      "this page, and write the answers on the lines.")});
  if (!plan.question_prompts.empty()) {
    doc::Checklist prompts;
    for (const std::string& prompt : plan.question_prompts) {
      prompts.items.push_back({doc::Plain(prompt), kAnswerLines});
    }
    blocks->push_back(std::move(prompts));
  }
  blocks->push_back(doc::Heading{2, "My own questions", true, false});
  blocks->push_back(doc::WriteInLines{"", kOwnQuestionLines});
}

}  // namespace careplan::compose
