// `careplan serve`: the print station. One process holds the knowledge
// (guides, rules, fonts, theme), loaded once, and answers the page and the
// API over HTTP (or HTTPS) with a bounded pool of render workers. Nothing a
// request carries is written to disk. SIGTERM or SIGINT: stop accepting,
// finish the requests in flight, exit 0.
#pragma once

#include <ostream>
#include <string>

namespace careplan::serve {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";  // HOST:PORT; port 0: any free port
  std::string templates;                  // --templates DIR (default: the installed ones)
  std::string theme;                      // --theme NAME|FILE
  std::string token_file;                 // needed to listen beyond loopback
  std::string tls_cert;                   // with tls_key: HTTPS
  std::string tls_key;
  bool insecure_http = false;  // beyond loopback without TLS, on purpose
  int workers = 0;             // render workers; 0: the number of cores
  int queue = 32;              // requests that may wait for a worker
};

// Runs until SIGTERM, SIGINT or SIGHUP; returns the exit code. Messages and
// the access log go to `log`.
int RunServe(const ServeOptions& options, std::ostream& log);

// `careplan serve [OPTIONS]` from the command line (argv[1] is "serve").
int RunServeCli(int argc, char** argv);

}  // namespace careplan::serve
