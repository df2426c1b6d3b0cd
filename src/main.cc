// careplan: turns YAML care profiles into printable PDF care plans.
// main only hands the command line to the application (app/cli.h).
#include "app/cli.h"

int main(int argc, char** argv) { return careplan::app::RunCli(argc, argv); }
