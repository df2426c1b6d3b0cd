// DumpDocument: a readable, deterministic text form of a Document (its
// metadata, then every block in order, one line each with its parts
// indented below) for golden tests and `careplan render --dump doc`. It
// shows what the plan says and how it is structured; sizes only for
// charts and images.
#pragma once

#include <ostream>

#include "doc/document.h"

namespace careplan::doc {

void DumpDocument(const Document& document, std::ostream& out);

}  // namespace careplan::doc
