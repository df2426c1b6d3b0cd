// `careplan serve` options, parsed as the other commands parse theirs.
#include <Poco/Util/Application.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>
#include <Poco/Util/OptionSet.h>

#include <cstdlib>
#include <iostream>
#include <stdexcept>

#include "app/help.h"
#include "serve/serve.h"

namespace careplan::serve {
namespace {

using Poco::Util::Option;

class UsageError : public std::runtime_error {
  using std::runtime_error::runtime_error;
};

int ParseCount(const std::string& option, const std::string& text, int low, int high) {
  char* end = nullptr;
  const long value = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || value < low || value > high) {
    throw UsageError(option + " expects a whole number from " + std::to_string(low) + " to " +
                     std::to_string(high) + ", not \"" + text + "\"");
  }
  return static_cast<int>(value);
}

Poco::Util::OptionSet MakeOptionSet() {
  Poco::Util::OptionSet options;
  options.addOption(Option("listen", "l").argument("HOST:PORT"));
  options.addOption(Option("templates", "t").argument("DIR"));
  options.addOption(Option("theme", "T").argument("FILE"));
  options.addOption(Option("token-file", "").argument("FILE"));
  options.addOption(Option("tls-cert", "").argument("FILE"));
  options.addOption(Option("tls-key", "").argument("FILE"));
  options.addOption(Option("insecure-http", ""));
  options.addOption(Option("jobs", "j").argument("N"));
  options.addOption(Option("queue", "").argument("N"));
  options.addOption(Option("help", "h"));
  return options;
}

// Returns false when --help was asked for.
bool ParseArguments(int argc, char** argv, ServeOptions* options) {
  const Poco::Util::OptionSet option_set = MakeOptionSet();
  Poco::Util::OptionProcessor processor(option_set);
  processor.setUnixStyle(true);
  bool help = false;
  for (int i = 2; i < argc; ++i) {
    std::string name, value;
    try {
      if (processor.process(argv[i], name, value)) {
        if (name == "listen") options->listen = value;
        if (name == "templates") options->templates = value;
        if (name == "theme") options->theme = value;
        if (name == "token-file") options->token_file = value;
        if (name == "tls-cert") options->tls_cert = value;
        if (name == "tls-key") options->tls_key = value;
        if (name == "insecure-http") options->insecure_http = true;
        if (name == "jobs") options->workers = ParseCount("--jobs", value, 1, 64);
        if (name == "queue") options->queue = ParseCount("--queue", value, 0, 1024);
        if (name == "help") help = true;
        continue;
      }
    } catch (const Poco::Util::OptionException& error) {
      throw UsageError(error.displayText());
    }
    if (!name.empty()) continue;  // an option waiting for its argument
    throw UsageError(std::string("serve takes no file, not \"") + argv[i] + "\"");
  }
  try {
    processor.checkRequired();
  } catch (const Poco::Util::OptionException& error) {
    throw UsageError(error.displayText());
  }
  return !help;
}

}  // namespace

int RunServeCli(int argc, char** argv) {
  ServeOptions options;
  try {
    if (!ParseArguments(argc, argv, &options)) {
      std::cout << app::CommandHelp("serve");
      return Poco::Util::Application::EXIT_OK;
    }
    return RunServe(options, std::cerr);
  } catch (const UsageError& error) {
    std::cerr << "careplan: " << error.what() << "\n\n" << app::CommandHelp("serve");
    return Poco::Util::Application::EXIT_USAGE;
  } catch (const std::exception& error) {
    std::cerr << "careplan: internal error: " << error.what() << "\n";
    return Poco::Util::Application::EXIT_SOFTWARE;
  }
}

}  // namespace careplan::serve
