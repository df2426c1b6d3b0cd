// Conditions on time, judged on the plan date: years since diagnosis, years
// since a current medicine started, and age. Written in the rules as
//   {years_since_diagnosis: {under: 1}}
//   {years_since_started: {medicine: nintedanib, at_least: 1}}   (or class: ...)
//   {age: {at_least: 60, if_unknown: false}}
// `at_least: N` holds from the Nth anniversary on, `under: N` before it; both
// may be given (at_least <= years < under). A partial date counts from its
// last day (diagnosed 2019-03 counts from 31 Mar 2019), so "early disease" is
// never cut short by an imprecise date.
//
// When the profile does not give the date a condition needs (no diagnosed_on,
// no date_of_birth), the condition is `if_unknown` (default false): a rule
// states which behaviour is the modest one for an unknown date.
// years_since_started holds only for medicines taken on the plan date (a
// planned or stopped medicine has no running time).
#pragma once

#include <functional>
#include <string>

#include "content/condition.h"
#include "yaml/yaml_value.h"

namespace careplan::content {

struct PersonFacts;

// Whether `key` is one of years_since_diagnosis, years_since_started, age.
bool IsTimeConditionKey(const std::string& key);

// Reads the mapping under a time key into `condition` (its kind, span,
// if_unknown and, for years_since_started, the medicine or class). Calls
// `error` for each problem, at the node it concerns.
void ParseTimeCondition(const std::string& key, yaml::YamlValue value, Condition* condition,
                        const std::function<void(yaml::YamlValue, const std::string&)>& error);

// "years since diagnosis: under 1 (unknown: no)".
std::string DescribeTimeCondition(const Condition& condition);

// Whether a time condition holds for these facts (if_unknown when the date is
// not known).
bool EvaluateTimeCondition(const Condition& condition, const PersonFacts& facts);

// Whether the date a time condition needs is missing from the facts.
bool TimeConditionUnknown(const Condition& condition, const PersonFacts& facts);

}  // namespace careplan::content
