// Points for the clinician to review, listed by `careplan explain` and never
// printed for the patient:
//   - the team's word: where the team's own levels replaced the rules' advice,
//     where a team interval is longer than the rules', and where a
//     team note prints beside generated advice that it may contradict;
//   - the rules' review flags (general.yaml `review_flags`): missing baseline
//     tests, stem cell transplant selection criteria;
//   - interactions between the person's medicines;
//   - prior toxicity: a medicine stopped for side effects whose notes name a
//     test (through the tests' aliases) that a current or planned medicine is
//     also monitored with.
// Deterministic, in that order.
#pragma once

#include <string>
#include <vector>

#include "plan/care_plan.h"

namespace careplan::plan {

struct ReviewPoint {
  std::string kind;  // "team's word", "missing baseline", "interaction", ...
  std::string text;
  std::vector<std::string> sources;
};

// REQUIRES: plan.profile and plan.knowledge are set (as ComputePlan does).
std::vector<ReviewPoint> FindReviewPoints(const CarePlan& plan);

}  // namespace careplan::plan
