// PDF text strings for the document info, outline titles and the like.
// libharu's own conversion (HPDF_SetInfoAttr or HPDF_CreateOutline with the
// UTF-8 encoder) turns characters above U+FFFF into spaces, so these are
// written here: printable ASCII as a literal string, anything else as
// UTF-16BE with a byte-order mark, in hex.
#pragma once

#include <string>
#include <string_view>

#include "pdf/hpdf_document.h"

namespace careplan::pdf {

// The bytes of the PDF text string for UTF-8 `text`: unchanged if printable
// ASCII, else FE FF + UTF-16BE (surrogate pairs above U+FFFF; invalid UTF-8
// becomes U+FFFD).
std::string EncodeTextString(std::string_view text);

// Sets dict[key] to the text string for `text`, replacing any value.
void SetTextString(const HpdfDocument& doc, HPDF_Dict dict, const char* key, std::string_view text);

}  // namespace careplan::pdf
