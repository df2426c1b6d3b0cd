#include "serve/serve.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/Application.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "app/data_paths.h"
#include "app/renderer.h"
#include "base/file_reader.h"
#include "serve/access_gate.h"
#include "serve/http_handler.h"
#include "serve/print_service.h"
#include "serve/render_pool.h"
#include "serve/static_files.h"

namespace careplan::serve {
namespace {

using Poco::Util::Application;

// Connections (each holds a thread while open): enough for a clinic's
// browsers and 200 idle keep-alive connections, bounded all the same.
constexpr int kMaxConnectionThreads = 256;
constexpr int kMaxQueuedConnections = 64;
// A client must send each part of its request, and read each part of the
// answer, within this time; an idle keep-alive connection closes after it.
constexpr int kIoTimeoutSeconds = 10;
// How long SIGTERM waits for the requests in flight.
constexpr auto kDrainTimeout = std::chrono::seconds(30);

int Fail(std::ostream& log, int code, const std::string& message) {
  log << "careplan serve: " << message << "\n";
  return code;
}

bool IsLoopback(const Poco::Net::SocketAddress& address) { return address.host().isLoopback(); }

// The token: the file's first line, at least 16 characters.
std::optional<std::string> ReadToken(const std::string& file, std::ostream& log) {
  std::string text;
  if (Status status = ReadFileFromDisk(file, &text, 4096); !status.ok()) {
    log << "careplan serve: --token-file " << status.message() << "\n";
    return std::nullopt;
  }
  std::string token = text.substr(0, text.find_first_of("\r\n"));
  while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) token.pop_back();
  if (token.size() < 16) {
    log << "careplan serve: --token-file " << file
        << ": the token must be at least 16 characters on the first line\n";
    return std::nullopt;
  }
  return token;
}

// OpenSSL set up for the life of the server, and cleaned up after it.
struct SslLibrary {
  SslLibrary() { Poco::Net::initializeSSL(); }
  ~SslLibrary() { Poco::Net::uninitializeSSL(); }
};

// SO_REUSEADDR (a restart right after a stop binds at once) but not
// SO_REUSEPORT, which Poco's ServerSocket(address) also sets: with it a second
// process could bind the same port and take half of the requests.
Poco::Net::ServerSocket MakeSocket(const ServeOptions& options,
                                   const Poco::Net::SocketAddress& address) {
  Poco::Net::ServerSocket socket;
  if (!options.tls_cert.empty()) {
    Poco::Net::Context::Ptr context = new Poco::Net::Context(
        Poco::Net::Context::TLS_SERVER_USE, options.tls_key, options.tls_cert, "",
        Poco::Net::Context::VERIFY_NONE, 9, false, "HIGH:!aNULL:!MD5:!RC4");
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    socket = Poco::Net::SecureServerSocket(context);
  }
  socket.bind(address, /*reuseAddress=*/true, /*reusePort=*/false);
  socket.listen(64);
  return socket;
}

// Blocks the stop signals in every thread (the threads made later inherit
// the mask) so that only sigwait in the main thread receives them.
sigset_t BlockStopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  // A client that goes away mid-answer is a failed write, not the end.
  signal(SIGPIPE, SIG_IGN);
  return signals;
}

}  // namespace

int RunServe(const ServeOptions& options, std::ostream& log) {
  Poco::Net::SocketAddress address;
  try {
    address = Poco::Net::SocketAddress(options.listen);
  } catch (const Poco::Exception& error) {
    return Fail(
        log, Application::EXIT_USAGE,
        "--listen expects HOST:PORT, not \"" + options.listen + "\" (" + error.displayText() + ")");
  }
  if (options.tls_cert.empty() != options.tls_key.empty()) {
    return Fail(log, Application::EXIT_USAGE, "--tls-cert and --tls-key go together");
  }
  const bool tls = !options.tls_cert.empty();
  if (!IsLoopback(address)) {
    if (options.token_file.empty()) {
      return Fail(
          log, Application::EXIT_USAGE,
          "listening on " + address.toString() + ", beyond this machine, needs --token-file FILE");
    }
    if (!tls && !options.insecure_http) {
      return Fail(log, Application::EXIT_USAGE,
                  "listening on " + address.toString() +
                      " needs --tls-cert FILE --tls-key FILE (or --insecure-http on purpose)");
    }
    if (!tls) {
      log << "careplan serve: warning: --insecure-http: profiles and the token cross the "
             "network unencrypted\n";
    }
  }
  std::string token;
  if (!options.token_file.empty()) {
    auto read = ReadToken(options.token_file, log);
    if (!read) return Application::EXIT_NOINPUT;
    token = *read;
  }

  const sigset_t stop_signals = BlockStopSignals();

  app::DataPaths paths;
  if (Status status = app::FindDataPaths(options.templates, &paths); !status.ok()) {
    return Fail(log, Application::EXIT_NOINPUT, status.message());
  }
  const std::string theme = app::ResolveThemeFile(paths, options.theme);
  std::error_code error;
  if (!theme.empty() && !std::filesystem::is_regular_file(theme, error)) {
    return Fail(log, Application::EXIT_NOINPUT, "--theme " + options.theme + ": no such file");
  }
  Diagnostics diagnostics;
  auto resources = app::RenderResources::Load(paths, &diagnostics, theme);
  log << FormatDiagnostics(diagnostics);
  if (!resources) return Application::EXIT_DATAERR;
  StaticFiles files;
  if (Status status = files.Load(paths.templates_dir + "/web"); !status.ok()) {
    return Fail(log, Application::EXIT_NOINPUT, status.message());
  }
  const int workers = options.workers > 0
                          ? options.workers
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  auto pool = RenderPool::Create(*resources, workers, options.queue, &diagnostics);
  if (!pool) {
    log << FormatDiagnostics(diagnostics);
    return Application::EXIT_SOFTWARE;
  }
  PrintService service(*resources, *pool);
  AccessGate gate(token);
  std::mutex log_mutex;
  HandlerContext context{&service, &files,    &gate, tls, Poco::Timespan(kIoTimeoutSeconds, 0),
                         &log,     &log_mutex};

  std::optional<SslLibrary> ssl;
  if (tls) ssl.emplace();
  std::unique_ptr<Poco::Net::ServerSocket> socket;
  try {
    socket = std::make_unique<Poco::Net::ServerSocket>(MakeSocket(options, address));
  } catch (const Poco::Exception& failure) {
    return Fail(log, 69,  // EX_UNAVAILABLE
                "cannot listen on " + address.toString() + ": " + failure.displayText());
  }
  Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams();
  params->setMaxThreads(kMaxConnectionThreads);
  params->setMaxQueued(kMaxQueuedConnections);
  params->setTimeout(Poco::Timespan(kIoTimeoutSeconds, 0));
  params->setKeepAlive(true);
  params->setKeepAliveTimeout(Poco::Timespan(kIoTimeoutSeconds, 0));
  params->setServerName("careplan");
  Poco::ThreadPool threads("careplan-http", 2, kMaxConnectionThreads, 60);
  Poco::Net::HTTPServer server(new HandlerFactory(context), threads, *socket, params);
  server.start();
  const std::string scheme = tls ? "https" : "http";
  {
    std::lock_guard lock(log_mutex);
    log << "careplan serve: listening on " << scheme << "://" << socket->address().toString()
        << "/ with " << workers << " render workers" << (gate.open() ? "" : ", token required")
        << "\n"
        << std::flush;
  }

  int received = 0;
  sigwait(&stop_signals, &received);
  {
    std::lock_guard lock(log_mutex);
    log << "careplan serve: stopping; finishing the requests in flight\n" << std::flush;
  }
  // Stops accepting, lets each request in flight finish, then closes every
  // connection (idle keep-alive ones at once).
  server.stopAll(false);
  const auto deadline = std::chrono::steady_clock::now() + kDrainTimeout;
  while (server.currentConnections() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  threads.joinAll();
  log << "careplan serve: stopped\n" << std::flush;
  return Application::EXIT_OK;
}

}  // namespace careplan::serve
