// The help texts: the overview (`careplan --help`) and one page per command
// (`careplan COMMAND --help`, `careplan help COMMAND`), each with its options
// and an example. Kept apart from the option parsing in cli.cc so the words
// can change without touching the code that runs the commands.
#pragma once

#include <string_view>

namespace careplan::app {

// The overview: every command, the common options and the exit codes.
std::string_view OverviewHelp();

// The help of one command, or an empty view when there is no such command.
std::string_view CommandHelp(std::string_view command);

}  // namespace careplan::app
