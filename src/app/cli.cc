#include "app/cli.h"

#include <iostream>

namespace careplan::app {

int RunCli(int, char**) {
  std::cout << "careplan " << CAREPLAN_VERSION << "\n";
  return 0;
}

}  // namespace careplan::app
