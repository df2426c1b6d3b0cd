// A picture in a guide section's Markdown: a line of its own,
//
//   ::: picture raynaud-colour-change
//
// that prints the named drawing there (doc/picture_names.h lists the names).
// Unlike the audience blocks (guide_audience.h) it opens no block and needs
// no closing ":::"; inside a "::: plan" or "::: packet" block it prints only
// for that audience. It ends the paragraph or list before it.
#pragma once

#include <optional>
#include <string_view>

#include "base/diagnostics.h"
#include "doc/document.h"

namespace careplan::content {

// Whether `line` (with or without its newline) is a picture line.
bool IsPictureLine(std::string_view line);

// The picture `line` names. An unknown or missing name is an error at the
// name's column of `loc` (the line's own location); returns nullopt.
std::optional<doc::Picture> ReadPictureLine(std::string_view line, const SourceLoc& loc,
                                            Diagnostics* diagnostics);

}  // namespace careplan::content
