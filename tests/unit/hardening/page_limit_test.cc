// The document limit: a profile cannot make careplan build a PDF of more
// than 500 pages. The stress profile of maximal lists loads (every list and
// note is within the profile limits) but its plan would run to more than 600
// pages, so Render refuses it with an error naming the limit,
// before libharu draws anything.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>

#include "profile/profile_limits.h"
#include "unit/hardening/hardening_fixtures.h"

namespace careplan::hardening {
namespace {

// Loads `yaml` (the test fails if it does not load) and renders it.
bool Render(const std::string& yaml, app::RenderOutput* output, Diagnostics* diagnostics) {
  auto profile = Resources().LoadProfile(yaml, "max.yaml", Options(), diagnostics);
  EXPECT_TRUE(profile) << FormatDiagnostics(*diagnostics);
  if (!profile) return false;
  auto renderer = app::Renderer::Create(Resources(), diagnostics);
  EXPECT_TRUE(renderer);
  return renderer && renderer->Render(*profile, app::RenderOptions{}, output, diagnostics);
}

TEST(PageLimitTest, MaximalProfileIsWithinTheProfileLimits) {
  const std::string yaml = MaximalProfile();
  EXPECT_LE(yaml.size(), profile::kMaxFileBytes);
  EXPECT_GT(yaml.size(), profile::kMaxFileBytes * 9 / 10);
  Diagnostics diagnostics;
  EXPECT_TRUE(Resources().LoadProfile(yaml, "max.yaml", Options(), &diagnostics))
      << FormatDiagnostics(diagnostics);
}

TEST(PageLimitTest, PlanOverTheLimitIsRefusedWithAnErrorNamingIt) {
  const auto start = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  app::RenderOutput output;
  EXPECT_FALSE(Render(MaximalProfile(), &output, &diagnostics));
  const std::string errors = FormatDiagnostics(diagnostics);
  std::smatch match;
  ASSERT_TRUE(std::regex_search(
      errors, match,
      std::regex("(^|\n)max\\.yaml: error: the plan would have ([0-9]+) pages; the limit is "
                 "500\n  hint: shorten the longest notes, or leave out old treatments and "
                 "tests\n")))
      << errors;
  EXPECT_GT(std::stoi(match[2]), 600);
  EXPECT_TRUE(output.pdf.empty());
  EXPECT_EQ(output.pages, 0);
  // Layout alone (no PDF) takes about a second in an optimised build; far
  // more means the limit no longer stops the work early.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
}

TEST(PageLimitTest, LargePrintAndLetterAreRefusedToo) {
  Diagnostics diagnostics;
  app::RenderOutput output;
  EXPECT_FALSE(Render(MaximalProfile("preferences:\n  large_print: true\n  page_size: letter\n"),
                      &output, &diagnostics));
  EXPECT_NE(FormatDiagnostics(diagnostics).find("pages; the limit is 500\n"), std::string::npos)
      << FormatDiagnostics(diagnostics);
}

TEST(PageLimitTest, RendererWorksAfterARefusal) {
  Diagnostics diagnostics;
  auto renderer = app::Renderer::Create(Resources(), &diagnostics);
  ASSERT_TRUE(renderer);
  auto big = Resources().LoadProfile(MaximalProfile(), "max.yaml", Options(), &diagnostics);
  auto small = Resources().LoadProfile(kValid, "small.yaml", Options(), &diagnostics);
  ASSERT_TRUE(big && small) << FormatDiagnostics(diagnostics);
  app::RenderOutput output;
  EXPECT_FALSE(renderer->Render(*big, app::RenderOptions{}, &output, &diagnostics));
  Diagnostics second;
  EXPECT_TRUE(renderer->Render(*small, app::RenderOptions{}, &output, &second))
      << FormatDiagnostics(second);
  EXPECT_GT(output.pages, 0);
  EXPECT_LT(output.pages, 500);
}

}  // namespace
}  // namespace careplan::hardening
