// careplan: turns YAML care profiles into printable PDF care plans.
// main only hands the command line to the application (app/cli.h), or to
// the print station (serve/serve.h), which sits downstream of the app.
#include <string_view>

#include "app/cli.h"
#include "serve/serve.h"

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "serve") {
    return careplan::serve::RunServeCli(argc, argv);
  }
  return careplan::app::RunCli(argc, argv);
}
