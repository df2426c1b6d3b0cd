// Placeholders in rules text ("{every}", "{usual_blood_pressure}",
// "{medicine}"): each is replaced by its value where the plan knows it.
#pragma once

#include <string>
#include <string_view>

namespace careplan {

// Every `placeholder` in `text` becomes `value` (a value that contains the
// placeholder is not replaced again).
void ReplaceAll(std::string* text, std::string_view placeholder, std::string_view value);

}  // namespace careplan
