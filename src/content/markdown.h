// ConvertMarkdown: turns the Markdown body of a guide section into document
// blocks, using md4c (CommonMark). Supported: paragraphs, headings (## and ###
// become sub-headings), bulleted and numbered lists, **bold**, hard line
// breaks, and "::: picture NAME" lines (picture_directive.h), each a
// doc::Picture where its line is. Emphasis prints as regular text (patient handouts avoid italics);
// HTML, images and tables are reported as warnings and left out.
#pragma once

#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "doc/document.h"

namespace careplan::content {

// `loc` is where the body starts in its file, for diagnostics.
std::vector<doc::Block> ConvertMarkdown(std::string_view markdown, const SourceLoc& loc,
                                        Diagnostics* diagnostics);

}  // namespace careplan::content
