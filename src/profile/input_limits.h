// Input limits: the checks made on a profile's text before the YAML parser
// sees it. yaml-cpp parses recursively, so deeply nested input could exhaust
// the stack; it also reports tab indentation with a cryptic message and
// silently accepts a quoted string that is never closed. A cheap pre-scan,
// linear in the size of the text, catches all of these with clear messages.
// Used by LoadProfile; the limits themselves are in profile_limits.h.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "yaml/source_text.h"

namespace careplan::profile {

using yaml::MakeLoc;
using yaml::SourceText;
using yaml::TextPosition;

// Reports a file larger than kMaxFileBytes; returns false when it is. Runs on
// the raw bytes, before anything else looks at them.
bool CheckFileSize(std::string_view raw, const std::string& file, Diagnostics* diagnostics);

// Reports nesting deeper than kMaxNestingDepth, tabs used for indentation and
// quoted text that is never closed. Returns false when there was anything to
// report: the text must then not be given to the YAML parser.
//
// Nesting counts open flow brackets ([ and {) plus block levels (one per
// deeper indentation and per "- "). Block scalars (| and >) and plain text
// continued on more-indented lines hold no structure and are skipped. The
// count is approximate (a sequence written at its key's indentation counts
// one level less) but never less than half the real depth.
bool PreScanYaml(const SourceText& source, const std::string& file, Diagnostics* diagnostics);

}  // namespace careplan::profile
