// Who is behind a session cookie, remembered for a moment: every request
// needs its session and membership, and reading them from the store is most
// of the cost of a small answer. An entry lives kLifetime at most; signing out
// and changing a password through this server forget the user's entries at
// once, so only a session ended by another process (`candor user passwd`)
// can outlive its end, by at most kLifetime. Internal to src/server.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "app/accounts.h"

namespace candor::server {

class IdentityCache {
 public:
  static constexpr std::chrono::milliseconds kLifetime{1000};
  static constexpr std::size_t kMaxEntries = 4096;

  std::optional<app::Identity> find(const std::string& token, const std::string& workspace);
  void remember(const std::string& token, const std::string& workspace, const app::Identity& identity);
  void forget_user(std::int64_t user_id);

 private:
  struct Entry {
    app::Identity identity;
    std::chrono::steady_clock::time_point expires;
  };
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, Entry> entries_;
};

}  // namespace candor::server
