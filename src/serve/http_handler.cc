#include "serve/http_handler.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/URI.h>

#include <chrono>
#include <cstdio>
#include <utility>
#include <vector>

#include "serve/diagnostics_json.h"

namespace careplan::serve {
namespace {

using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

// Scripts, styles, fonts and fetches from this server only; no inline
// script or style; the preview is a PDF from a blob: URL the page made.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self' blob:; frame-src 'self' blob:; object-src 'self' blob:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  bool close = false;  // the request body was not read: the connection cannot go on
};

Reply MakeReply(int status, std::string content_type, std::string body) {
  Reply reply;
  reply.status = status;
  reply.content_type = std::move(content_type);
  reply.body = std::move(body);
  return reply;
}

Reply Json(int status, std::string body) {
  return MakeReply(status, "application/json", std::move(body));
}

Reply Error(int status, const std::string& message) { return Json(status, ErrorJson(message)); }

Reply Redirect(const std::string& location) {
  Reply reply = MakeReply(303, "text/plain; charset=utf-8", "See " + location + "\n");
  reply.headers.emplace_back("Location", location);
  return reply;
}

// The routes the access log names; any other path is logged as "(other)",
// so that nothing a client puts in a URL reaches the log.
const std::vector<std::string>& KnownPaths() {
  static const std::vector<std::string> paths = {
      "/",           "/login",      "/healthz",        "/api/validate",
      "/api/render", "/api/schema", "/api/vocabulary", "/api/clinic"};
  return paths;
}

std::string LoggedPath(const std::string& path) {
  for (const std::string& known : KnownPaths()) {
    if (path == known) return path;
  }
  if (path.rfind("/static/", 0) == 0 && path.size() < 80 &&
      path.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_./", 0) == std::string::npos) {
    return path;
  }
  return "(other)";
}

// Poco 1.11 has no words for some of the statuses the API uses.
std::string ReasonFor(int status) {
  switch (status) {
    case 411:
      return "Length Required";
    case 413:
      return "Payload Too Large";
    case 422:
      return "Unprocessable Content";
    default:
      return Poco::Net::HTTPResponse::getReasonForStatus(
          static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
  }
}

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit Handler(const HandlerContext& context) : context_(context) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    const auto start = std::chrono::steady_clock::now();
    static_cast<Poco::Net::HTTPServerRequestImpl&>(request).socket().setSendTimeout(
        context_.write_timeout);
    std::string path = "(other)";
    Reply reply;
    try {
      const Poco::URI uri(request.getURI());
      path = uri.getPath();
      reply = Route(request, path, uri.getQueryParameters());
    } catch (const Poco::TimeoutException&) {
      reply = Error(408, "the request body did not arrive in time");
      reply.close = true;
    } catch (const Poco::SyntaxException&) {
      reply = Error(400, "the request line is not a valid URL");
    } catch (const std::exception&) {
      reply = Error(500, "internal error");
      reply.close = true;
    }
    size_t sent = Send(request, response, reply);
    const auto elapsed =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
    Log(request.getMethod(), LoggedPath(path), reply.status, sent, elapsed.count());
  }

 private:
  using Query = Poco::URI::QueryParameters;

  Reply Route(HTTPServerRequest& request, const std::string& path, const Query& query) {
    const std::string& method = request.getMethod();
    if (path == "/healthz")
      return Only(method, "GET",
                  [] { return MakeReply(200, "text/plain; charset=utf-8", "ok\n"); });
    if (context_.gate->open() && !LoopbackHost(request)) {
      return Error(403, "this print station answers to 127.0.0.1 or localhost only");
    }
    if (path == "/login") return Login(request);
    // The login page's look is no secret.
    if (path == "/static/style.css")
      return Only(method, "GET", [this] { return Page("style.css"); });
    if (!Allowed(request)) {
      if (path.rfind("/api/", 0) == 0) {
        Reply reply = Error(401, "a token is needed: Authorization: Bearer TOKEN");
        reply.headers.emplace_back("WWW-Authenticate", "Bearer");
        reply.close = method == "POST";
        return reply;
      }
      return Redirect("/login");
    }
    if (path == "/") return Only(method, "GET", [this] { return Page("index.html"); });
    if (path.rfind("/static/", 0) == 0) {
      return Only(method, "GET", [this, &path] { return Page(path.substr(8)); });
    }
    if (path == "/api/schema") {
      return Only(method, "GET", [this] { return Json(200, context_.service->SchemaJson()); });
    }
    if (path == "/api/vocabulary") {
      return Only(method, "GET", [this] { return Json(200, context_.service->VocabularyJson()); });
    }
    if (path == "/api/clinic") {
      return Only(method, "GET", [this] { return Json(200, context_.service->ClinicJson()); });
    }
    if (path == "/api/validate" || path == "/api/render") {
      if (method != "POST") return NotAllowed("POST");
      if (!SameOrigin(request)) return Error(403, "a request from another site");
      std::string body;
      if (std::optional<Reply> refused = ReadBody(request, kMaxBodyBytes, &body)) return *refused;
      const std::string date = Parameter(query, "date");
      const ApiAnswer answer = path == "/api/render" ? context_.service->Render(body, date)
                                                     : context_.service->Validate(body, date);
      Reply reply = MakeReply(answer.status, answer.content_type, answer.body);
      if (answer.status == 503) reply.headers.emplace_back("Retry-After", "1");
      if (answer.status == 200 && answer.content_type == "application/pdf") {
        reply.headers.emplace_back("Content-Disposition", "inline; filename=\"careplan.pdf\"");
      }
      return reply;
    }
    return Error(404, "no such page");
  }

  template <typename Make>
  Reply Only(const std::string& method, const std::string& allowed, Make make) {
    if (method == allowed || (allowed == "GET" && method == "HEAD")) return make();
    return NotAllowed(allowed == "GET" ? "GET, HEAD" : allowed);
  }

  static Reply NotAllowed(const std::string& allow) {
    Reply reply = Error(405, "this path answers " + allow + " only");
    reply.headers.emplace_back("Allow", allow);
    reply.close = true;  // a body we did not read may follow
    return reply;
  }

  Reply Page(const std::string& name) {
    const StaticFile* file = context_.files->Find(name);
    if (!file) return Error(404, "no such page");
    return MakeReply(200, file->content_type, file->bytes);
  }

  bool Allowed(const HTTPServerRequest& request) {
    if (context_.gate->open()) return true;
    if (context_.gate->IsBearer(request.get("Authorization", ""))) return true;
    Poco::Net::NameValueCollection cookies;
    request.getCookies(cookies);
    return context_.gate->IsSession(cookies.get(kSessionCookie, ""));
  }

  // Without a token the station listens on loopback only; a Host header that
  // names anything else is a page whose DNS name was rebound to 127.0.0.1,
  // which must not get to use it.
  static bool LoopbackHost(const HTTPServerRequest& request) {
    std::string host = request.getHost();
    if (host.rfind("[::1]", 0) == 0) return true;
    host = host.substr(0, host.find(':'));
    return host == "127.0.0.1" || host == "localhost" || host.empty();
  }

  // A browser names the page that sent a POST; it must be this server's
  // (SameSite=Strict already keeps the cookie off other sites' requests).
  static bool SameOrigin(const HTTPServerRequest& request) {
    const std::string origin = request.get("Origin", "");
    if (origin.empty()) return true;  // curl, scripts
    const std::string host = request.getHost();
    return origin == "http://" + host || origin == "https://" + host;
  }

  Reply Login(HTTPServerRequest& request) {
    const std::string& method = request.getMethod();
    if (method == "GET" || method == "HEAD") {
      if (context_.gate->open()) return Redirect("/");
      return Page("login.html");
    }
    if (method != "POST") return NotAllowed("GET, HEAD, POST");
    if (context_.gate->open()) return Redirect("/");
    if (!SameOrigin(request)) return Error(403, "a request from another site");
    std::string body;
    if (std::optional<Reply> refused = ReadBody(request, 4096, &body)) return *refused;
    Poco::URI form;
    form.setRawQuery(body);
    if (!context_.gate->IsToken(Parameter(form.getQueryParameters(), "token"))) {
      Reply reply = Page("login.html");
      reply.status = 401;
      return reply;
    }
    Poco::Net::HTTPCookie cookie(kSessionCookie, context_.gate->StartSession());
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(context_.tls);
    Reply reply = Redirect("/");
    reply.headers.emplace_back("Set-Cookie", cookie.toString() + "; SameSite=Strict");
    return reply;
  }

  static std::string Parameter(const Query& query, const std::string& name) {
    for (const auto& [key, value] : query) {
      if (key == name) return value;
    }
    return "";
  }

  // Reads the whole body, at most `limit` bytes; an answer when refused.
  std::optional<Reply> ReadBody(HTTPServerRequest& request, size_t limit, std::string* body) {
    const bool chunked = request.getChunkedTransferEncoding();
    if (!chunked && !request.hasContentLength()) {
      Reply reply = Error(411, "a body needs a Content-Length");
      reply.close = true;
      return reply;
    }
    if (!chunked && request.getContentLength64() > static_cast<Poco::Int64>(limit)) {
      Reply reply = Error(413, "the body is over the limit of " + std::to_string(limit) + " bytes");
      reply.close = true;
      return reply;
    }
    std::istream& in = request.stream();
    char buffer[16384];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
      body->append(buffer, static_cast<size_t>(in.gcount()));
      if (body->size() > limit) {
        Reply reply =
            Error(413, "the body is over the limit of " + std::to_string(limit) + " bytes");
        reply.close = true;
        return reply;
      }
    }
    body_read_ = true;
    return std::nullopt;
  }

  size_t Send(const HTTPServerRequest& request, HTTPServerResponse& response, const Reply& reply) {
    response.setStatusAndReason(static_cast<HTTPServerResponse::HTTPStatus>(reply.status),
                                ReasonFor(reply.status));
    response.setContentType(reply.content_type);
    response.set("Content-Security-Policy", kContentSecurityPolicy);
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Referrer-Policy", "no-referrer");
    response.set("X-Frame-Options", "SAMEORIGIN");
    response.set("Cross-Origin-Opener-Policy", "same-origin");
    response.set("Cache-Control", "no-store");
    for (const auto& [name, value] : reply.headers) response.add(name, value);
    // A body left unread would be taken for the next request: close instead.
    const bool unread_body =
        !body_read_ && (request.getChunkedTransferEncoding() || request.getContentLength64() > 0);
    if (reply.close || unread_body) response.setKeepAlive(false);
    response.setContentLength64(static_cast<Poco::Int64>(reply.body.size()));
    if (request.getMethod() == "HEAD") {
      response.send();
      return 0;
    }
    response.send().write(reply.body.data(), static_cast<std::streamsize>(reply.body.size()));
    return reply.body.size();
  }

  void Log(const std::string& method, const std::string& path, int status, size_t bytes,
           double milliseconds) {
    if (!context_.log) return;
    // The method as a word of letters only: a client's bytes never reach the log.
    std::string word;
    for (char c : method.substr(0, 10)) word += (c >= 'A' && c <= 'Z') ? c : '?';
    char line[256];
    std::snprintf(line, sizeof line, "%s %s %d %zu %.1fms\n", word.c_str(), path.c_str(), status,
                  bytes, milliseconds);
    std::lock_guard lock(*context_.log_mutex);
    *context_.log << line << std::flush;
  }

  const HandlerContext& context_;
  bool body_read_ = false;  // one handler per request
};

}  // namespace

Poco::Net::HTTPRequestHandler* HandlerFactory::createRequestHandler(
    const Poco::Net::HTTPServerRequest&) {
  return new Handler(context_);
}

}  // namespace careplan::serve
