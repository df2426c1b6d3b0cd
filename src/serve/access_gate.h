// AccessGate: who may use a print station that listens beyond this machine.
// With a token (from --token-file) a browser logs in once with it and gets a
// random session id in an HttpOnly, SameSite=Strict cookie; API clients send
// `Authorization: Bearer TOKEN`. Without a token (loopback only) it is open.
// Sessions live in memory only and end with the process or after 12 hours.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace careplan::serve {

inline constexpr const char* kSessionCookie = "careplan_session";

class AccessGate {
 public:
  explicit AccessGate(std::string token) : token_(std::move(token)) {}

  bool open() const { return token_.empty(); }
  // Compared in constant time, so the answer's timing gives nothing away.
  bool IsToken(std::string_view candidate) const;
  // The value of an `Authorization` header: "Bearer TOKEN".
  bool IsBearer(std::string_view authorization) const;
  // A new session id (32 random bytes as hex), remembered until it expires.
  std::string StartSession();
  bool IsSession(const std::string& id);

 private:
  using Clock = std::chrono::steady_clock;
  std::string token_;
  std::mutex mutex_;
  std::map<std::string, Clock::time_point> sessions_;  // id -> expiry
};

}  // namespace careplan::serve
