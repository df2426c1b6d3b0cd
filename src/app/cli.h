// RunCli: the command line (init, validate, render, batch, explain, readability,
// schema, help). Parses options into a request, runs it, prints diagnostics and
// returns an exit code (sysexits: 0 ok, 64 usage, 65 bad data, 66 missing input,
// 73 cannot create output, 70 internal error).
#pragma once

namespace careplan::app {

int RunCli(int argc, char** argv);

}  // namespace careplan::app
