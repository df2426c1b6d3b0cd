// The print station's HTTP side: one handler class that routes each request
// (the page, the login, the API, /healthz), checks access and limits, adds
// the security headers and writes one access-log line per answer (method,
// path, status, bytes, milliseconds: never a name or a body).
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Timespan.h>

#include <mutex>
#include <ostream>

#include "serve/access_gate.h"
#include "serve/print_service.h"
#include "serve/static_files.h"

namespace careplan::serve {

struct HandlerContext {
  PrintService* service = nullptr;
  const StaticFiles* files = nullptr;
  AccessGate* gate = nullptr;
  bool tls = false;                     // sessions cookies are Secure over TLS
  Poco::Timespan write_timeout{10, 0};  // a client that does not read its answer
  std::ostream* log = nullptr;          // the access log
  std::mutex* log_mutex = nullptr;
};

class HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit HandlerFactory(HandlerContext context) : context_(context) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest& request) override;

 private:
  HandlerContext context_;
};

// The largest request body: a profile's own limit (1 MiB), as the CLI's.
inline constexpr size_t kMaxBodyBytes = 1024 * 1024;

}  // namespace careplan::serve
