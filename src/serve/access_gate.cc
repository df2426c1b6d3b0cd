#include "serve/access_gate.h"

#include <sys/random.h>

#include <array>
#include <stdexcept>

namespace careplan::serve {
namespace {

constexpr auto kSessionLifetime = std::chrono::hours(12);
// More sessions than any clinic has browsers: the oldest make room.
constexpr size_t kMaxSessions = 1000;

bool EqualInConstantTime(std::string_view a, std::string_view b) {
  unsigned char difference = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) {
    difference |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  }
  return difference == 0;
}

std::string RandomHex(size_t bytes) {
  std::array<unsigned char, 64> buffer{};
  if (bytes > buffer.size() || getrandom(buffer.data(), bytes, 0) != static_cast<ssize_t>(bytes)) {
    throw std::runtime_error("no random bytes for a session id");
  }
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (size_t i = 0; i < bytes; ++i) {
    hex += kDigits[buffer[i] >> 4];
    hex += kDigits[buffer[i] & 15];
  }
  return hex;
}

}  // namespace

bool AccessGate::IsToken(std::string_view candidate) const {
  return !token_.empty() && EqualInConstantTime(candidate, token_);
}

bool AccessGate::IsBearer(std::string_view authorization) const {
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.substr(0, kScheme.size()) != kScheme) return false;
  return IsToken(authorization.substr(kScheme.size()));
}

std::string AccessGate::StartSession() {
  std::string id = RandomHex(32);
  std::lock_guard lock(mutex_);
  const Clock::time_point now = Clock::now();
  std::erase_if(sessions_, [now](const auto& session) { return session.second < now; });
  while (sessions_.size() >= kMaxSessions) {
    auto oldest = sessions_.begin();
    for (auto it = sessions_.begin(); it != sessions_.end(); ++it) {
      if (it->second < oldest->second) oldest = it;
    }
    sessions_.erase(oldest);
  }
  sessions_[id] = now + kSessionLifetime;
  return id;
}

bool AccessGate::IsSession(const std::string& id) {
  std::lock_guard lock(mutex_);
  const auto session = sessions_.find(id);
  return session != sessions_.end() && session->second >= Clock::now();
}

}  // namespace careplan::serve
